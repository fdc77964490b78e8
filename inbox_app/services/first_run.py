"""What a new user has set up so far (for the first-run guide): a mail account, any
orders, any threads. Three indexed existence checks on the caller's read snapshot
(InboxService.setup_progress opens it); run it off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when it runs (on a worker, after the first paint)
    from sqlalchemy import Connection


@dataclass(frozen=True)
class SetupProgress:
    """What exists in the store."""

    has_account: bool
    has_orders: bool
    has_threads: bool


def setup_progress(conn: Connection) -> SetupProgress:
    """What exists, read on `conn` (a reader's snapshot: three reads need no write lock;
    a Session's BEGIN IMMEDIATE waited behind whatever writer held it)."""
    from sqlalchemy import select

    from inbox_app.store.schema import Order, SellerAccount, Thread

    return SetupProgress(
        has_account=conn.scalar(select(SellerAccount.id).limit(1)) is not None,
        has_orders=conn.scalar(select(Order.id).limit(1)) is not None,
        has_threads=conn.scalar(select(Thread.id).limit(1)) is not None,
    )
