"""The read-query tests' demo store (tests/unit/store/queries/conftest.py builds it once)
and their paging helper."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Connection

from inbox_app.store.queries.thread_filter import ThreadFilter
from inbox_app.store.queries.thread_pages import thread_page

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
THREADS = 1500


def all_pages(conn: Connection, flt: ThreadFilter, limit: int = 97) -> list[int]:
    """Every thread id of `flt`, page after page of `limit`."""
    ids: list[int] = []
    cursor = None
    while True:
        page = thread_page(conn, flt, limit=limit, after=cursor)
        ids.extend(r.id for r in page.rows)
        cursor = page.next_cursor
        if cursor is None:
            return ids
