"""First run, unlock and passphrases: the dialogs before the main window."""
