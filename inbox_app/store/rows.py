"""Frozen rows the store hands out: plain data, never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class ThreadRow:
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
    last_activity_at: datetime
    response_due_at: datetime | None
    message_count: int
    snippet: str
    has_draft: bool
    outbox_state: str | None


@dataclass(frozen=True, slots=True)
class ThreadPage:
    rows: tuple[ThreadRow, ...]
    # pass back as `after=` for the next page; None when there is no more
    next_cursor: tuple[int, ...] | None


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    id: int
    message_id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    problem: str | None


@dataclass(frozen=True, slots=True)
class MessageRow:
    id: int
    thread_id: int
    direction: str  # in | out
    status: str
    subject: str
    body_text: str
    body_html: str | None
    created_at: datetime
    sent_at: datetime | None
    read: bool
    important: bool
    notice_kind: str | None
    notice_text: str | None
    error: str | None
    parse_problem: str | None
    message_id_header: str | None
    attachments: tuple[AttachmentRow, ...] = ()


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
