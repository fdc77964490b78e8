"""What a new user has set up so far (for the first-run guide): a mail account, any
orders, any threads. Three indexed existence checks; run it off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from inbox_app.store.migrate import Store
from inbox_app.store.schema import Order, SellerAccount, Thread


@dataclass(frozen=True)
class SetupProgress:
    """What exists in the store."""

    has_account: bool
    has_orders: bool
    has_threads: bool


def setup_progress(store: Store) -> SetupProgress:
    with store.session() as s:
        return SetupProgress(
            has_account=s.scalar(select(SellerAccount.id).limit(1)) is not None,
            has_orders=s.scalar(select(Order.id).limit(1)) is not None,
            has_threads=s.scalar(select(Thread.id).limit(1)) is not None,
        )
