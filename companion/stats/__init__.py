"""The numbers behind the Trends page: plain Python over plain data, no Qt, no store."""
