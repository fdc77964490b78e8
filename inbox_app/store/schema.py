"""The ORM schema (SQLAlchemy 2 typed mappings): every table of the local store.

Timestamps are stored as integer UTC epoch seconds (`Timestamp`): compact, fast to
sort and compare, identical on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    func,
    literal_column,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from inbox_app.store.epochs import NEVER_EPOCH  # re-exported: the schema's due index uses it

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Timestamp(TypeDecorator[datetime]):
    """An aware UTC datetime stored as whole epoch seconds."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return int(value.timestamp())

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.fromtimestamp(int(value), UTC)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# Thread states and message statuses: plain strings in the database.
THREAD_STATES = ("open", "answered", "no_response_needed")
MESSAGE_STATUSES = (
    "draft",
    "queued",
    "sending",
    "sent",
    "failed",
    "received",
    "bounced",
    "unknown",
)
ORDER_TYPES = ("standard", "handmade", "custom", "wine")


class Marketplace(Base):
    __tablename__ = "marketplaces"

    id: Mapped[str] = mapped_column(String(20), primary_key=True)  # Amazon id, e.g. ATVPDKIKX0DER
    code: Mapped[str] = mapped_column(String(4), unique=True)  # US, UK, DE...
    name: Mapped[str] = mapped_column(String(40))  # Amazon.com
    domain: Mapped[str] = mapped_column(String(40))  # amazon.com
    relay_tld: Mapped[str] = mapped_column(String(10))  # com, co.uk, de
    language: Mapped[str] = mapped_column(String(8))  # en, de, ja
    region: Mapped[str] = mapped_column(String(2))  # phone region: US, GB, DE
    important_tag: Mapped[str] = mapped_column(String(20), default="[Important]")


class SellerAccount(Base):
    """A mailbox the seller answers from. Passwords are in the OS keyring, never here."""

    __tablename__ = "seller_accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    address: Mapped[str] = mapped_column(String(254))
    display_name: Mapped[str] = mapped_column(String(120), default="")
    imap_host: Mapped[str] = mapped_column(String(253), default="")
    imap_port: Mapped[int] = mapped_column(Integer, default=993)
    imap_tls: Mapped[str] = mapped_column(String(10), default="implicit")
    imap_user: Mapped[str] = mapped_column(String(254), default="")
    imap_folders: Mapped[str] = mapped_column(Text, default="INBOX")  # newline-separated
    smtp_host: Mapped[str] = mapped_column(String(253), default="")
    smtp_port: Mapped[int] = mapped_column(Integer, default=465)
    smtp_tls: Mapped[str] = mapped_column(String(10), default="implicit")
    smtp_user: Mapped[str] = mapped_column(String(254), default="")
    marketplaces: Mapped[str] = mapped_column(Text, default="")  # comma-separated codes
    save_password: Mapped[bool] = mapped_column(Boolean, default=True)
    # PEM file of a CA (or the server's own certificate) to trust for this account only
    ca_file: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)


class Buyer(Base):
    """A buyer, known only by the tokenized relay alias (never the real address)."""

    __tablename__ = "buyers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    alias: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    marketplace_id: Mapped[str | None] = mapped_column(ForeignKey("marketplaces.id"))
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False)
    opted_out_at: Mapped[datetime | None] = mapped_column(Timestamp)
    language: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Amazon order ids are unique across marketplaces; the marketplace is kept beside it.
    amazon_order_id: Mapped[str] = mapped_column(String(19), unique=True)
    marketplace_id: Mapped[str | None] = mapped_column(ForeignKey("marketplaces.id"))
    buyer_id: Mapped[int | None] = mapped_column(ForeignKey("buyers.id", ondelete="SET NULL"))
    # the buyer's locale from GetAttributes, and when it was asked (none: never)
    buyer_locale: Mapped[str | None] = mapped_column(String(8))
    locale_checked_at: Mapped[datetime | None] = mapped_column(Timestamp)
    purchase_date: Mapped[datetime | None] = mapped_column(Timestamp)
    last_updated: Mapped[datetime | None] = mapped_column(Timestamp)
    status: Mapped[str] = mapped_column(String(40), default="")
    fulfillment_channel: Mapped[str] = mapped_column(String(20), default="")
    sales_channel: Mapped[str] = mapped_column(String(40), default="")
    ship_service_level: Mapped[str] = mapped_column(String(60), default="")
    ship_city: Mapped[str] = mapped_column(String(120), default="")
    ship_state: Mapped[str] = mapped_column(String(120), default="")
    ship_postal_code: Mapped[str] = mapped_column(String(40), default="")
    ship_country: Mapped[str] = mapped_column(String(4), default="")
    currency: Mapped[str] = mapped_column(String(4), default="")
    total_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    # standard | handmade | custom | wine; `order_type_manual` = set by the seller for this order
    order_type: Mapped[str] = mapped_column(String(10), default="standard")
    order_type_manual: Mapped[bool] = mapped_column(Boolean, default=False)
    promise_date: Mapped[datetime | None] = mapped_column(Timestamp)
    delivery_start: Mapped[datetime | None] = mapped_column(Timestamp)
    delivery_end: Mapped[datetime | None] = mapped_column(Timestamp)
    delivered_at: Mapped[datetime | None] = mapped_column(Timestamp)
    review_requested_at: Mapped[datetime | None] = mapped_column(Timestamp)
    is_business: Mapped[bool] = mapped_column(Boolean, default=False)
    is_prime: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow, onupdate=utcnow)

    items: Mapped[list[OrderItem]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderItem.id"
    )

    __table_args__ = (
        Index("ix_orders_purchase", "purchase_date", "id"),
        Index("ix_orders_buyer", "buyer_id"),
    )


class OrderItem(Base):
    __tablename__ = "order_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    # order-item-id where the report has one, else the SKU: what makes an item unique
    item_key: Mapped[str] = mapped_column(String(80))
    sku: Mapped[str] = mapped_column(String(80), default="")
    asin: Mapped[str] = mapped_column(String(20), default="")
    product_name: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    item_price: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    currency: Mapped[str] = mapped_column(String(4), default="")
    item_status: Mapped[str] = mapped_column(String(40), default="")

    order: Mapped[Order] = relationship(back_populates="items")

    __table_args__ = (UniqueConstraint("order_id", "item_key", name="uq_order_items_key"),)


class SkuRule(Base):
    """The seller's marking of SKUs (exact or glob pattern) as handmade / custom / wine."""

    __tablename__ = "sku_rules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pattern: Mapped[str] = mapped_column(String(120), unique=True)
    order_type: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)


class Thread(Base):
    """One conversation with one buyer, usually about one order."""

    __tablename__ = "threads"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    buyer_id: Mapped[int] = mapped_column(ForeignKey("buyers.id"))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id", ondelete="SET NULL"))
    # kept even before the order itself is imported, so the two link up later
    amazon_order_id: Mapped[str | None] = mapped_column(String(19))
    marketplace_id: Mapped[str | None] = mapped_column(ForeignKey("marketplaces.id"))
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("seller_accounts.id", ondelete="SET NULL")
    )
    subject: Mapped[str] = mapped_column(Text, default="")
    buyer_initiated: Mapped[bool] = mapped_column(Boolean, default=True)
    state: Mapped[str] = mapped_column(String(20), default="open")
    unread: Mapped[bool] = mapped_column(Boolean, default=True)
    last_activity_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    # 24 h after the oldest unanswered buyer message; NULL when nothing is owed
    response_due_at: Mapped[datetime | None] = mapped_column(Timestamp)
    message_count: Mapped[int] = mapped_column(Integer, default=0)
    snippet: Mapped[str] = mapped_column(String(200), default="")
    has_draft: Mapped[bool] = mapped_column(Boolean, default=False)
    # the most pressing outgoing state (queued/sending/failed/unknown), NULL when none
    outbox_state: Mapped[str | None] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)

    __table_args__ = (
        Index("ix_threads_activity", "last_activity_at", "id"),
        Index("ix_threads_state_activity", "state", "last_activity_at", "id"),
        Index("ix_threads_buyer", "buyer_id"),
        Index("ix_threads_order", "order_id"),
        Index("ix_threads_amazon_order", "amazon_order_id"),
    )


DUE_KEY_SQL = f"coalesce(threads.response_due_at, {NEVER_EPOCH})"
due_key = func.coalesce(Thread.__table__.c.response_due_at, literal_column(str(NEVER_EPOCH)))
Index("ix_threads_due", Thread.__table__.c.state, due_key, Thread.__table__.c.id)
Index(
    "ix_threads_mp_due",
    Thread.__table__.c.marketplace_id,
    Thread.__table__.c.state,
    due_key,
    Thread.__table__.c.id,
)


class Message(Base):
    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"))
    direction: Mapped[str] = mapped_column(String(3))  # "in" | "out"
    status: Mapped[str] = mapped_column(String(10))
    subject: Mapped[str] = mapped_column(Text, default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow, onupdate=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(Timestamp)
    read: Mapped[bool] = mapped_column(Boolean, default=False)
    important: Mapped[bool] = mapped_column(Boolean, default=False)
    message_id_header: Mapped[str | None] = mapped_column(String(998))
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    references: Mapped[str | None] = mapped_column(Text)
    # notices from Amazon: bounce (opt-out), blocked (guidelines), copy (sent via Seller Central)
    notice_kind: Mapped[str | None] = mapped_column(String(10))
    notice_text: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)
    parse_problem: Mapped[str | None] = mapped_column(Text)
    send_attempts: Mapped[int] = mapped_column(Integer, default=0)
    release_at: Mapped[datetime | None] = mapped_column(Timestamp)  # end of the undo window
    next_attempt_at: Mapped[datetime | None] = mapped_column(Timestamp)
    # a draft's save count: a save names the version it started from (two windows, one draft)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # the team seat whose draft this is (each person drafts their own); None: a single seller
    draft_seat_id: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (
        Index("ix_messages_thread", "thread_id", "created_at", "id"),
        Index("ix_messages_status", "status", "release_at"),
        Index("ix_messages_msgid", "message_id_header"),
    )


class MessageRaw(Base):
    """The original MIME bytes of received mail, kept out of the hot messages table."""

    __tablename__ = "message_raw"

    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )
    raw: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Base):
    """Attachment metadata; the bytes live once per sha256 in the data dir (store.blobs)."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))  # sniffed from the bytes
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    problem: Mapped[str | None] = mapped_column(Text)  # why it may not be sent / opened

    __table_args__ = (
        Index("ix_attachments_message", "message_id"),
        Index("ix_attachments_sha", "sha256"),
    )


class Template(Base):
    """A saved reply with {placeholders}."""

    __tablename__ = "templates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    language: Mapped[str] = mapped_column(String(8), default="en")
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow, onupdate=utcnow)

    __table_args__ = (UniqueConstraint("name", "language", name="uq_templates_name_lang"),)


class Event(Base):
    """The event log: what happened to threads and messages, for audit and metrics."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    kind: Mapped[str] = mapped_column(String(40))
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    detail: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_events_thread", "thread_id", "at"),)
