"""The COPY loader (how a seller moves the inbox onto the team's server, and how `make
bench` loads the million-message demo): every row arrives, the secondary indexes it
drops for the COPY are all built again after it, and the app reads the same first page,
the same thread and the same next page from the server as from the SQLite file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from inbox_app.store.demo import build_demo
from inbox_app.store.migrate import Store, open_store
from inbox_app.store.pg_copy import copy_sqlite_to_postgres
from inbox_app.store.queries.thread_detail import thread_detail
from inbox_app.store.queries.thread_filter import ThreadFilter
from inbox_app.store.queries.thread_pages import thread_page
from tests.helpers.clock import DEMO_NOW
from tests.helpers.pgserver import PgCluster

_INDEXES = (
    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
    "ORDER BY indexname"
)


def _demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    store = open_store(f"sqlite:///{path}")
    build_demo(store, 150, seed=3, now=DEMO_NOW)
    store.close()
    return path


def _indexes(store: Store) -> list[tuple[str, str]]:
    with store.reader() as conn:
        return [(str(a), str(b)) for a, b in conn.execute(text(_INDEXES))]


def test_the_copy_brings_every_row_and_every_index_and_the_same_pages(
    tmp_path: Path, pg_cluster: PgCluster
) -> None:
    lite_path = _demo(tmp_path)
    empty = open_store(pg_cluster.url(pg_cluster.new_database()))
    migrated_indexes = _indexes(empty)
    empty.close()
    server = open_store(pg_cluster.url(pg_cluster.new_database()))
    lite = open_store(f"sqlite:///{lite_path}")
    try:
        counts = copy_sqlite_to_postgres(lite_path, server)

        raw = sqlite3.connect(lite_path)
        try:
            expected = {t: raw.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in counts}
        finally:
            raw.close()
        assert counts["messages"] > 1000 and counts["threads"] == 150
        with server.reader() as conn:
            on_server = {
                t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in counts
            }
        assert counts == expected == on_server
        # what was dropped for the COPY is back, defined as the migrations define it
        assert _indexes(server) == migrated_indexes

        with lite.reader() as a, server.reader() as b:
            for flt, n in ((ThreadFilter(), 8), (ThreadFilter(states=None, sort="activity"), 40)):
                first_lite, first_server = (
                    thread_page(a, flt, limit=n),
                    thread_page(b, flt, limit=n),
                )
                assert len(first_lite.rows) == n
                assert first_server == first_lite
                after = first_lite.next_cursor
                assert after is not None
                assert thread_page(b, flt, limit=n, after=after) == thread_page(
                    a, flt, limit=n, after=after
                )
            longest = max(first_lite.rows, key=lambda r: r.message_count).id
            opened = thread_detail(b, longest)
            assert opened is not None and len(opened.messages) > 3
            assert opened == thread_detail(a, longest)
    finally:
        lite.close()
        server.close()
