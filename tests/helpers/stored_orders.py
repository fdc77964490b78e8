"""Orders as the store holds them, for the order-report integration tests: three order
ids the report rows use, and one order read back with its items."""

from __future__ import annotations

from sqlalchemy import select

from inbox_app.store.migrate import Store
from inbox_app.store.schema import Order

A = "111-0000001-0000001"
B = "222-0000002-0000002"
C = "333-0000003-0000003"


def stored_order(store: Store, amazon_id: str) -> Order:
    """The order `amazon_id` with its items loaded (usable after the session closed)."""
    with store.session() as s:
        order = s.execute(select(Order).where(Order.amazon_order_id == amazon_id)).scalar_one()
        _ = order.items  # load while the session is open
        return order
