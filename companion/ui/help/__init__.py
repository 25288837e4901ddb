"""Help now: my supporters, my plan for hard moments and crisis lines, in one window."""
