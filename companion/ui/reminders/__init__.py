"""Reminders in the window: the ticker, their wording, desktop notifications and settings."""
