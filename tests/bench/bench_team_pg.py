"""Team inbox at scale: the million-message demo store loaded into PostgreSQL with COPY
(tests/bench/pg_demo.py, cached), and the three reads a seat makes all day through the
app's own service calls, each beside bare psycopg running the very statements the app
sent, in the same run (ratio).

Targets: under 10 ms each, ratio under 1.5. Run under `flock /tmp/inbox-heavy.lock`.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event

from tests.bench.common import table
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


def paired_ms(
    ours: Callable[[], object], base: Callable[[], object], runs: int = 50
) -> tuple[float, float]:
    """Medians (ms) of `ours` and `base` run in turn, so a busy moment of the machine
    weighs on both alike."""
    for _ in range(3):
        ours()
        base()
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs):
        t0 = time.perf_counter()
        ours()
        t1 = time.perf_counter()
        base()
        t2 = time.perf_counter()
        a.append(t1 - t0)
        b.append(t2 - t1)
    return statistics.median(a) * 1000, statistics.median(b) * 1000


def main(threads: int = 100_000) -> None:
    import psycopg

    from inbox_app.models.row_table import BLOCK_ROWS
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
        open_box = ThreadFilter()
        found = ThreadFilter(states=None, query="damaged")

        def first_page(flt: ThreadFilter) -> None:
            """What the window reads to paint a list: its keys, then the first block."""
            windows = service.search_windows(flt)
            if windows:
                ids = service.search_keys(flt, windows[0])[1]
            else:
                ids = service.thread_keys(flt)[1]
            service.thread_rows(ids[:BLOCK_ROWS].tolist())

        # name: (the call, its target in ms; None: shown for information)
        cases: dict[str, tuple[Callable[[], object], float | None]] = {
            "(a) first 200 unanswered threads by due time (keyset page)": (
                lambda: service.thread_page(open_box, limit=200),
                TARGET_MS,
            ),
            "(a2) the list's first page: every open thread's key + 100 rows": (
                lambda: first_page(open_box),
                TARGET_MS,
            ),
            "(b) search 'damaged': the list's first window (200 matches) + 100 rows": (
                lambda: first_page(found),
                TARGET_MS,
            ),
            "(b2) search widened to 1,000 matches (fetchMore at the list's end)": (
                lambda: service.search_keys(found, 1_000),
                None,
            ),
            "(b3) search widened to 4,000 matches (Ctrl+End)": (
                lambda: service.search_keys(found, 4_000),
                None,
            ),
            "(b4) search 'damaged', first 200 threads ranked (keyset page, 4,000 matches)": (
                lambda: service.thread_page(found, limit=200),
                None,
            ),
            f"(c) open a {n_msgs}-message thread": (lambda: service.thread_detail(tid), TARGET_MS),
        }
        rows = []
        for name, (fn, target) in cases.items():
            sent = _capture(fn, store.engine)
            assert sent, name

            def bare(sent: list[tuple[str, Any]] = sent) -> None:
                with raw.cursor() as cur:
                    for sql, params in sent:
                        cur.execute(sql, params)
                        if cur.description is not None:
                            cur.fetchall()
                raw.rollback()

            ours, base = paired_ms(fn, bare)
            ratio = ours / base if base else float("nan")
            if target is None:
                goal, ok = f"ratio < {TARGET_RATIO:g}", "yes" if ratio < TARGET_RATIO else "NO"
            else:
                goal = f"< {target:g} ms, < {TARGET_RATIO:g}"
                ok = "yes" if ours < target and ratio < TARGET_RATIO else "NO"
            row = [name, f"{ours:.2f}", f"{base:.2f}", f"{ratio:.2f}", str(len(sent)), goal, ok]
            rows.append(row)
        table(
            f"Team inbox on PostgreSQL, {int(messages[0]):,} messages loaded with COPY "
            "(medians of 50 runs, each beside its baseline in turn, warm cache)",
            ["read", "inbox_app ms", "psycopg ms", "ratio", "statements", "target", "met"],
            rows,
        )
        raw.close()
        store.close()


if __name__ == "__main__":
    # a smaller demo for a quick look: python -m tests.bench.bench_team_pg 2000
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
