"""The Today page: the check-in form, today's entries and the nudge."""
