"""The team tables (migration 0005): seats, presence, who a thread is assigned to, and
which seat wrote each reply. They live beside the core schema so a single seller's store
simply has them empty."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from inbox_app.store.schema import Base, Timestamp, utcnow


class Seat(Base):
    """One person's app on the shared store (the id is kept in that seat's settings)."""

    __tablename__ = "seats"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person: Mapped[str] = mapped_column(String(120))
    joined_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    left_at: Mapped[datetime | None] = mapped_column(Timestamp)


class Presence(Base):
    """What a seat is doing right now: viewing or replying to a thread, until it expires
    (a seat that stops beating its heart disappears on its own)."""

    __tablename__ = "presence"

    seat_id: Mapped[str] = mapped_column(
        ForeignKey("seats.id", ondelete="CASCADE"), primary_key=True
    )
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"))
    activity: Mapped[str] = mapped_column(String(10))  # "viewing" | "replying"
    since: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(Timestamp)

    __table_args__ = (Index("ix_presence_thread", "thread_id", "expires_at"),)


class ThreadAssignment(Base):
    __tablename__ = "thread_assignments"

    thread_id: Mapped[int] = mapped_column(
        ForeignKey("threads.id", ondelete="CASCADE"), primary_key=True
    )
    seat_id: Mapped[str] = mapped_column(ForeignKey("seats.id", ondelete="CASCADE"))
    assigned_by: Mapped[str | None] = mapped_column(String(36))
    assigned_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)

    __table_args__ = (Index("ix_thread_assignments_seat", "seat_id", "thread_id"),)


class MessageAuthor(Base):
    __tablename__ = "message_authors"

    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )
    seat_id: Mapped[str] = mapped_column(ForeignKey("seats.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)

    __table_args__ = (Index("ix_message_authors_seat", "seat_id", "message_id"),)


__all__ = ["MessageAuthor", "Presence", "Seat", "ThreadAssignment"]
