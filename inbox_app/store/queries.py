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
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    tuple_,
)
from sqlalchemy.sql.elements import ColumnClause

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

# In ThreadRow's field order, so rows are built positionally (the list's hot path).
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
    T.last_activity_at,
    T.response_due_at,
    T.message_count,
    T.snippet,
    T.has_draft,
    T.outbox_state,
)
_N_THREAD_COLUMNS = len(_THREAD_COLUMNS)


def _thread_row(r: Sequence[Any]) -> ThreadRow:
    return ThreadRow(*r[:_N_THREAD_COLUMNS])


def _thread_select() -> Select[Any]:
    return (
        select(*_THREAD_COLUMNS)
        .select_from(Thread)
        .join(Buyer, B.id == T.buyer_id)
        .outerjoin(Order, O.id == T.order_id)
        .outerjoin(Marketplace, MP.id == T.marketplace_id)
    )


def _filter_conditions(flt: ThreadFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if flt.states is not None:
        conds.append(T.state == flt.states[0] if len(flt.states) == 1 else T.state.in_(flt.states))
    if flt.marketplace:
        mp = BY_CODE.get(flt.marketplace.upper())
        conds.append(T.marketplace_id == (mp.id if mp else "?"))
    if flt.opted_out is not None:
        conds.append(B.opted_out == flt.opted_out)
    if flt.due_before is not None:
        conds.append(T.response_due_at < flt.due_before)
    if flt.due_after is not None:
        conds.append(T.response_due_at >= flt.due_after)
    if flt.order_id is not None:
        conds.append(T.order_id == flt.order_id)
    if flt.buyer_id is not None:
        conds.append(T.buyer_id == flt.buyer_id)
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
    if fts is not None:
        return _search_page(conn, flt, fts, limit=limit, after=after)
    stmt = _thread_select().where(*_filter_conditions(flt))
    if flt.sort == "due":
        if after is not None:
            stmt = stmt.where(tuple_(DUE_KEY, T.id) > tuple_(*after))
        stmt = stmt.order_by(DUE_KEY, T.id)
    else:
        if after is not None:
            stmt = stmt.where(tuple_(ACTIVITY_KEY, T.id) < tuple_(*after))
        stmt = stmt.order_by(T.last_activity_at.desc(), T.id.desc())
    rows = [_thread_row(r) for r in conn.execute(stmt.limit(limit)).all()]
    cursor: tuple[int, ...] | None = None
    if len(rows) == limit:
        last = rows[-1]
        if flt.sort == "due":
            due = last.response_due_at
            cursor = (to_epoch(due) if due else NEVER_EPOCH, last.id)
        else:
            cursor = (to_epoch(last.last_activity_at), last.id)
    return ThreadPage(tuple(rows), cursor)


def _search_page(
    conn: Connection, flt: ThreadFilter, fts: str, *, limit: int, after: tuple[int, ...] | None
) -> ThreadPage:
    si = table("search_index", column("rowid"))
    hits = (
        select(si.c.rowid.label("mid"))
        .where(literal_column("search_index").op("MATCH")(fts))
        .order_by(si.c.rowid.desc())
        .limit(SEARCH_WINDOW)
        .subquery("hits")
    )
    hit = func.max(hits.c.mid).label("hit")
    stmt = (
        select(*_THREAD_COLUMNS, hit)
        .select_from(hits)
        .join(Message, Message.__table__.c.id == hits.c.mid)
        .join(Thread, T.id == Message.__table__.c.thread_id)
        .join(Buyer, B.id == T.buyer_id)
        .outerjoin(Order, O.id == T.order_id)
        .outerjoin(Marketplace, MP.id == T.marketplace_id)
        .where(*_filter_conditions(flt))
        .group_by(T.id)
        .order_by(hit.desc())
        .limit(limit)
    )
    if after is not None:
        stmt = stmt.having(hit < after[0])
    result = conn.execute(stmt).all()
    rows = tuple(_thread_row(r) for r in result)
    cursor = (int(result[-1][-1]),) if len(result) == limit else None
    return ThreadPage(rows, cursor)


def thread_row(conn: Connection, thread_id: int) -> ThreadRow | None:
    r = conn.execute(_thread_select().where(T.id == thread_id)).first()
    return _thread_row(r) if r is not None else None


def thread_rows(conn: Connection, thread_ids: Sequence[int]) -> dict[int, ThreadRow]:
    """Fresh rows for some threads (to update a list in place)."""
    if not thread_ids:
        return {}
    rows = conn.execute(_thread_select().where(T.id.in_(list(thread_ids)))).all()
    return {r[0]: _thread_row(r) for r in rows}


# --- one thread -----------------------------------------------------------------------

M = Message.__table__.c
A = Attachment.__table__.c


def thread_messages(conn: Connection, thread_id: int) -> tuple[MessageRow, ...]:
    msgs = list(
        conn.execute(
            select(
                M.id,
                M.thread_id,
                M.direction,
                M.status,
                M.subject,
                M.body_text,
                M.body_html,
                M.created_at,
                M.sent_at,
                M.read,
                M.important,
                M.notice_kind,
                M.notice_text,
                M.error,
                M.parse_problem,
                M.message_id_header,
            )
            .where(M.thread_id == thread_id, M.status != "draft")
            .order_by(M.created_at, M.id)
        ).all()
    )
    atts: dict[int, list[AttachmentRow]] = {}
    if msgs:
        for a in conn.execute(
            select(A.id, A.message_id, A.filename, A.media_type, A.size, A.sha256, A.problem)
            .where(A.message_id.in_([m[0] for m in msgs]))
            .order_by(A.id)
        ).all():
            atts.setdefault(a[1], []).append(AttachmentRow(*a))
    return tuple(
        MessageRow(
            m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10], m[11], m[12],
            m[13], m[14], m[15], tuple(atts.get(m[0], ())),
        )
        for m in msgs
    )


def thread_detail(conn: Connection, thread_id: int) -> ThreadDetail | None:
    row = thread_row(conn, thread_id)
    if row is None:
        return None
    order = order_detail(conn, row.order_id) if row.order_id is not None else None
    return ThreadDetail(thread=row, messages=thread_messages(conn, thread_id), order=order)


# --- orders ---------------------------------------------------------------------------

I = OrderItem.__table__.c  # noqa: E741


def _order_select() -> Select[Any]:
    thread_count = select(func.count()).where(T.order_id == O.id).scalar_subquery().label("threads")
    item_count = (
        select(func.coalesce(func.sum(I.quantity), 0))
        .where(I.order_id == O.id)
        .scalar_subquery()
        .label("items")
    )
    first_product = (
        select(I.product_name)
        .where(I.order_id == O.id)
        .order_by(I.id)
        .limit(1)
        .scalar_subquery()
        .label("first_product")
    )
    return (
        select(
            O.id,
            O.amazon_order_id,
            O.marketplace_id,
            O.purchase_date,
            O.status,
            O.order_type,
            O.currency,
            O.total_amount,
            item_count,
            first_product,
            thread_count,
            B.alias,
            O.delivery_end,
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
        purchase_date=r[3],
        status=r[4],
        order_type=r[5],
        currency=r[6],
        total_amount=r[7],
        item_count=int(r[8]),
        first_product=r[9] or "",
        thread_count=int(r[10]),
        buyer_alias=r[11],
        delivery_end=r[12],
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
    stmt = _order_select()
    if query:
        q = query.strip()
        sku_match = select(I.order_id).where(I.sku == q)
        stmt = stmt.where(or_(O.amazon_order_id.startswith(q), O.id.in_(sku_match)))
    if marketplace:
        mp = BY_CODE.get(marketplace.upper())
        stmt = stmt.where(O.marketplace_id == (mp.id if mp else "?"))
    if order_type:
        stmt = stmt.where(O.order_type == order_type)
    purchase_key: ColumnClause[Any] = literal_column("coalesce(orders.purchase_date, 0)")
    if after is not None:
        stmt = stmt.where(tuple_(purchase_key, O.id) < tuple_(*after))
    stmt = stmt.order_by(purchase_key.desc(), O.id.desc()).limit(limit)
    rows = tuple(_order_row(r) for r in conn.execute(stmt))
    cursor = None
    if len(rows) == limit:
        last = rows[-1]
        cursor = (to_epoch(last.purchase_date) if last.purchase_date else 0, last.id)
    return rows, cursor


def order_detail(conn: Connection, order_id: int) -> OrderDetail | None:
    r = conn.execute(_order_select().where(O.id == order_id)).first()
    if r is None:
        return None
    extra = conn.execute(
        select(
            O.last_updated,
            O.promise_date,
            O.delivery_start,
            O.delivery_end,
            O.delivered_at,
            O.review_requested_at,
            O.order_type_manual,
            O.fulfillment_channel,
            O.ship_service_level,
            O.ship_city,
            O.ship_country,
            B.display_name,
            B.opted_out,
        )
        .select_from(Order)
        .outerjoin(Buyer, B.id == O.buyer_id)
        .where(O.id == order_id)
    ).one()
    items = tuple(
        OrderItemRow(*i)
        for i in conn.execute(
            select(
                I.id,
                I.sku,
                I.asin,
                I.product_name,
                I.quantity,
                I.item_price,
                I.currency,
                I.item_status,
            )
            .where(I.order_id == order_id)
            .order_by(I.id)
        )
    )
    return OrderDetail(
        order=_order_row(r),
        items=items,
        last_updated=extra[0],
        promise_date=extra[1],
        delivery_start=extra[2],
        delivery_end=extra[3],
        delivered_at=extra[4],
        review_requested_at=extra[5],
        order_type_manual=bool(extra[6]),
        fulfillment_channel=extra[7],
        ship_service_level=extra[8],
        ship_city=extra[9],
        ship_country=extra[10],
        buyer_name=extra[11],
        buyer_opted_out=bool(extra[12]),
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
