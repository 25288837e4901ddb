"""Reminders: what a person wants to be reminded of, what is due now and when to wake next."""
