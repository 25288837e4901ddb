"""The Boundaries page: roles and their activity hours."""
