"""The ThreadRow select (threads joined with buyer, order and marketplace), and fresh
rows for one thread or some threads by id."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ARRAY,
    Connection,
    Integer,
    Select,
    any_,
    bindparam,
    case,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.sql.elements import BindParameter

from inbox_app.store.queries.columns import MP, SEAT, TA, B, M, O, T, raw_ts
from inbox_app.store.queries.thread_filter import OUTBOX_STATUSES
from inbox_app.store.rows import ThreadRow
from inbox_app.store.schema import Buyer, Marketplace, Order, Thread
from inbox_app.store.statements import fetch
from inbox_app.store.team_schema import ThreadAssignment

# In ThreadRow's field order, so a row is the database's tuple as it comes.
THREAD_COLUMNS = (
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
    raw_ts(T.last_activity_at),
    raw_ts(T.response_due_at),
    T.message_count,
    T.snippet,
    T.has_draft,
    T.outbox_state,
    # the assignee by the thread's key (two primary-key lookups, no join to keep in step)
    select(TA.seat_id).where(TA.thread_id == T.id).scalar_subquery(),
    select(SEAT.person)
    .join(ThreadAssignment, TA.seat_id == SEAT.id)
    .where(TA.thread_id == T.id)
    .scalar_subquery(),
    # why its newest unsent message waits: read only for a thread with one (the CASE
    # keeps the lookup, a range of ix_messages_thread, off every other row); the statuses
    # are our own constants, written into the SQL as the cached statements take no lists
    case(
        (
            T.outbox_state.is_not(None),
            select(M.error)
            .where(
                M.thread_id == T.id,
                or_(*(M.status == literal_column(f"'{v}'") for v in OUTBOX_STATUSES)),
            )
            .order_by(M.created_at.desc(), M.id.desc())
            .limit(1)
            .correlate(Thread)  # searches join messages too: this one reads its own
            .scalar_subquery(),
        ),
        else_=None,
    ),
)
N_THREAD_COLUMNS = len(THREAD_COLUMNS)
make_thread = ThreadRow._make


def thread_select() -> Select[Any]:
    return (
        select(*THREAD_COLUMNS)
        .select_from(Thread)
        .join(Buyer, B.id == T.buyer_id)
        .outerjoin(Order, O.id == T.order_id)
        .outerjoin(Marketplace, MP.id == T.marketplace_id)
    )


def thread_row(conn: Connection, thread_id: int) -> ThreadRow | None:
    found = fetch(
        conn,
        "thread_row",
        lambda: thread_select().where(T.id == bindparam("tid")),
        {"tid": thread_id},
    )
    return make_thread(found[0]) if found else None


def thread_rows(conn: Connection, thread_ids: Sequence[int]) -> dict[int, ThreadRow]:
    """Fresh rows for some threads (to update a list in place)."""
    if not thread_ids:
        return {}
    if conn.dialect.name == "postgresql":
        # one array bind: one SQL text whatever the number of ids, compiled once and
        # prepared by the server (an IN list of 100 binds was rendered on every call)
        found = fetch(conn, "thread_rows_any", _thread_rows_any, {"ids": list(thread_ids)})
        return {r[0]: make_thread(r) for r in found}
    rows = conn.execute(thread_rows_select(), {"ids": list(thread_ids)}).all()
    return {r[0]: make_thread(tuple(r)) for r in rows}


def _thread_rows_any() -> Select[Any]:
    ids: BindParameter[Any] = bindparam("ids", type_=ARRAY(Integer))
    return thread_select().where(T.id == any_(ids))


def thread_rows_select() -> Select[Any]:
    """The rows of the threads whose ids are bound to `ids` (a list; store/first_page.py
    runs the same SQL, frozen, before SQLAlchemy is imported)."""
    return thread_select().where(T.id.in_(bindparam("ids", expanding=True)))
