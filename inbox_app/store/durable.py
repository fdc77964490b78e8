"""A write session whose commits reach the disk before they return: for the decisions a
power cut must never take back (a saved draft, a queued or undone reply)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from inbox_app.store.migrate import Store


@contextmanager
def durable_session(store: Store) -> Iterator[Session]:
    """A session whose commits reach the disk before returning (SQLite synchronous=FULL for
    this connection, NORMAL again after): a power cut never takes back a saved draft or a
    queue/undo decision (TESTING-NOTES 3.7). Other databases are durable by default."""
    if store.engine.dialect.name != "sqlite":
        with store.session() as session:
            yield session
        return
    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA synchronous=FULL")
        try:
            with Session(bind=conn, expire_on_commit=False) as session:
                yield session
        finally:
            if conn.in_transaction():
                conn.rollback()
            raw.execute("PRAGMA synchronous=NORMAL")
