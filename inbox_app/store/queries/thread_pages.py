"""One page of a thread list by keyset cursor: most urgent first, or latest activity first.

Page N costs what page 1 costs on a million-message store; a filter with a search
query is served by `search_pages` instead.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Select, bindparam, tuple_

from inbox_app.store.epochs import NEVER_EPOCH
from inbox_app.store.queries.columns import ACTIVITY_KEY, DUE_KEY, T
from inbox_app.store.queries.filter_sql import filter_conditions
from inbox_app.store.queries.search_pages import search_page
from inbox_app.store.queries.search_text import to_fts_query
from inbox_app.store.queries.thread_filter import ThreadFilter, filter_binds
from inbox_app.store.queries.thread_rows import make_thread, thread_select
from inbox_app.store.rows import PAGE_SIZE, ThreadPage
from inbox_app.store.statements import fetch

OPEN_BY_DUE = ThreadFilter()  # the default view: open threads, most urgent first


def thread_page(
    conn: Connection,
    flt: ThreadFilter = OPEN_BY_DUE,
    *,
    limit: int = PAGE_SIZE,
    after: tuple[int, ...] | None = None,
) -> ThreadPage:
    """One page of threads; pass the previous page's `next_cursor` as `after`."""
    fts = to_fts_query(flt.query)
    shape, params = filter_binds(flt)
    params["limit"] = limit
    if fts is not None:
        return search_page(conn, shape, params, fts, flt.query or "", after=after)
    paged = after is not None
    if paged:
        params["a0"], params["a1"] = after  # type: ignore[misc]

    def build() -> Select[Any]:
        stmt = thread_select().where(*filter_conditions(shape))
        cursor = tuple_(bindparam("a0"), bindparam("a1"))
        if flt.sort == "due":
            if paged:
                stmt = stmt.where(tuple_(DUE_KEY, T.id) > cursor)
            stmt = stmt.order_by(DUE_KEY, T.id)
        else:
            if paged:
                stmt = stmt.where(tuple_(ACTIVITY_KEY, T.id) < cursor)
            stmt = stmt.order_by(T.last_activity_at.desc(), T.id.desc())
        return stmt.limit(bindparam("limit"))

    found = fetch(conn, ("threads", shape, flt.sort, paged), build, params)
    rows = tuple(map(make_thread, found))
    next_cursor: tuple[int, ...] | None = None
    if len(rows) == limit:
        last = rows[-1]
        if flt.sort == "due":
            due = last.response_due_ts
            next_cursor = (NEVER_EPOCH if due is None else due, last.id)
        else:
            next_cursor = (last.last_activity_ts, last.id)
    return ThreadPage(rows, next_cursor)
