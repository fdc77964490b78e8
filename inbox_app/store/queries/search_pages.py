"""One page of full-text search results: threads ranked by their most recent matching
message, over a bounded window of the newest matches (FTS5 on SQLite; on PostgreSQL the
stored `search_doc` of migration 0011 and its GIN index, buyers and order ids by the
trigram indexes of the same migration)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    bindparam,
    column,
    func,
    literal_column,
    not_,
    or_,
    select,
    table,
    union,
)
from sqlalchemy.sql.elements import BindParameter, ColumnClause

from inbox_app.store.fulltext import PG_SEARCH_DOC
from inbox_app.store.queries.columns import MP, B, M, O, T
from inbox_app.store.queries.filter_sql import filter_conditions
from inbox_app.store.queries.search_text import excluded_terms, search_terms, wanted_text
from inbox_app.store.queries.thread_filter import Shape
from inbox_app.store.queries.thread_rows import N_THREAD_COLUMNS, THREAD_COLUMNS, make_thread
from inbox_app.store.rows import ThreadPage
from inbox_app.store.schema import Buyer, Marketplace, Message, Order, Thread
from inbox_app.store.statements import fetch

SEARCH_WINDOW = 4_000  # newest matching messages one search ranks (bounded work)


def search_page(
    conn: Connection,
    shape: Shape,
    params: dict[str, Any],
    fts: str,
    typed: str,
    *,
    after: tuple[int, ...] | None,
) -> ThreadPage:
    """The page after `after` (a cursor of one message id) of threads matching `fts`
    (`typed` as the user typed it) and the filter `shape` bound in `params`."""
    postgres = bind_search(conn, params, fts, typed)
    params["window"] = SEARCH_WINDOW
    exclude = "not_words" in params
    paged = after is not None
    if after is not None:
        params["hit"] = after[0]

    def build() -> Select[Any]:
        hits = search_hits(postgres, exclude=exclude)
        hit = func.max(hits.c.mid).label("hit")
        stmt = (
            select(*THREAD_COLUMNS, hit)
            .select_from(hits)
            .join(Message, M.id == hits.c.mid)
            .join(Thread, T.id == M.thread_id)
            .join(Buyer, B.id == T.buyer_id)
            .outerjoin(Order, O.id == T.order_id)
            .outerjoin(Marketplace, MP.id == T.marketplace_id)
            .where(*filter_conditions(shape))
            # every joined table's key: PostgreSQL's rule for the other selected columns
            .group_by(T.id, B.id, O.id, MP.id)
            .order_by(hit.desc())
            .limit(bindparam("limit"))
        )
        return stmt.having(hit < bindparam("hit")) if paged else stmt

    found = fetch(conn, ("search", shape, paged, postgres, exclude), build, params)
    rows = tuple(make_thread(r[:N_THREAD_COLUMNS]) for r in found)
    cursor = (int(found[-1][-1]),) if len(found) == params["limit"] else None
    return ThreadPage(rows, cursor)


def bind_search(conn: Connection, params: dict[str, Any], fts: str, typed: str) -> bool:
    """Add a search's bind values to `params`; True on PostgreSQL (another statement)."""
    params["fts"] = fts
    postgres = conn.dialect.name == "postgresql"
    if postgres:
        params["words"] = " ".join(search_terms(typed))
        params["like"] = "%" + wanted_text(typed).replace("%", "").replace("_", "") + "%"
        excluded = excluded_terms(typed)
        if excluded:  # `-word`: a message with any of them is no match
            params["not_words"] = " | ".join(excluded)
    return postgres


def search_hits(postgres: bool, *, exclude: bool = False, counted: bool = False) -> Any:
    """The newest `window` (a bind) matching messages' ids (`mid`), as a subquery
    (`exclude`: PostgreSQL leaves out messages with a `not_words` word; FTS5 does it in
    `fts`). `counted` adds `total`: how many the window holds (== window: there may be
    more matches than it shows)."""
    if postgres:
        hits = _pg_hits(exclude)
    else:
        si = table("search_index", column("rowid"))
        hits = (
            select(si.c.rowid.label("mid"))
            .where(literal_column("search_index").op("MATCH")(bindparam("fts")))
            .order_by(si.c.rowid.desc())
            .limit(bindparam("window"))
            .subquery("hits")
        )
    if not counted:
        return hits
    total = func.count().over().label("total")
    return select(hits.c.mid, total).select_from(hits).subquery("counted_hits")


def _pg_hits(exclude: bool) -> Any:
    """PostgreSQL: the same search over migration 0011's stored document (tsvector of
    subject + body, GIN-indexed), plus the buyer's alias or name and the order id by
    substring (trigram-indexed)."""
    doc: ColumnClause[Any] = literal_column(PG_SEARCH_DOC)
    query = func.plainto_tsquery(literal_column("'simple'"), bindparam("words"))
    like: BindParameter[str] = bindparam("like")
    # two arms, not one `alias ILIKE .. OR order ILIKE ..` over a join of threads and
    # buyers: each arm has its trigram index (the join scanned both tables, 180 ms)
    by_buyer = select(B.id).where(or_(B.alias.ilike(like), B.display_name.ilike(like)))
    by_thread = union(
        select(T.id).where(T.buyer_id.in_(by_buyer)),
        select(T.id).where(T.amazon_order_id.ilike(like)),
    )
    # A UNION of the text hits and the buyer/order hits, not one `doc @@ q OR thread_id
    # IN (...)`: the OR keeps the planner from the GIN index (a scan of every message,
    # 2.7 s on the million-message store); each arm takes its own newest window.
    left_out = []
    if exclude:
        words_out = func.to_tsquery(literal_column("'simple'"), bindparam("not_words"))
        left_out = [not_(doc.op("@@")(words_out))]
    window: BindParameter[int] = bindparam("window")
    by_text = (
        select(M.id.label("mid"))
        .where(doc.op("@@")(query), *left_out)
        .order_by(M.id.desc())
        .limit(window)
        .subquery("by_text")
    )
    by_who = (
        select(M.id.label("mid"))
        .where(M.thread_id.in_(by_thread), *left_out)
        .order_by(M.id.desc())
        .limit(window)
        .subquery("by_who")
    )
    both = union(select(by_text.c.mid), select(by_who.c.mid)).subquery("both_hits")
    return select(both.c.mid).order_by(both.c.mid.desc()).limit(window).subquery("hits")
