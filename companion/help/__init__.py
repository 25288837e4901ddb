"""Help now: the crisis-line directory the person keeps (no Qt, no SQL, no store)."""
