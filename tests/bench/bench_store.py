"""Store benchmark: the hot queries on a 1,000,000-message store, each beside the
same SQL run through the plain sqlite3 module in the same run (ratio)."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Engine, event

from inbox_app.models.views_model import MAILBOX_STATUSES
from inbox_app.store import statements
from inbox_app.store.migrate import open_store
from inbox_app.store.queries.counts import view_counts
from inbox_app.store.queries.thread_detail import thread_detail
from inbox_app.store.queries.thread_filter import ThreadFilter
from inbox_app.store.queries.thread_pages import thread_page
from tests.bench.common import big_demo_store, median_ms, table

COUNTS_TARGET_MS = 150.0  # read on a worker after every change; never on the GUI thread


def _box(key: str) -> ThreadFilter:
    return ThreadFilter(states=None, message_statuses=MAILBOX_STATUSES[key], sort="activity")


def _capture(fn: Any, engine: Engine) -> list[tuple[str, Any]]:
    """The statements (SQL + parameters) one call of `fn` sends to SQLite: the compiled
    statements' trace, else (queries built per call, as the counts) the cursor's."""
    seen: list[tuple[str, Any]] = []

    def on_execute(_c: Any, _cur: Any, sql: str, params: Any, _ctx: Any, _many: bool) -> None:
        seen.append((sql, params))

    statements.trace = []
    event.listen(engine, "before_cursor_execute", on_execute)
    try:
        fn()
        return statements.trace or seen
    finally:
        statements.trace = None
        event.remove(engine, "before_cursor_execute", on_execute)


def main() -> None:
    path = big_demo_store()
    store = open_store(f"sqlite:///{path}")
    raw = sqlite3.connect(str(path))
    raw.execute("PRAGMA cache_size=-32000")
    raw.execute("PRAGMA mmap_size=268435456")
    messages = raw.execute("SELECT count(*) FROM messages").fetchone()[0]
    long_thread = raw.execute(
        "SELECT id FROM threads WHERE message_count = 50 ORDER BY id LIMIT 1"
    ).fetchone()
    if long_thread is None:
        long_thread = raw.execute(
            "SELECT id FROM threads ORDER BY abs(message_count - 50) LIMIT 1"
        ).fetchone()
    tid = long_thread[0]
    n_msgs = raw.execute("SELECT count(*) FROM messages WHERE thread_id = ?", (tid,)).fetchone()[0]

    cases = {
        "(a) first 200 unanswered threads by due time": (
            lambda conn: thread_page(conn, ThreadFilter(), limit=200),
            5.0,
        ),
        "(b) full-text search 'damaged', first 200 hits": (
            lambda conn: thread_page(conn, ThreadFilter(states=None, query="damaged"), limit=200),
            20.0,
        ),
        f"(c) open a {n_msgs}-message thread": (lambda conn: thread_detail(conn, tid), 5.0),
        "(d) the sidebar's counts (every view, Outbox and Drafts included)": (
            view_counts,
            COUNTS_TARGET_MS,
        ),
        "(e) first 200 threads of the Sent view": (
            lambda conn: thread_page(conn, _box("sent"), limit=200),
            5.0,
        ),
        "(f) first 200 threads of the Outbox view": (
            lambda conn: thread_page(conn, _box("outbox"), limit=200),
            20.0,
        ),
    }
    rows = []
    with store.reader() as conn:
        for name, (fn, target) in cases.items():
            statements = _capture(lambda fn=fn: fn(conn), store.engine)
            assert statements, name

            def plain(statements: list[tuple[str, Any]] = statements) -> None:
                for sql, params in statements:
                    raw.execute(sql, params).fetchall()

            ours = median_ms(lambda fn=fn: fn(conn))
            base = median_ms(plain)
            ratio = ours / base if base else float("nan")
            ok = "yes" if ours < target and ratio < 1.5 else "NO"
            rows.append(
                [name, f"{ours:.2f}", f"{base:.2f}", f"{ratio:.2f}", f"< {target:g} ms, < 1.5", ok]
            )
    table(
        f"Store queries on {messages:,} messages (median of 30 runs, warm cache)",
        ["query", "inbox_app ms", "sqlite3 ms", "ratio", "target", "met"],
        rows,
    )
    raw.close()
    store.close()


if __name__ == "__main__":
    main()
