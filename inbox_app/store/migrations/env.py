"""Alembic environment: always run from code with a connection handed in."""

from __future__ import annotations

from alembic import context

from inbox_app.store.schema import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only run from inbox_app.store.migrate
    raise RuntimeError("run migrations through inbox_app.store.migrate.upgrade()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
