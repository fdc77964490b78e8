"""Alembic migrations of the store, run from code at start-up (store.migrate)."""
