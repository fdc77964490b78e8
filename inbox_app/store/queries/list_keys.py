"""The whole ordered result of a list as (sort key, id) pairs, for models that hold only
these and fetch the rows they show (the thread list, the Orders tab).

Two arrays of 8-byte integers: 100,000 threads cost 1.6 MB, and an index-only scan
fills them in milliseconds. The keys let a model place a new row where the SQL order
puts it without asking the database.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Select, case, func, literal_column, select
from sqlalchemy.sql.elements import ColumnClause, ColumnElement

from inbox_app.store.marketplaces import BY_ID
from inbox_app.store.queries.columns import ACTIVITY_KEY, DUE_KEY, B, I, M, O, T
from inbox_app.store.queries.filter_sql import filter_conditions
from inbox_app.store.queries.order_sort import OrderSort
from inbox_app.store.queries.orders import order_binds, order_conditions
from inbox_app.store.queries.search_pages import SEARCH_WINDOW, bind_search, search_hits
from inbox_app.store.queries.search_text import to_fts_query
from inbox_app.store.queries.thread_filter import Shape, ThreadFilter, filter_binds
from inbox_app.store.schema import Buyer, Message, Order, Thread
from inbox_app.store.statements import stream

Keys = tuple["array[int]", "array[int]"]  # (sort keys, ids), in the list's order
# a search's keys, and whether its window of matches was full (there may be more)
WindowKeys = tuple["array[int]", "array[int]", bool]


def _split(rows: Iterable[tuple[Any, ...]]) -> Keys:
    keys: array[int] = array("q")
    ids: array[int] = array("q")
    for key, ident in rows:
        keys.append(int(key))
        ids.append(ident)
    return keys, ids


def thread_keys(conn: Connection, flt: ThreadFilter) -> Keys:
    """Every thread the filter selects, in its order: ascending (due key, id) for "due",
    descending (last activity, id) for "activity". A search ranks the threads of its
    window of newest matching messages the same way (by recency, unless the seller
    asked for the most urgent first)."""
    fts = to_fts_query(flt.query)
    shape, params = filter_binds(flt)
    if fts is not None:
        keys, ids, _full = search_keys(conn, flt, SEARCH_WINDOW)
        return keys, ids
    sort = flt.sort
    build = lambda: thread_keys_select(shape, sort)  # noqa: E731
    return _split(stream(conn, ("thread_keys", shape, sort), build, params))


def thread_keys_select(shape: Shape, sort: str) -> Select[Any]:
    """(sort key, id) of the threads a filter of this shape selects, in the list's order
    (store/first_page.py runs the same SQL, frozen, before SQLAlchemy is imported)."""
    key = DUE_KEY if sort == "due" else ACTIVITY_KEY
    stmt = select(key, T.id).select_from(Thread)
    if "opted" in shape:
        stmt = stmt.join(Buyer, B.id == T.buyer_id)
    stmt = stmt.where(*filter_conditions(shape))
    if sort == "due":
        return stmt.order_by(DUE_KEY, T.id)
    return stmt.order_by(T.last_activity_at.desc(), T.id.desc())


def search_keys(conn: Connection, flt: ThreadFilter, window: int) -> WindowKeys:
    """The threads of a search's `window` newest matching messages, in the list's order
    (as `thread_keys`), and True when that window was full: a wider one may find more."""
    fts = to_fts_query(flt.query)
    if fts is None:
        raise ValueError("search_keys needs a search")
    shape, params = filter_binds(flt)
    postgres = bind_search(conn, params, fts, flt.query or "")
    params["window"] = window
    exclude = "not_words" in params
    due = flt.sort == "due"

    def build() -> Select[Any]:
        hits = search_hits(postgres, exclude=exclude, counted=True)
        key = DUE_KEY if due else ACTIVITY_KEY
        stmt = (
            select(key, T.id, func.max(hits.c.total))
            .select_from(hits)
            .join(Message, M.id == hits.c.mid)
            .join(Thread, T.id == M.thread_id)
        )
        if "opted" in shape:
            stmt = stmt.join(Buyer, B.id == T.buyer_id)
        stmt = stmt.where(*filter_conditions(shape)).group_by(T.id)
        if due:
            return stmt.order_by(DUE_KEY, T.id)
        return stmt.order_by(T.last_activity_at.desc(), T.id.desc())

    cache_key = ("search_keys", shape, postgres, exclude, due)
    keys: array[int] = array("q")
    ids: array[int] = array("q")
    total = 0
    for key, ident, hits in stream(conn, cache_key, build, params):
        keys.append(int(key))
        ids.append(ident)
        total = int(hits)
    return keys, ids, total >= window


def order_keys(
    conn: Connection,
    *,
    query: str | None = None,
    marketplace: str | None = None,
    order_type: str | None = None,
    sort: OrderSort | None = None,
) -> Keys:
    """Every order matching, newest purchase first: descending (purchase time, id); or in
    the column order `sort` asks, where the key is the row's place (ascending)."""
    params = order_binds(query, marketplace, order_type)
    shape = tuple(sorted(params))
    purchase_key: ColumnClause[Any] = literal_column("coalesce(orders.purchase_date, 0)")
    if sort is not None and not sort.is_default:
        chosen = sort

        def build_sorted() -> Select[Any]:
            stmt = select(O.id).select_from(Order).where(*order_conditions(params))
            return sorted_by(stmt, chosen)

        cache_key = ("order_keys_sorted", shape, sort.column, sort.descending)
        ids = array("q", (r[0] for r in stream(conn, cache_key, build_sorted, params)))
        return array("q", range(len(ids))), ids

    def build() -> Select[Any]:
        stmt = select(purchase_key, O.id).select_from(Order).where(*order_conditions(params))
        # the same order as the key, and ix_orders_purchase serves it (no sort of every row)
        return stmt.order_by(O.purchase_date.desc().nulls_last(), O.id.desc())

    return _split(stream(conn, ("order_keys", shape), build, params))


def _order_key(column: str) -> ColumnElement[Any]:
    if column == "order":
        return O.amazon_order_id
    if column == "purchased":
        return O.purchase_date
    if column == "marketplace":  # the code the table shows (UK, DE...), not the id
        codes = {mp.id: mp.code for mp in BY_ID.values()}
        return case(codes, value=O.marketplace_id, else_="")
    if column == "status":
        return func.coalesce(O.status, "")
    if column == "type":
        return O.order_type
    if column == "items":
        quantity = func.coalesce(func.sum(I.quantity), 0)
        return select(quantity).where(I.order_id == O.id).scalar_subquery()
    if column == "total":
        return func.coalesce(O.total_amount, 0)
    if column == "threads":
        return select(func.count()).where(T.order_id == O.id).scalar_subquery()
    raise ValueError(f"no such order column: {column!r}")


def sorted_by(stmt: Select[Any], sort: OrderSort) -> Select[Any]:
    """`stmt` (selecting from orders) in the order `sort` asks; ties by id, the same way.
    Totals are compared within a currency (18,898 JPY is not more than 227 EUR): the
    currencies in A-Z order either way, the amounts within each as asked."""
    key = _order_key(sort.column)
    first = [O.currency.asc()] if sort.column == "total" else []
    if sort.descending:
        return stmt.order_by(*first, key.desc().nulls_last(), O.id.desc())
    return stmt.order_by(*first, key.asc().nulls_first(), O.id.asc())
