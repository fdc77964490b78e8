"""A realistic, deterministic demo store, built with bulk inserts (SQLite only).

Same seed and same `now` give the same store. 100,000 threads with about a million
messages take a minute or two: triggers are dropped during the load and the full-text
index is rebuilt once at the end. The rows come from demo_fill, the attachment files
from demo_files, the texts from demo_text.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from inbox_app.store.clock import FILL_ALL_SQL
from inbox_app.store.demo_batch import DemoBatch
from inbox_app.store.demo_files import pdf as _pdf
from inbox_app.store.demo_files import png as _png
from inbox_app.store.demo_fill import DemoFiller
from inbox_app.store.demo_text import DEMO_SKU_RULES
from inbox_app.store.fulltext import FTS_DROP_TRIGGERS, FTS_REBUILD, FTS_TRIGGERS
from inbox_app.store.migrate import Store
from inbox_app.store.sqlite_file import sqlite_path

DEMO_VERSION = 3  # bump when the same seed builds a different store (benchmark caches)
BATCH_THREADS = 2000


@dataclass(frozen=True)
class DemoSummary:
    threads: int
    messages: int
    orders: int
    buyers: int


def build_demo(
    store: Store,
    threads: int,
    *,
    seed: int = 1,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill an empty, migrated SQLite store with `threads` demo threads."""
    path = sqlite_path(store.url)
    if path is None:
        raise ValueError("the demo generator writes SQLite files only")
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    rng = random.Random(seed)
    files = [
        ("photo_damage.png", "image/png", _png(64, 48, (200, 80, 60))),
        ("invoice.pdf", "application/pdf", _pdf("Invoice - demo")),
        ("size_chart.png", "image/png", _png(80, 60, (60, 120, 200))),
    ]
    blobs = [(name, mt, len(data), store.blobs.put(data)) for name, mt, data in files]

    store.engine.dispose()
    con = sqlite3.connect(str(path), isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("PRAGMA cache_size=-200000")
    if con.execute("SELECT count(*) FROM threads").fetchone()[0]:
        con.close()
        raise ValueError("the demo store must start empty")
    con.execute("BEGIN")
    try:
        for ddl in FTS_DROP_TRIGGERS:
            con.execute(ddl)
        filler = DemoFiller(
            DemoBatch(),
            rng,
            random.Random(seed * 7919 + 13),
            fail_rng=random.Random(seed * 104729 + 17),
            now=int(now.timestamp()),
            blobs=blobs,
        )
        summary = _fill(con, filler, threads, progress)
        con.executemany(
            "INSERT INTO sku_rules (pattern, order_type, created_at) VALUES (?,?,?)",
            [(p, t, filler.now - 200 * 86400) for p, t in DEMO_SKU_RULES],
        )
        con.execute(FTS_REBUILD)
        con.execute(FILL_ALL_SQL)
        for ddl in FTS_TRIGGERS:
            con.execute(ddl)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.execute("PRAGMA optimize")
        con.close()
    return summary


def _fill(
    con: sqlite3.Connection,
    filler: DemoFiller,
    n_threads: int,
    progress: Callable[[int, int], None] | None,
) -> DemoSummary:
    for tid in range(1, n_threads + 1):
        filler.thread(tid)
        if tid % BATCH_THREADS == 0:
            filler.batch.flush(con)
            if progress is not None:
                progress(tid, n_threads)
    filler.batch.flush(con)
    if progress is not None:
        progress(n_threads, n_threads)
    return DemoSummary(
        threads=n_threads, messages=filler.msg_id, orders=filler.order_id, buyers=n_threads
    )


def demo_now_label(now: datetime) -> str:
    return (now - timedelta(seconds=now.second)).isoformat()
