"""The Journal page: every check-in, with edit, delete, import and export."""
