"""Notices waiting for their order (migration 0009): an opt-out bounce or a blocked-
message notice that names an order the store does not know yet, kept with its mail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from inbox_app.store.schema import Base, Timestamp, utcnow


class PendingNotice(Base):
    __tablename__ = "pending_notices"
    __table_args__ = (Index("ix_pending_notices_order", "amazon_order_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    amazon_order_id: Mapped[str] = mapped_column(String(32))
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    internal_date: Mapped[datetime | None] = mapped_column(Timestamp)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
