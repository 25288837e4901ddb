"""Alembic migrations of the store's schema, run programmatically by companion.store.schema."""
