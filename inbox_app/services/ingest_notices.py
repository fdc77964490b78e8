"""Amazon's notices in the mailbox: Seller Central copies, opt-out bounces, blocked messages.

Rare, so stored one by one with plain ORM queries (the caller flushes pending rows first).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from inbox_app.mail.relay import RelayMessage
from inbox_app.services.threads import order_thread, recompute_thread
from inbox_app.store.schema import Buyer, Event, Message, MessageRaw, Order, Thread, utcnow

_OUT_MATCHABLE = ("sent", "unknown", "sending", "bounced", "failed")


def when(relay: RelayMessage, internal_date: datetime | None) -> datetime:
    """The time a mail counts from: the server's INTERNALDATE, else its Date, else now."""
    return internal_date or relay.date or utcnow()


def store_copy(
    session: Session, relay: RelayMessage, raw: bytes, internal_date: datetime | None
) -> tuple[int, int] | None:
    """A reply sent through Seller Central: an outgoing message, status sent."""
    thread = None
    if relay.order_id:
        thread = session.execute(
            select(Thread)
            .where(Thread.amazon_order_id == relay.order_id)
            .order_by(Thread.id.desc())
            .limit(1)
        ).scalar_one_or_none()
    if thread is None and relay.buyer_name:
        candidates = list(
            session.execute(
                select(Thread)
                .join(Buyer, Buyer.id == Thread.buyer_id)
                .where(Buyer.display_name == relay.buyer_name)
                .order_by(Thread.last_activity_at.desc())
                .limit(2)
            ).scalars()
        )
        thread = candidates[0] if len(candidates) == 1 else None
    if thread is None:
        return None
    at = when(relay, internal_date)
    message = Message(
        thread_id=thread.id,
        direction="out",
        status="sent",
        subject=relay.subject,
        body_text=relay.text,
        created_at=at,
        sent_at=at,
        updated_at=utcnow(),
        read=True,
        message_id_header=relay.message_id,
        notice_kind="copy",
        parse_problem=relay.problem,
    )
    session.add(message)
    session.flush()
    session.add(MessageRaw(message_id=message.id, raw=raw))
    session.add(Event(kind="sent_via_seller_central", thread_id=thread.id, message_id=message.id))
    recompute_thread(session, thread.id)
    return message.id, thread.id


def _target_outgoing(session: Session, relay: RelayMessage) -> Message | None:
    ids = [i for i in (relay.in_reply_to, *relay.references) if i]
    if ids:
        found = session.execute(
            select(Message)
            .where(Message.message_id_header.in_(ids), Message.direction == "out")
            .order_by(Message.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        if found is not None:
            return found
    query = select(Message).join(Thread, Thread.id == Message.thread_id)
    query = query.where(Message.direction == "out", Message.status.in_(_OUT_MATCHABLE))
    query = query.where(Message.notice_kind.is_(None) | (Message.notice_kind != "copy"))
    if relay.order_id:
        query = query.where(Thread.amazon_order_id == relay.order_id)
    elif relay.alias:
        query = query.join(Buyer, Buyer.id == Thread.buyer_id).where(Buyer.alias == relay.alias)
    else:
        return None
    return session.execute(
        query.order_by(Message.sent_at.desc(), Message.id.desc()).limit(1)
    ).scalar_one_or_none()


def store_notice(
    session: Session, relay: RelayMessage, raw: bytes, internal_date: datetime | None
) -> tuple[int, int] | None:
    """An opt-out bounce or a blocked-message notice: mark the outgoing message and buyer."""
    target = _target_outgoing(session, relay)
    notice_text = relay.notice_text or ""
    bounce = relay.kind == "opt_out_bounce"
    kind = "bounce" if bounce else "blocked"
    thread = session.get(Thread, target.thread_id) if target is not None else None
    if thread is None and relay.order_id:
        # sent from Seller Central or another client: no outgoing message here, but the
        # notice names the order, and the order's thread names the buyer
        thread = session.execute(
            select(Thread)
            .where(Thread.amazon_order_id == relay.order_id)
            .order_by(Thread.last_activity_at.desc(), Thread.id.desc())
            .limit(1)
        ).scalar_one_or_none()
    if thread is None and relay.alias:
        thread = session.execute(
            select(Thread)
            .join(Buyer, Buyer.id == Thread.buyer_id)
            .where(Buyer.alias == relay.alias)
            .order_by(Thread.last_activity_at.desc())
            .limit(1)
        ).scalar_one_or_none()
    if thread is None and relay.order_id:
        # the order came from a report or the API and nobody wrote about it here yet:
        # its buyer is known, so the notice starts the order's thread for that buyer
        order = session.scalar(select(Order).where(Order.amazon_order_id == relay.order_id))
        if order is not None:
            thread = order_thread(session, order, relay.subject, when(relay, internal_date))
    if thread is None:
        return None
    now = utcnow()
    if target is not None:
        target.notice_kind = kind
        target.notice_text = notice_text
        target.status = "bounced" if bounce else "failed"
        if not bounce:
            target.error = notice_text
    if bounce:
        buyer = session.get(Buyer, thread.buyer_id)
        if buyer is not None and not buyer.opted_out:
            buyer.opted_out = True
            buyer.opted_out_at = now
    at = when(relay, internal_date)
    notice = Message(
        thread_id=thread.id,
        direction="in",
        status="received",
        subject=relay.subject,
        body_text="",
        notice_kind=kind,
        notice_text=notice_text,
        created_at=at,
        updated_at=now,
        read=True,
        message_id_header=relay.message_id,
        in_reply_to=relay.in_reply_to,
        parse_problem=relay.problem,
    )
    session.add(notice)
    session.flush()
    session.add(MessageRaw(message_id=notice.id, raw=raw))
    session.add(
        Event(
            kind="bounced" if bounce else "blocked",
            thread_id=thread.id,
            message_id=target.id if target is not None else notice.id,
            detail=notice_text[:500],
        )
    )
    recompute_thread(session, thread.id)
    return notice.id, thread.id
