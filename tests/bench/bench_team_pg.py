"""Team inbox at scale: the million-message demo store loaded into PostgreSQL with COPY
(tests/bench/pg_demo.py, cached), and the three reads a seat makes all day through the
app's own service calls, each beside bare psycopg running the very statements the app
sent, in the same run (ratio).

Targets: under 10 ms each, ratio under 1.5. Run under `flock /tmp/inbox-heavy.lock`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event

from tests.bench.common import median_ms, table
from tests.bench.pg_demo import demo_cluster

TARGET_MS = 10.0
TARGET_RATIO = 1.5


def _capture(fn: Callable[[], object], engine: Engine) -> list[tuple[str, Any]]:
    """Every statement (SQL + parameters) one call of `fn` sends to the server."""
    seen: list[tuple[str, Any]] = []

    def on_execute(_c: Any, _cur: Any, sql: str, params: Any, _ctx: Any, _many: bool) -> None:
        seen.append((sql, params))

    event.listen(engine, "before_cursor_execute", on_execute)
    try:
        fn()
    finally:
        event.remove(engine, "before_cursor_execute", on_execute)
    return seen


def main(threads: int = 100_000) -> None:
    import psycopg

    from inbox_app.services.inbox import InboxService
    from inbox_app.store.migrate import open_store
    from inbox_app.store.queries.thread_filter import ThreadFilter

    with demo_cluster(threads) as (_cluster, url):
        store = open_store(url)
        service = InboxService(store)
        libpq = url.replace("postgresql+psycopg://", "postgresql://")
        raw = psycopg.connect(libpq)
        messages = raw.execute("SELECT count(*) FROM messages").fetchone()
        row = raw.execute(
            "SELECT id, message_count FROM threads ORDER BY abs(message_count - 50), id LIMIT 1"
        ).fetchone()
        raw.rollback()
        assert messages is not None and row is not None
        tid, n_msgs = int(row[0]), int(row[1])
        cases: dict[str, Callable[[], object]] = {
            "(a) first 200 unanswered threads by due time": lambda: service.thread_page(
                ThreadFilter(), limit=200
            ),
            "(b) full-text search 'damaged', first 200 hits": lambda: service.thread_page(
                ThreadFilter(states=None, query="damaged"), limit=200
            ),
            f"(c) open a {n_msgs}-message thread": lambda: service.thread_detail(tid),
        }
        rows = []
        for name, fn in cases.items():
            sent = _capture(fn, store.engine)
            assert sent, name

            def bare(sent: list[tuple[str, Any]] = sent) -> None:
                with raw.cursor() as cur:
                    for sql, params in sent:
                        cur.execute(sql, params)
                        if cur.description is not None:
                            cur.fetchall()
                raw.rollback()

            ours = median_ms(fn)
            base = median_ms(bare)
            ratio = ours / base if base else float("nan")
            ok = "yes" if ours < TARGET_MS and ratio < TARGET_RATIO else "NO"
            rows.append(
                [
                    name,
                    f"{ours:.2f}",
                    f"{base:.2f}",
                    f"{ratio:.2f}",
                    str(len(sent)),
                    f"< {TARGET_MS:g} ms, < {TARGET_RATIO:g}",
                    ok,
                ]
            )
        table(
            f"Team inbox on PostgreSQL, {int(messages[0]):,} messages loaded with COPY "
            "(median of 30 runs, warm cache)",
            ["read", "inbox_app ms", "psycopg ms", "ratio", "statements", "target", "met"],
            rows,
        )
        raw.close()
        store.close()


if __name__ == "__main__":
    # a smaller demo for a quick look: python -m tests.bench.bench_team_pg 2000
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
