"""Read routes: the store's hot queries on each of SQLAlchemy's routes and on the
sqlite3 cursor the app uses (store/statements.py), beside bare sqlite3, in one run.

The app keeps the cursor route only because this table shows it is needed for a page
within 1.5x of bare sqlite3; it raises SQLAlchemy's exceptions and returns bools like
the other routes do. lambda_stmt caches a statement by its lambda's code and closure, so
a builder whose SQL depends on a Python value in its closure (a page's ThreadFilter) is
refused: "n/a" in the table.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import InvalidRequestError

from inbox_app.store import statements
from inbox_app.store.migrate import open_store
from inbox_app.store.queries.thread_detail import thread_detail
from inbox_app.store.queries.thread_filter import ThreadFilter
from inbox_app.store.queries.thread_pages import thread_page
from tests.bench.common import big_demo_store, median_ms, table

Case = Callable[[Connection], object]


def _bare(path: str) -> sqlite3.Connection:
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA cache_size=-32000")
    raw.execute("PRAGMA mmap_size=268435456")
    return raw


def _captured(fn: Case, conn: Connection) -> list[tuple[str, Any]]:
    statements.trace = []
    try:
        fn(conn)
        return statements.trace
    finally:
        statements.trace = None


def _closure_name(message: str) -> str:
    """Why lambda_stmt refused a builder, in a few words."""
    found = re.search(r"Closure variable named '(\w+)'", message)
    if found:
        return f"closure '{found.group(1)}' not SQL"
    found = re.search(r"invoke Python callable (\w+\(\))", message)
    return f"calls {found.group(1)}" if found else "refused"


def main() -> None:
    path = big_demo_store()
    store = open_store(f"sqlite:///{path}")
    raw = _bare(str(path))
    tid = raw.execute(
        "SELECT id FROM threads ORDER BY abs(message_count - 50), id LIMIT 1"
    ).fetchone()[0]
    cases: dict[str, Case] = {
        "first page (200 open by due)": lambda c: thread_page(c, ThreadFilter(), limit=200),
        "search 'damaged' (200 hits)": lambda c: thread_page(
            c, ThreadFilter(states=None, query="damaged"), limit=200
        ),
        "open a 50-message thread": lambda c: thread_detail(c, tid),
    }
    rows = []
    with store.reader() as conn:
        for name, fn in cases.items():
            sqls = _captured(fn, conn)

            def plain(sqls: list[tuple[str, Any]] = sqls) -> None:
                for sql, params in sqls:
                    raw.execute(sql, params).fetchall()

            base = median_ms(plain)
            cells = [name, f"{base:.2f}"]
            for route in statements.ROUTES:
                statements.route = route
                try:
                    ms = median_ms(lambda fn=fn: fn(conn))
                except InvalidRequestError as err:  # lambda_stmt: a closure it cannot cache
                    conn.rollback()
                    cells.append("n/a: " + _closure_name(str(err)))
                    continue
                finally:
                    statements.route = "cursor"
                cells.append(f"{ms:.2f} ({ms / base:.2f}x)")
            rows.append(cells)
    table(
        "Read routes, median ms (ratio to bare sqlite3 in the same run); the app uses cursor",
        ["query", "bare sqlite3", *statements.ROUTES],
        rows,
    )
    raw.close()
    store.close()


if __name__ == "__main__":
    main()
