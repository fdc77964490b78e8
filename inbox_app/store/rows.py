"""Frozen rows the store hands out: plain data, never live ORM objects.

The hot rows (threads, messages, attachments) are NamedTuples built straight from the
database's tuples: timestamps stay epoch seconds (`*_ts`) and convert to aware UTC
datetimes on access (`*_at`); flags may arrive as 0/1, which compare equal to bools.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import NamedTuple


def _dt(ts: int | None) -> datetime | None:
    return None if ts is None else datetime.fromtimestamp(ts, UTC)


class ThreadRow(NamedTuple):
    id: int
    subject: str
    buyer_id: int
    buyer_alias: str
    buyer_name: str
    buyer_opted_out: bool
    marketplace: str  # code: US, DE...
    amazon_order_id: str | None
    order_id: int | None
    order_type: str
    state: str  # open | answered | no_response_needed
    buyer_initiated: bool
    unread: bool
    last_activity_ts: int
    response_due_ts: int | None
    message_count: int
    snippet: str
    has_draft: bool
    outbox_state: str | None
    assignee_id: str | None = None  # the seat the thread is assigned to (a team inbox)
    assignee: str | None = None  # that seat's person
    outbox_reason: str | None = None  # the error of its newest unsent message, if any

    @property
    def last_activity_at(self) -> datetime:
        return datetime.fromtimestamp(self.last_activity_ts, UTC)

    @property
    def response_due_at(self) -> datetime | None:
        """24 h after the oldest unanswered buyer message; None when nothing is owed."""
        return _dt(self.response_due_ts)


PAGE_SIZE = 200  # rows in one keyset page of a list


@dataclass(frozen=True, slots=True)
class ThreadPage:
    rows: tuple[ThreadRow, ...]
    # pass back as `after=` for the next page; None when there is no more
    next_cursor: tuple[int, ...] | None


class AttachmentRow(NamedTuple):
    id: int
    message_id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    problem: str | None


class MessageRow(NamedTuple):
    id: int
    thread_id: int
    direction: str  # in | out
    status: str
    subject: str
    body_text: str
    body_html: str | None
    created_ts: int
    sent_ts: int | None
    read: bool
    important: bool
    notice_kind: str | None
    notice_text: str | None
    error: str | None
    parse_problem: str | None
    message_id_header: str | None
    attachments: tuple[AttachmentRow, ...] = ()
    author: str | None = None  # the person whose seat wrote this reply (a team inbox)

    @property
    def created_at(self) -> datetime:
        return datetime.fromtimestamp(self.created_ts, UTC)

    @property
    def sent_at(self) -> datetime | None:
        return _dt(self.sent_ts)


@dataclass(frozen=True, slots=True)
class OrderItemRow:
    id: int
    sku: str
    asin: str
    product_name: str
    quantity: int
    item_price: Decimal | None
    currency: str
    item_status: str


@dataclass(frozen=True, slots=True)
class OrderRow:
    id: int
    amazon_order_id: str
    marketplace: str
    purchase_date: datetime | None
    status: str
    order_type: str
    currency: str
    total_amount: Decimal | None
    item_count: int
    first_product: str
    thread_count: int
    buyer_alias: str | None
    delivery_end: datetime | None


@dataclass(frozen=True, slots=True)
class OrderDetail:
    order: OrderRow
    items: tuple[OrderItemRow, ...]
    last_updated: datetime | None
    promise_date: datetime | None
    delivery_start: datetime | None
    delivery_end: datetime | None
    delivered_at: datetime | None
    review_requested_at: datetime | None
    order_type_manual: bool
    fulfillment_channel: str
    ship_service_level: str
    ship_city: str
    ship_country: str
    buyer_name: str | None
    buyer_opted_out: bool


@dataclass(frozen=True, slots=True)
class ThreadDetail:
    thread: ThreadRow
    messages: tuple[MessageRow, ...]
    order: OrderDetail | None


@dataclass(frozen=True, slots=True)
class ViewCounts:
    """Counts for the sidebar's saved views."""

    all_open: int
    due_soon: int
    overdue: int
    opted_out: int
    answered: int
    no_response_needed: int
    per_marketplace: dict[str, int] = field(default_factory=dict)
    mine: int | None = None  # open threads assigned to this seat (a team inbox only)
    outbox: int = 0  # messages queued, sending, failed or that may have been sent
    drafts: int = 0  # threads with a saved draft


VIEWING, REPLYING = "viewing", "replying"  # what another seat does on a thread


@dataclass(frozen=True, slots=True)
class Someone:
    """Another seat on a thread (a team inbox): its person, what it does there, since
    when, and when it is gone from sight without a heartbeat."""

    seat_id: str
    person: str
    activity: str
    since: datetime
    expires_at: datetime | None = None
