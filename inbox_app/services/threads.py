"""Thread bookkeeping on Amazon's 24-hour clock: state, due time, counts, snippet.

`recompute_thread` is the one place that derives a thread's summary columns from its
messages; every writer (mail ingest, outbox, compose, demo) calls it after a change.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from inbox_app.services.order_buyers import buyer_for_order
from inbox_app.store.clock import refresh_clock
from inbox_app.store.schema import Event, Message, Order, Thread, utcnow

RESPONSE_WINDOW = timedelta(hours=24)  # weekends and holidays count, as on Amazon
SNIPPET_LEN = 200
# the most pressing outgoing state wins in the thread list
_OUTBOX_PRIORITY = ("failed", "unknown", "sending", "queued")


def snippet_of(text: str) -> str:
    return " ".join(text.split())[:SNIPPET_LEN]


def _is_buyer_message(m: Message) -> bool:
    return m.direction == "in" and m.status == "received" and m.notice_kind is None


def _is_reply(m: Message) -> bool:
    # Only a reply that left stops Amazon's clock; a queued one may still fail.
    return m.direction == "out" and m.status == "sent"


def lock_thread(session: Session, thread_id: int) -> Thread | None:
    """The thread, row-locked for this transaction (PostgreSQL; SQLite's writers are
    serialized already). Take it before the first write of a unit of work that will
    recompute the thread: a row inserted first (an event, a message) holds a key-share
    lock on the thread, and two seats each holding one and then asking for the update
    lock deadlock."""
    return session.get(Thread, thread_id, with_for_update=True, populate_existing=True)


def recompute_thread(
    session: Session, thread_id: int, *, reopen: bool = False, locked: Thread | None = None
) -> Thread:
    """Derive the thread's summary columns from its messages.

    `reopen=True` (a new buyer message arrived) lets an "answered" or "no response
    needed" thread become open again; otherwise "no response needed" is kept. `locked`:
    the thread, row-locked already in this transaction (by `lock_thread` or a query
    `FOR UPDATE OF threads`): it is not read again.
    """
    # The thread's row lock serializes recomputes of one thread (on a team's PostgreSQL
    # store two seats settling replies of the same thread would otherwise both rebuild its
    # response clock and collide); the messages are read after it, as committed now.
    thread = locked if locked is not None else lock_thread(session, thread_id)
    if thread is None:
        raise LookupError(f"thread {thread_id} does not exist")
    # read before the thread's columns change, so that they are written in one UPDATE
    # (each query autoflushes what is pending)
    settled = _settled_through(session, thread_id)
    messages = list(
        session.scalars(
            select(Message)
            .where(Message.thread_id == thread_id)
            .order_by(Message.created_at, Message.id)
            .execution_options(populate_existing=True)
        )
    )
    visible = [m for m in messages if m.status != "draft"]
    thread.has_draft = any(m.status == "draft" for m in messages)
    thread.message_count = len(visible)
    if visible:
        last = visible[-1]
        thread.last_activity_at = max(m.sent_at or m.created_at for m in visible)
        thread.snippet = snippet_of(last.body_text or last.notice_text or "")
    thread.unread = any(m.direction == "in" and not m.read for m in visible)

    pending = [m.status for m in messages if m.direction == "out"]
    thread.outbox_state = next((s for s in _OUTBOX_PRIORITY if s in pending), None)

    unanswered: list[Message] = []
    for m in visible:
        if settled is not None and m.id <= settled:
            continue  # the seller marked these "no response needed"
        if _is_buyer_message(m):
            unanswered.append(m)
        elif _is_reply(m) or (m.notice_kind == "copy"):
            unanswered.clear()
    if unanswered:
        if thread.state != "no_response_needed" or reopen:
            thread.state = "open"
        oldest: datetime = unanswered[0].created_at
        thread.response_due_at = oldest + RESPONSE_WINDOW if thread.state == "open" else None
    else:
        thread.response_due_at = None
        if thread.state == "open" and visible:
            thread.state = "answered"
    refresh_clock(session, thread_id)
    return thread


_SETTLED = text(
    "SELECT max(message_id) FROM events WHERE thread_id = :t AND kind = 'no_response_needed' "
    "AND id > coalesce((SELECT max(id) FROM events WHERE thread_id = :t AND kind = 'reopened'), 0)"
)


def _settled_through(session: Session, thread_id: int) -> int | None:
    """The last message id a standing "no response needed" decision covers (one indexed
    statement: this runs for every thread a sync touches)."""
    value = session.execute(_SETTLED, {"t": thread_id}).scalar()
    return None if value is None else int(value)


def mark_no_response_needed(
    session: Session, thread_id: int, *, at: datetime | None = None
) -> None:
    """Stop the clock for a thread: the buyer messages so far need no answer.

    The event records the last message the decision covers, so a later buyer message
    starts a new 24-hour clock of its own.
    """
    last = session.scalar(select(func.max(Message.id)).where(Message.thread_id == thread_id))
    session.execute(
        update(Thread)
        .where(Thread.id == thread_id)
        .values(state="no_response_needed", response_due_at=None)
    )
    at = at or utcnow()
    session.add(Event(kind="no_response_needed", thread_id=thread_id, message_id=last, at=at))
    refresh_clock(session, thread_id)


def reopen_thread(session: Session, thread_id: int, *, at: datetime | None = None) -> None:
    """Undo "no response needed": the clock runs again from the oldest unanswered message."""
    session.add(Event(kind="reopened", thread_id=thread_id, at=at or utcnow()))
    session.flush()
    session.execute(update(Thread).where(Thread.id == thread_id).values(state="open"))
    recompute_thread(session, thread_id, reopen=True)


def mark_read(session: Session, thread_id: int, read: bool = True) -> None:
    """Mark every received message of a thread read (or the thread unread)."""
    if read:
        session.execute(
            update(Message)
            .where(Message.thread_id == thread_id, Message.direction == "in")
            .values(read=True)
        )
        session.execute(update(Thread).where(Thread.id == thread_id).values(unread=False))
    else:
        last_in = session.scalar(
            select(Message.id)
            .where(Message.thread_id == thread_id, Message.direction == "in")
            .order_by(Message.created_at.desc(), Message.id.desc())
            .limit(1)
        )
        if last_in is not None:
            session.execute(update(Message).where(Message.id == last_in).values(read=False))
        session.execute(update(Thread).where(Thread.id == thread_id).values(unread=True))


def order_thread(session: Session, order: Order, subject: str, now: datetime) -> Thread:
    """The order's newest thread; with none, a seller-initiated one for the order's buyer
    (nothing is owed on it), or for a placeholder buyer of the order when the inbox does
    not know the buyer yet (merged into the real one later: services/order_buyers.py)."""
    thread = session.scalar(
        select(Thread)
        .where(Thread.amazon_order_id == order.amazon_order_id)
        .order_by(Thread.last_activity_at.desc(), Thread.id.desc())
        .limit(1)
    )
    if thread is not None:
        return thread
    thread = Thread(
        buyer_id=buyer_for_order(session, order).id,
        order_id=order.id,
        amazon_order_id=order.amazon_order_id,
        marketplace_id=order.marketplace_id,
        subject=subject,
        buyer_initiated=False,
        state="answered",  # nothing is owed on a thread the seller starts
        unread=False,
        created_at=now,
        last_activity_at=now,
    )
    session.add(thread)
    session.flush()
    session.add(Event(kind="thread_started", thread_id=thread.id, detail=order.amazon_order_id))
    return thread
