"""The WRAP-style plan: its schema, the immutable Plan, JSON, differences, history and rendering."""
