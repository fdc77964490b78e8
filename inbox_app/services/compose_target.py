"""What the compose pane needs to know about a thread or an order: the policy Context,
the default subject, the buyer's label and the values that fill template placeholders."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from inbox_app.policy import (
    Context,
)
from inbox_app.policy.tags import preferred_tag
from inbox_app.store.marketplaces import BY_CODE, BY_ID
from inbox_app.store.placeholder_buyers import is_placeholder
from inbox_app.store.schema import Buyer, Message, Order, OrderItem, SellerAccount, Thread

REPLY_PREFIX = "Re: "
# C0/C1 line breaks that a Subject header refuses (TESTING-NOTES 7.19).
_HEADER_BREAKS = dict.fromkeys(map(ord, "\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029"), " ")


@dataclass(frozen=True, slots=True)
class ComposeInfo:
    """Everything the compose pane shows and checks against, as plain data."""

    thread_id: int | None  # None: a new message from an order whose thread does not exist yet
    order_id: int | None
    context: Context
    important_tag: str  # the marketplace's spelling: "[Important]", "[Wichtig]"
    default_subject: str
    buyer_label: str  # buyer's name, else the alias, for the pane's header
    values: dict[str, str] = field(default_factory=dict)  # template placeholders
    has_buyer: bool = True  # False: an order whose buyer (relay alias) is not known yet

    @property
    def marketplace(self) -> str:
        return self.context.marketplace


class NoSuchTargetError(LookupError):
    """The thread or order to write to does not exist (any more)."""


def clean_subject(text: str) -> str:
    """A subject that can become a header: no line-break characters of any kind."""
    return text.translate(_HEADER_BREAKS)


def reply_subject(subject: str) -> str:
    subject = clean_subject(subject).strip()
    if subject.lower().startswith(("re:", "aw:", "r:", "rv:", "sv:")):
        return subject
    return f"{REPLY_PREFIX}{subject}" if subject else ""


def days_since(when: datetime | None, now: datetime) -> int | None:
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0, math.floor((now - when).total_seconds() / 86400))


def _marketplace_code(marketplace_id: str | None) -> str:
    mp = BY_ID.get(marketplace_id or "")
    return mp.code if mp else "US"


def _order_values(session: Session, order: Order | None) -> dict[str, str]:
    if order is None:
        return {}
    product = session.scalar(
        select(OrderItem.product_name).where(OrderItem.order_id == order.id).order_by(OrderItem.id)
    )
    delivery = order.delivered_at or order.delivery_end or order.promise_date
    return {
        "order_id": order.amazon_order_id,
        "product": product or "",
        "delivery_date": delivery.date().isoformat() if delivery else "",
    }


def _answers_buyer(session: Session, thread: Thread) -> bool:
    # A reply to a buyer's inquiry is never unsolicited, even on a thread the seller began.
    if thread.buyer_initiated:
        return True
    received = session.scalar(
        select(Message.id)
        .where(
            Message.thread_id == thread.id,
            Message.direction == "in",
            Message.status == "received",
            Message.notice_kind.is_(None),
        )
        .limit(1)
    )
    return received is not None


def _seller_name(session: Session, account_id: int | None) -> str:
    stmt = select(SellerAccount.display_name, SellerAccount.name)
    if account_id is not None:
        stmt = stmt.where(SellerAccount.id == account_id)
    row = session.execute(stmt.order_by(SellerAccount.id).limit(1)).first()
    return (row[0] or row[1]) if row else ""


def _build(
    session: Session,
    *,
    thread: Thread | None,
    order: Order | None,
    buyer: Buyer | None,
    now: datetime,
) -> ComposeInfo:
    mp_id = (thread.marketplace_id if thread else None) or (order.marketplace_id if order else None)
    code = _marketplace_code(mp_id or (buyer.marketplace_id if buyer else None))
    mp = BY_CODE.get(code)
    delivered = None
    if order is not None:
        delivered = order.delivered_at or order.delivery_end
    amazon_order_id = (order.amazon_order_id if order else None) or (
        thread.amazon_order_id if thread else None
    )
    review_requested = order is not None and order.review_requested_at is not None
    ctx = Context(
        buyer_initiated=thread is not None and _answers_buyer(session, thread),
        opted_out=bool(buyer.opted_out) if buyer else False,
        order_type=order.order_type if order else "standard",
        marketplace=code,
        buyer_language=(buyer.language if buyer else None)
        or (order.buyer_locale if order else None)
        or (mp.language if mp else None),
        delivered_days_ago=days_since(delivered, now),
        review_already_requested=review_requested,
        order_id=amazon_order_id,
    )
    buyer_name = (buyer.display_name if buyer else "") or ""
    values = {"buyer_name": buyer_name, "order_id": amazon_order_id or ""}
    values.update(_order_values(session, order))
    values["seller_name"] = _seller_name(session, thread.account_id if thread else None)
    values["marketplace"] = mp.name if mp else ""
    if thread is not None:
        default_subject = reply_subject(thread.subject)
    elif amazon_order_id:
        default_subject = f"Order {amazon_order_id}"
    else:
        default_subject = ""
    mailable = buyer if buyer is not None and not is_placeholder(buyer.alias) else None
    return ComposeInfo(
        thread_id=thread.id if thread else None,
        order_id=order.id if order else None,
        context=ctx,
        important_tag=preferred_tag(code),
        default_subject=default_subject,
        buyer_label=buyer_name or (mailable.alias if mailable else ""),
        values=values,
        has_buyer=mailable is not None,
    )


def info_for_thread(session: Session, thread_id: int, now: datetime | None = None) -> ComposeInfo:
    thread = session.get(Thread, thread_id)
    if thread is None:
        raise NoSuchTargetError(f"thread {thread_id} does not exist")
    order = session.get(Order, thread.order_id) if thread.order_id is not None else None
    buyer = session.get(Buyer, thread.buyer_id)
    return _build(session, thread=thread, order=order, buyer=buyer, now=now or datetime.now(UTC))


def info_for_order(session: Session, order_id: int, now: datetime | None = None) -> ComposeInfo:
    """A seller-initiated message about an order ("Contact buyer")."""
    order = session.get(Order, order_id)
    if order is None:
        raise NoSuchTargetError(f"order {order_id} does not exist")
    buyer = session.get(Buyer, order.buyer_id) if order.buyer_id is not None else None
    return _build(session, thread=None, order=order, buyer=buyer, now=now or datetime.now(UTC))


def compose_info(
    session: Session,
    *,
    thread_id: int | None = None,
    order_id: int | None = None,
    now: datetime | None = None,
) -> ComposeInfo:
    """The compose info for a reply (thread_id) or a new message (order_id)."""
    if thread_id is not None:
        return info_for_thread(session, thread_id, now)
    if order_id is not None:
        return info_for_order(session, order_id, now)
    raise ValueError("pass a thread_id or an order_id")


def context_for_thread(session: Session, thread_id: int, now: datetime | None = None) -> Context:
    return info_for_thread(session, thread_id, now).context


def context_for_order(session: Session, order_id: int, now: datetime | None = None) -> Context:
    return info_for_order(session, order_id, now).context


def last_received_header(session: Session, thread_id: int) -> str | None:
    """The Message-ID of the buyer's newest message: what a reply answers."""
    return session.scalar(
        select(Message.message_id_header)
        .where(
            Message.thread_id == thread_id,
            Message.direction == "in",
            Message.message_id_header.is_not(None),
        )
        .order_by(Message.created_at.desc(), Message.id.desc())
        .limit(1)
    )
