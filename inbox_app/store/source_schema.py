"""The tables of where mail and orders come from: each IMAP folder's sync state, the
origin of every imported mail (for dedupe), the seller's Selling Partner API connection.
Beside the core schema (schema.py), on the same Base."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from inbox_app.store.schema import Base, Timestamp, utcnow


class SyncFolder(Base):
    """IMAP sync state per account and folder."""

    __tablename__ = "sync_folders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("seller_accounts.id", ondelete="CASCADE"))
    folder: Mapped[str] = mapped_column(String(400))
    uidvalidity: Mapped[int] = mapped_column(BigInteger, default=0)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow, onupdate=utcnow)

    __table_args__ = (UniqueConstraint("account_id", "folder", name="uq_sync_folders_folder"),)


class MailSource(Base):
    """Where an imported mail came from: dedupe by (folder, uidvalidity, uid) and content hash."""

    __tablename__ = "mail_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("seller_accounts.id", ondelete="CASCADE")
    )
    folder: Mapped[str] = mapped_column(String(400), default="")
    uidvalidity: Mapped[int] = mapped_column(BigInteger, default=0)
    uid: Mapped[int] = mapped_column(BigInteger, default=0)
    content_hash: Mapped[str] = mapped_column(String(64))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))

    __table_args__ = (
        Index("ix_mail_sources_hash", "content_hash"),
        Index("ix_mail_sources_uid", "account_id", "folder", "uidvalidity", "uid"),
    )


class AmazonConnection(Base):
    """The seller's own SP-API app (LWA client id, region, URLs) and its orders-sync cursor.

    The client secret and the refresh token are in the OS keyring, never here. A sync in
    progress keeps its window and page token, so a crash resumes on the same page.
    """

    __tablename__ = "amazon_connections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    region: Mapped[str] = mapped_column(String(2))
    client_id: Mapped[str] = mapped_column(String(200))
    marketplaces: Mapped[str] = mapped_column(Text, default="")  # comma-separated codes
    endpoint: Mapped[str] = mapped_column(Text)
    token_url: Mapped[str] = mapped_column(Text)
    orders_synced_to: Mapped[datetime | None] = mapped_column(Timestamp)  # next lastUpdatedAfter
    window_start: Mapped[datetime | None] = mapped_column(Timestamp)  # a sync in progress
    window_end: Mapped[datetime | None] = mapped_column(Timestamp)
    page_token: Mapped[str | None] = mapped_column(Text)
    last_sync_at: Mapped[datetime | None] = mapped_column(Timestamp)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
