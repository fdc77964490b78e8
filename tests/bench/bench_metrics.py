"""Metrics benchmark: 90-day response-time figures on the 1,000,000-message demo store,
beside the same SQL run through the plain sqlite3 module in the same run (ratio)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import Any

from inbox_app.services.metrics import compute
from inbox_app.store import statements
from inbox_app.store.migrate import open_store
from tests.bench.common import big_demo_store, median_ms, table

TARGET_MS = 200.0


def main() -> None:
    path = big_demo_store()
    store = open_store(f"sqlite:///{path}")
    raw = sqlite3.connect(str(path))
    raw.execute("PRAGMA cache_size=-32000")
    raw.execute("PRAGMA mmap_size=268435456")
    raw.execute("PRAGMA temp_store=MEMORY")
    messages = raw.execute("SELECT count(*) FROM messages").fetchone()[0]
    now = datetime.fromtimestamp(
        raw.execute("SELECT max(last_activity_at) FROM threads").fetchone()[0], UTC
    )
    rows = []
    with store.reader() as conn:
        for days in (90, 30, 7):
            statements.trace = []
            try:
                result = compute(conn, days=days, now=now)
                captured: list[tuple[str, Any]] = statements.trace
            finally:
                statements.trace = None

            def plain(captured: list[tuple[str, Any]] = captured) -> None:
                for sql, params in captured:
                    raw.execute(sql, params).fetchall()

            ours = median_ms(lambda days=days: compute(conn, days=days, now=now), runs=15)
            base = median_ms(plain, runs=15)
            ratio = ours / base if base else float("nan")
            ok = "yes" if ours < TARGET_MS and ratio < 1.5 else "NO"
            rows.append(
                [
                    f"{days}-day metrics ({result.total.messages:,} buyer messages)",
                    f"{ours:.1f}",
                    f"{base:.1f}",
                    f"{ratio:.2f}",
                    f"< {TARGET_MS:g} ms, < 1.5",
                    ok,
                ]
            )
    table(
        f"Response-time metrics on {messages:,} messages (median of 15 runs, warm cache)",
        ["query", "inbox_app ms", "sqlite3 ms", "ratio", "target", "met"],
        rows,
    )
    raw.close()
    store.close()


if __name__ == "__main__":
    main()
