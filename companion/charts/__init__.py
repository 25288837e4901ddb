"""Charts: plain data in, a matplotlib Figure out. No Qt widgets, no store."""
