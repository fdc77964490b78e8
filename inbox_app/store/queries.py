"""Read queries returning frozen rows: paged thread lists, a thread, orders, counts.

Every list is paged by keyset (a cursor from the last row), so page N costs the same as
page 1 on a million-message store. Full-text search ranks threads by their most recent
matching message, over a bounded window of the newest matches.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import (
    BigInteger,
    Boolean,
    ColumnElement,
    Connection,
    Select,
    String,
    and_,
    bindparam,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    tuple_,
    type_coerce,
)
from sqlalchemy.sql.elements import ColumnClause

from inbox_app.store.fastsql import fetch
from inbox_app.store.marketplaces import BY_CODE, BY_ID
from inbox_app.store.rows import (
    AttachmentRow,
    MessageRow,
    OrderDetail,
    OrderItemRow,
    OrderRow,
    ThreadDetail,
    ThreadPage,
    ThreadRow,
    ViewCounts,
)
from inbox_app.store.schema import (
    NEVER_EPOCH,
    Attachment,
    Buyer,
    Marketplace,
    Message,
    Order,
    OrderItem,
    Thread,
)

PAGE_SIZE = 200
SEARCH_WINDOW = 4_000  # newest matching messages one search ranks (bounded work)

T = Thread.__table__.c
B = Buyer.__table__.c
O = Order.__table__.c  # noqa: E741
DUE_KEY: ColumnClause[Any] = literal_column(f"coalesce(threads.response_due_at, {NEVER_EPOCH})")
# raw epoch columns for keyset cursors (a datetime inside tuple_() would skip the type)
ACTIVITY_KEY: ColumnClause[Any] = literal_column("threads.last_activity_at")


@dataclass(frozen=True, slots=True)
class ThreadFilter:
    """What the thread list shows. `None` means "no constraint"."""

    states: tuple[str, ...] | None = ("open",)
    marketplace: str | None = None  # code: US, DE...
    opted_out: bool | None = None
    due_before: datetime | None = None  # response due before this instant
    due_after: datetime | None = None
    query: str | None = None  # full-text: words, order id, alias, buyer name
    order_id: int | None = None
    buyer_id: int | None = None
    sort: Literal["due", "activity"] = "due"

    def due_within(self, hours: float, now: datetime | None = None) -> ThreadFilter:
        now = now or datetime.now(UTC)
        return replace(self, due_before=now + timedelta(hours=hours))


def to_epoch(value: datetime) -> int:
    return int(value.timestamp())


def from_epoch(value: int | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)


# --- full-text query parsing -------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)


def search_terms(text: str | None) -> list[str]:
    """The words of a user's search, for highlighting matches."""
    return _WORD.findall(text or "")


def to_fts_query(text: str | None) -> str | None:
    """A safe FTS5 MATCH expression for anything a user types (never a syntax error).

    Each whitespace-separated chunk becomes a quoted phrase of its word characters
    (so `111-1234567-1234567` and `abc@marketplace.amazon.de` match as phrases); the
    last single word is a prefix search while the user is still typing.
    """
    if not text:
        return None
    chunks = [_WORD.findall(chunk) for chunk in text.split()]
    chunks = [c for c in chunks if c]
    if not chunks:
        return None
    parts = []
    for i, words in enumerate(chunks):
        phrase = '"' + " ".join(words) + '"'
        if i == len(chunks) - 1 and len(words) == 1 and not text[-1].isspace():
            phrase += "*"
        parts.append(phrase)
    return " AND ".join(parts)


# --- thread list ----------------------------------------------------------------------

MP = Marketplace.__table__.c
M = Message.__table__.c
A = Attachment.__table__.c


def _raw_ts(col: Any) -> Any:
    """A timestamp column as raw epoch seconds (no per-row conversion)."""
    return type_coerce(col, BigInteger)


# In ThreadRow's field order, so a row is the database's tuple as it comes.
_THREAD_COLUMNS = (
    T.id,
    T.subject,
    T.buyer_id,
    B.alias,
    func.coalesce(B.display_name, ""),
    B.opted_out,
    func.coalesce(MP.code, ""),
    T.amazon_order_id,
    T.order_id,
    func.coalesce(O.order_type, "standard"),
    T.state,
    T.buyer_initiated,
    T.unread,
    _raw_ts(T.last_activity_at),
    _raw_ts(T.response_due_at),
    T.message_count,
    T.snippet,
    T.has_draft,
    T.outbox_state,
)
_N_THREAD_COLUMNS = len(_THREAD_COLUMNS)
_make_thread = ThreadRow._make


def _thread_select() -> Select[Any]:
    return (
        select(*_THREAD_COLUMNS)
        .select_from(Thread)
        .join(Buyer, B.id == T.buyer_id)
        .outerjoin(Order, O.id == T.order_id)
        .outerjoin(Marketplace, MP.id == T.marketplace_id)
    )


def _filter(flt: ThreadFilter) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """The filter's shape (part of the cache key) and its bind values."""
    params: dict[str, Any] = {}
    states = flt.states
    if states is not None:
        params.update({f"state{i}": s for i, s in enumerate(states)})
    if flt.marketplace:
        mp = BY_CODE.get(flt.marketplace.upper())
        params["mp"] = mp.id if mp else "?"
    if flt.opted_out is not None:
        params["opted"] = flt.opted_out
    if flt.due_before is not None:
        params["due_before"] = to_epoch(flt.due_before)
    if flt.due_after is not None:
        params["due_after"] = to_epoch(flt.due_after)
    if flt.order_id is not None:
        params["order_id"] = flt.order_id
    if flt.buyer_id is not None:
        params["buyer_id"] = flt.buyer_id
    shape = (
        None if states is None else len(states),
        *sorted(k for k in params if not k.startswith("state")),
    )
    return shape, params


def _conditions(shape: tuple[Any, ...]) -> list[ColumnElement[bool]]:
    n_states, *names = shape
    conds: list[ColumnElement[bool]] = []
    if n_states is not None:
        conds.append(T.state.in_([bindparam(f"state{i}") for i in range(n_states)]))
    for name in names:
        if name == "mp":
            conds.append(T.marketplace_id == bindparam("mp"))
        elif name == "opted":
            conds.append(B.opted_out == bindparam("opted", type_=Boolean))
        elif name == "due_before":
            conds.append(_raw_ts(T.response_due_at) < bindparam("due_before"))
        elif name == "due_after":
            conds.append(_raw_ts(T.response_due_at) >= bindparam("due_after"))
        elif name == "order_id":
            conds.append(T.order_id == bindparam("order_id"))
        elif name == "buyer_id":
            conds.append(T.buyer_id == bindparam("buyer_id"))
    return conds


def thread_page(
    conn: Connection,
    flt: ThreadFilter = ThreadFilter(),
    *,
    limit: int = PAGE_SIZE,
    after: tuple[int, ...] | None = None,
) -> ThreadPage:
    """One page of threads; pass the previous page's `next_cursor` as `after`."""
    fts = to_fts_query(flt.query)
    shape, params = _filter(flt)
    params["limit"] = limit
    if fts is not None:
        return _search_page(conn, shape, params, fts, flt.query or "", after=after)
    paged = after is not None
    if paged:
        params["a0"], params["a1"] = after  # type: ignore[misc]

    def build() -> Select[Any]:
        stmt = _thread_select().where(*_conditions(shape))
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
    rows = tuple(map(_make_thread, found))
    next_cursor: tuple[int, ...] | None = None
    if len(rows) == limit:
        last = rows[-1]
        if flt.sort == "due":
            due = last.response_due_ts
            next_cursor = (NEVER_EPOCH if due is None else due, last.id)
        else:
            next_cursor = (last.last_activity_ts, last.id)
    return ThreadPage(rows, next_cursor)


def _search_page(
    conn: Connection,
    shape: tuple[Any, ...],
    params: dict[str, Any],
    fts: str,
    typed: str,
    *,
    after: tuple[int, ...] | None,
) -> ThreadPage:
    params["fts"] = fts
    paged = after is not None
    if after is not None:
        params["hit"] = after[0]

    postgres = conn.dialect.name == "postgresql"
    if postgres:
        params["words"] = " ".join(search_terms(typed))
        params["like"] = "%" + typed.strip().replace("%", "").replace("_", "") + "%"

    def build() -> Select[Any]:
        if postgres:
            hits = _pg_hits()
        else:
            si = table("search_index", column("rowid"))
            hits = (
                select(si.c.rowid.label("mid"))
                .where(literal_column("search_index").op("MATCH")(bindparam("fts")))
                .order_by(si.c.rowid.desc())
                .limit(SEARCH_WINDOW)
                .subquery("hits")
            )
        hit = func.max(hits.c.mid).label("hit")
        stmt = (
            select(*_THREAD_COLUMNS, hit)
            .select_from(hits)
            .join(Message, M.id == hits.c.mid)
            .join(Thread, T.id == M.thread_id)
            .join(Buyer, B.id == T.buyer_id)
            .outerjoin(Order, O.id == T.order_id)
            .outerjoin(Marketplace, MP.id == T.marketplace_id)
            .where(*_conditions(shape))
            # every joined table's key: PostgreSQL's rule for the other selected columns
            .group_by(T.id, B.id, O.id, MP.id)
            .order_by(hit.desc())
            .limit(bindparam("limit"))
        )
        return stmt.having(hit < bindparam("hit")) if paged else stmt

    found = fetch(conn, ("search", shape, paged, postgres), build, params)
    rows = tuple(_make_thread(r[:_N_THREAD_COLUMNS]) for r in found)
    cursor = (int(found[-1][-1]),) if len(found) == params["limit"] else None
    return ThreadPage(rows, cursor)


def _pg_hits() -> Any:
    """PostgreSQL: the same search over the GIN index of the migration (tsvector of
    subject + body), plus the buyer's alias or name and the order id by substring."""
    # the very expression of the migration's GIN index, so the index serves it
    doc: ColumnClause[Any] = literal_column(
        "to_tsvector('simple', coalesce(messages.subject, '') || ' ' || "
        "coalesce(messages.body_text, ''))"
    )
    query = func.plainto_tsquery(literal_column("'simple'"), bindparam("words"))
    by_thread = (
        select(T.id)
        .join(Buyer, B.id == T.buyer_id)
        .where(
            or_(
                B.alias.ilike(bindparam("like")),
                B.display_name.ilike(bindparam("like")),
                T.amazon_order_id.ilike(bindparam("like")),
            )
        )
    )
    return (
        select(M.id.label("mid"))
        .where(or_(doc.op("@@")(query), M.thread_id.in_(by_thread)))
        .order_by(M.id.desc())
        .limit(SEARCH_WINDOW)
        .subquery("hits")
    )


def thread_row(conn: Connection, thread_id: int) -> ThreadRow | None:
    found = fetch(
        conn,
        "thread_row",
        lambda: _thread_select().where(T.id == bindparam("tid")),
        {"tid": thread_id},
    )
    return _make_thread(found[0]) if found else None


def thread_rows(conn: Connection, thread_ids: Sequence[int]) -> dict[int, ThreadRow]:
    """Fresh rows for some threads (to update a list in place)."""
    if not thread_ids:
        return {}
    rows = conn.execute(
        _thread_select().where(T.id.in_(list(thread_ids))).execution_options()
    ).all()
    return {r[0]: _make_thread(tuple(r)) for r in rows}


# --- one thread -----------------------------------------------------------------------

_MESSAGE_COLUMNS = (
    M.id,
    M.thread_id,
    M.direction,
    M.status,
    M.subject,
    M.body_text,
    M.body_html,
    _raw_ts(M.created_at),
    _raw_ts(M.sent_at),
    M.read,
    M.important,
    M.notice_kind,
    M.notice_text,
    M.error,
    M.parse_problem,
    M.message_id_header,
)
_ATTACHMENT_COLUMNS = (A.id, A.message_id, A.filename, A.media_type, A.size, A.sha256, A.problem)


def thread_messages(conn: Connection, thread_id: int) -> tuple[MessageRow, ...]:
    msgs = fetch(
        conn,
        "messages",
        lambda: (
            select(*_MESSAGE_COLUMNS)
            .where(M.thread_id == bindparam("tid"), M.status != "draft")
            .order_by(M.created_at, M.id)
        ),
        {"tid": thread_id},
    )
    atts: dict[int, list[AttachmentRow]] = {}
    if msgs:
        found = fetch(
            conn,
            "attachments",
            lambda: (
                select(*_ATTACHMENT_COLUMNS)
                .join(Message, M.id == A.message_id)
                .where(M.thread_id == bindparam("tid"), M.status != "draft")
                .order_by(A.id)
            ),
            {"tid": thread_id},
        )
        for a in found:
            atts.setdefault(a[1], []).append(AttachmentRow._make(a))
    none: tuple[AttachmentRow, ...] = ()
    return tuple(MessageRow._make((*m, tuple(atts.get(m[0], none)))) for m in msgs)


def thread_detail(conn: Connection, thread_id: int) -> ThreadDetail | None:
    row = thread_row(conn, thread_id)
    if row is None:
        return None
    order = order_detail(conn, row.order_id) if row.order_id is not None else None
    return ThreadDetail(thread=row, messages=thread_messages(conn, thread_id), order=order)


# --- orders ---------------------------------------------------------------------------

I = OrderItem.__table__.c  # noqa: E741


def _money(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


def _order_select(*extra: Any) -> Select[Any]:
    thread_count = select(func.count()).where(T.order_id == O.id).scalar_subquery()
    item_count = (
        select(func.coalesce(func.sum(I.quantity), 0)).where(I.order_id == O.id).scalar_subquery()
    )
    first_product = (
        select(I.product_name).where(I.order_id == O.id).order_by(I.id).limit(1).scalar_subquery()
    )
    return (
        select(
            O.id,
            O.amazon_order_id,
            O.marketplace_id,
            _raw_ts(O.purchase_date),
            O.status,
            O.order_type,
            O.currency,
            type_coerce(O.total_amount, String),
            item_count,
            first_product,
            thread_count,
            B.alias,
            _raw_ts(O.delivery_end),
            *extra,
        )
        .select_from(Order)
        .outerjoin(Buyer, B.id == O.buyer_id)
    )


def _order_row(r: Sequence[Any]) -> OrderRow:
    mp = BY_ID.get(r[2]) if r[2] else None
    return OrderRow(
        id=r[0],
        amazon_order_id=r[1],
        marketplace=mp.code if mp else "",
        purchase_date=from_epoch(r[3]),
        status=r[4],
        order_type=r[5],
        currency=r[6],
        total_amount=_money(r[7]),
        item_count=int(r[8]),
        first_product=r[9] or "",
        thread_count=int(r[10]),
        buyer_alias=r[11],
        delivery_end=from_epoch(r[12]),
    )


def order_page(
    conn: Connection,
    *,
    query: str | None = None,
    marketplace: str | None = None,
    order_type: str | None = None,
    limit: int = PAGE_SIZE,
    after: tuple[int, ...] | None = None,
) -> tuple[tuple[OrderRow, ...], tuple[int, ...] | None]:
    """Orders, newest purchase first; `query` matches an order id (prefix) or a SKU."""
    params: dict[str, Any] = {"limit": limit}
    if query and query.strip():
        params["q"] = query.strip()
        params["q_prefix"] = query.strip().replace("%", "").replace("_", "") + "%"
    if marketplace:
        mp = BY_CODE.get(marketplace.upper())
        params["mp"] = mp.id if mp else "?"
    if order_type:
        params["order_type"] = order_type
    if after is not None:
        params["a0"], params["a1"] = after
    shape = tuple(sorted(params))

    def build() -> Select[Any]:
        stmt = _order_select()
        if "q" in params:
            sku_match = select(I.order_id).where(I.sku == bindparam("q"))
            stmt = stmt.where(
                or_(O.amazon_order_id.like(bindparam("q_prefix")), O.id.in_(sku_match))
            )
        if "mp" in params:
            stmt = stmt.where(O.marketplace_id == bindparam("mp"))
        if "order_type" in params:
            stmt = stmt.where(O.order_type == bindparam("order_type"))
        purchase_key: ColumnClause[Any] = literal_column("coalesce(orders.purchase_date, 0)")
        if "a0" in params:
            stmt = stmt.where(tuple_(purchase_key, O.id) < tuple_(bindparam("a0"), bindparam("a1")))
        return stmt.order_by(purchase_key.desc(), O.id.desc()).limit(bindparam("limit"))

    rows = tuple(_order_row(r) for r in fetch(conn, ("orders", shape), build, params))
    cursor = None
    if len(rows) == limit:
        last = rows[-1]
        cursor = (to_epoch(last.purchase_date) if last.purchase_date else 0, last.id)
    return rows, cursor


_ORDER_DETAIL_EXTRA = (
    _raw_ts(O.last_updated),
    _raw_ts(O.promise_date),
    _raw_ts(O.delivery_start),
    _raw_ts(O.delivery_end),
    _raw_ts(O.delivered_at),
    _raw_ts(O.review_requested_at),
    O.order_type_manual,
    O.fulfillment_channel,
    O.ship_service_level,
    O.ship_city,
    O.ship_country,
    B.display_name,
    B.opted_out,
)


def order_detail(conn: Connection, order_id: int) -> OrderDetail | None:
    found = fetch(
        conn,
        "order_detail",
        lambda: _order_select(*_ORDER_DETAIL_EXTRA).where(O.id == bindparam("oid")),
        {"oid": order_id},
    )
    if not found:
        return None
    r = found[0]
    x = r[13:]
    items = tuple(
        OrderItemRow(i[0], i[1], i[2], i[3], i[4], _money(i[5]), i[6], i[7])
        for i in fetch(
            conn,
            "order_items",
            lambda: (
                select(
                    I.id,
                    I.sku,
                    I.asin,
                    I.product_name,
                    I.quantity,
                    type_coerce(I.item_price, String),
                    I.currency,
                    I.item_status,
                )
                .where(I.order_id == bindparam("oid"))
                .order_by(I.id)
            ),
            {"oid": order_id},
        )
    )
    return OrderDetail(
        order=_order_row(r),
        items=items,
        last_updated=from_epoch(x[0]),
        promise_date=from_epoch(x[1]),
        delivery_start=from_epoch(x[2]),
        delivery_end=from_epoch(x[3]),
        delivered_at=from_epoch(x[4]),
        review_requested_at=from_epoch(x[5]),
        order_type_manual=bool(x[6]),
        fulfillment_channel=x[7],
        ship_service_level=x[8],
        ship_city=x[9],
        ship_country=x[10],
        buyer_name=x[11],
        buyer_opted_out=bool(x[12]),
    )


# --- sidebar counts -------------------------------------------------------------------


def view_counts(conn: Connection, now: datetime | None = None, soon_hours: float = 4) -> ViewCounts:
    """Counts of the saved views; a handful of indexed COUNTs."""
    now = now or datetime.now(UTC)

    def count(*conds: ColumnElement[bool], join_buyer: bool = False) -> int:
        stmt = select(func.count()).select_from(Thread)
        if join_buyer:
            stmt = stmt.join(Buyer, B.id == T.buyer_id)
        return int(conn.execute(stmt.where(*conds)).scalar_one())

    is_open = T.state == "open"
    per_mp = {
        (BY_ID[mp].code if mp in BY_ID else "?"): int(n)
        for mp, n in conn.execute(
            select(T.marketplace_id, func.count())
            .where(is_open, T.marketplace_id.is_not(None))
            .group_by(T.marketplace_id)
        )
    }
    return ViewCounts(
        all_open=count(is_open),
        due_soon=count(
            is_open,
            and_(T.response_due_at >= now, T.response_due_at < now + timedelta(hours=soon_hours)),
        ),
        overdue=count(is_open, T.response_due_at < now),
        opted_out=count(is_open, B.opted_out.is_(True), join_buyer=True),
        answered=count(T.state == "answered"),
        no_response_needed=count(T.state == "no_response_needed"),
        per_marketplace=per_mp,
    )
