"""The Plan page: the WRAP-style plan edited in place, its history, print and export."""
