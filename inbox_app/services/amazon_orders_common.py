"""Small lookups the SP-API services share: an order's marketplace and its buyers."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from inbox_app.services.amazon_connections import AmazonConnectionError, ConnectionInfo
from inbox_app.services.sentences import say
from inbox_app.store.schema import Order, Thread


def order_row(session: Session, amazon_order_id: str) -> Order:
    order = session.scalar(select(Order).where(Order.amazon_order_id == amazon_order_id))
    if order is None:
        raise AmazonConnectionError(say("order_not_synced", order=amazon_order_id))
    return order


def marketplace_of(order: Order, info: ConnectionInfo) -> str:
    """The order's marketplace id, which must be one of the connection's."""
    ids = info.marketplace_ids
    mp = order.marketplace_id or (ids[0] if len(ids) == 1 else None)
    if mp is None or mp not in ids:
        raise AmazonConnectionError(
            say("order_elsewhere", order=order.amazon_order_id, name=info.name)
        )
    return mp


def buyer_ids(session: Session, order: Order) -> set[int]:
    """The buyers the inbox knows for an order: the order's, and its threads'."""
    found = {order.buyer_id} if order.buyer_id is not None else set()
    found.update(
        session.scalars(
            select(Thread.buyer_id).where(Thread.amazon_order_id == order.amazon_order_id)
        )
    )
    return found
