"""Link threads to their orders by Amazon order id, whichever of the two arrives first.

The order import calls `link_threads_to_orders` for the orders it wrote; the mail
ingest calls `link_thread_to_order` for a new thread (or `link_threads_to_orders`
with the thread's order id after a flush). Only threads without an order are
touched: a link the seller or an earlier import made is kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from sqlalchemy import Table, and_, select, update
from sqlalchemy.orm import Session

from inbox_app.store.schema import Order, Thread

_CHUNK = 500  # well under SQLite's bound-parameter limit

_threads = cast(Table, Thread.__table__)
_orders = cast(Table, Order.__table__)


def link_threads_to_orders(session: Session, amazon_order_ids: Iterable[str] | None = None) -> int:
    """Point unlinked threads at the order with their amazon_order_id; returns threads linked.

    `None` links every unlinked thread whose order is known (a repair after bulk work).
    """
    order_id = (
        select(_orders.c.id)
        .where(_orders.c.amazon_order_id == _threads.c.amazon_order_id)
        .scalar_subquery()
    )
    base = (
        update(_threads)
        .where(and_(_threads.c.order_id.is_(None), _threads.c.amazon_order_id.is_not(None)))
        .where(order_id.is_not(None))
        .values(order_id=order_id)
    )
    if amazon_order_ids is None:
        return _rowcount(session.execute(base))
    ids = sorted(set(amazon_order_ids))
    linked = 0
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        linked += _rowcount(session.execute(base.where(_threads.c.amazon_order_id.in_(chunk))))
    return linked


def link_thread_to_order(session: Session, thread: Thread) -> int | None:
    """Link one thread (new or loaded in `session`) to its order if that is known.

    Returns the order's id, or None when the thread has no order id or the order
    has not been imported yet (the next order import links it then).
    """
    if thread.order_id is not None:
        return thread.order_id
    if not thread.amazon_order_id:
        return None
    found = session.execute(
        select(Order.id).where(Order.amazon_order_id == thread.amazon_order_id)
    ).scalar_one_or_none()
    if found is not None:
        thread.order_id = found
    return found


def _rowcount(result: object) -> int:
    count = getattr(result, "rowcount", 0)
    return int(count) if isinstance(count, int) and count > 0 else 0
