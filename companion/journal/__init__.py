"""The journal: check-ins, scales, tags, the nudge, import and export files, demo data."""
