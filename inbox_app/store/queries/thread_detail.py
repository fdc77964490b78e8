"""One thread as the conversation shows it: its messages (drafts aside) with their
attachments, and the order it is about."""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, select

from inbox_app.store.queries.columns import SEAT, A, M, raw_ts
from inbox_app.store.queries.orders import order_detail
from inbox_app.store.queries.thread_rows import thread_row
from inbox_app.store.rows import AttachmentRow, MessageRow, ThreadDetail
from inbox_app.store.schema import Message
from inbox_app.store.statements import fetch
from inbox_app.store.team_schema import MessageAuthor

MA = MessageAuthor.__table__.c

_MESSAGE_COLUMNS = (
    M.id,
    M.thread_id,
    M.direction,
    M.status,
    M.subject,
    M.body_text,
    M.body_html,
    raw_ts(M.created_at),
    raw_ts(M.sent_at),
    M.read,
    M.important,
    M.notice_kind,
    M.notice_text,
    M.error,
    M.parse_problem,
    M.message_id_header,
    # who wrote it (a team seat), by the message's key
    select(SEAT.person)
    .join(MessageAuthor, MA.seat_id == SEAT.id)
    .where(MA.message_id == M.id)
    .scalar_subquery(),
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
    return tuple(MessageRow._make((*m[:-1], tuple(atts.get(m[0], none)), m[-1])) for m in msgs)


def thread_detail(conn: Connection, thread_id: int) -> ThreadDetail | None:
    row = thread_row(conn, thread_id)
    if row is None:
        return None
    order = order_detail(conn, row.order_id) if row.order_id is not None else None
    return ThreadDetail(thread=row, messages=thread_messages(conn, thread_id), order=order)
