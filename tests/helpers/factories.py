"""Builders over a real store: a buyer, an order, a thread, seats of a team, an answered
thread for the metrics."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from inbox_app.services.assignments import record_author
from inbox_app.services.threads import recompute_thread
from inbox_app.store.marketplaces import BY_CODE
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Buyer, Message, Order, OrderItem, Thread, utcnow
from inbox_app.store.team_schema import Seat

_n = iter(range(1, 1_000_000))


def make_order(
    store: Store,
    *,
    marketplace: str = "US",
    opted_out: bool = False,
    order_type: str = "standard",
    delivered_days_ago: int | None = 3,
    buyer_name: str = "Alex Buyer",
    product: str = "Ceramic mug",
    with_buyer: bool = True,
) -> int:
    """An order (with a buyer); returns the order's id."""
    n = next(_n)
    mp = BY_CODE[marketplace]
    now = datetime.now(UTC).replace(microsecond=0)
    with store.session() as s, s.begin():
        buyer = None
        if with_buyer:
            buyer = Buyer(
                alias=f"tok{n:06d}x@marketplace.amazon.{mp.relay_tld}",
                display_name=buyer_name,
                marketplace_id=mp.id,
                opted_out=opted_out,
                language=mp.language,
            )
            s.add(buyer)
            s.flush()
        delivered = (
            now - timedelta(days=delivered_days_ago) if delivered_days_ago is not None else None
        )
        order = Order(
            amazon_order_id=f"111-{n:07d}-{n:07d}",
            marketplace_id=mp.id,
            buyer_id=buyer.id if buyer else None,
            purchase_date=now - timedelta(days=10),
            status="Shipped",
            order_type=order_type,
            delivered_at=delivered,
            delivery_end=delivered,
        )
        s.add(order)
        s.flush()
        s.add(OrderItem(order_id=order.id, item_key=f"{n}-1", sku="SKU-1", product_name=product))
        return order.id


def make_thread(
    store: Store,
    *,
    buyer_initiated: bool = True,
    buyer_message: str = "Hello, where is my parcel?",
    **order_kw: Any,
) -> int:
    """A thread about a new order, with one buyer message when buyer-initiated."""
    order_id = make_order(store, **order_kw)
    with store.session() as s, s.begin():
        order = s.get(Order, order_id)
        assert order is not None and order.buyer_id is not None
        thread = Thread(
            buyer_id=order.buyer_id,
            order_id=order.id,
            amazon_order_id=order.amazon_order_id,
            marketplace_id=order.marketplace_id,
            subject=f"Question about order {order.amazon_order_id}",
            buyer_initiated=buyer_initiated,
        )
        s.add(thread)
        s.flush()
        if buyer_initiated:
            s.add(
                Message(
                    thread_id=thread.id,
                    direction="in",
                    status="received",
                    subject=thread.subject,
                    body_text=buyer_message,
                    message_id_header=f"<m{thread.id}@relay.example>",
                )
            )
            s.flush()
        recompute_thread(s, thread.id)
        return thread.id


def set_status(store: Store, message_id: int, status: str, **values: Any) -> None:
    with store.session() as s, s.begin():
        m = s.get(Message, message_id)
        assert m is not None
        m.status = status
        for k, v in values.items():
            setattr(m, k, v)
        recompute_thread(s, m.thread_id)


def order_pk(store: Store, amazon_order_id: str) -> int:
    """The inbox's key of the order Amazon knows by that id (the order must be there)."""
    with store.session() as s:
        pk = s.scalar(select(Order.id).where(Order.amazon_order_id == amazon_order_id))
        assert pk is not None, amazon_order_id
        return pk


def thread_state(store: Store, thread_id: int) -> tuple[bool, str | None]:
    with store.session() as s:
        t = s.get(Thread, thread_id)
        assert t is not None
        return t.has_draft, t.outbox_state


def add_seats(store: Store, *people: str) -> dict[str, str]:
    ids = {}
    with store.session() as s, s.begin():
        for n, person in enumerate(people):
            ids[person] = f"seat-{n}-{person.lower()}"
            s.add(Seat(id=ids[person], person=person, joined_at=utcnow(), last_seen_at=utcnow()))
    return ids


METRICS_NOW = datetime(2026, 11, 23, 12, tzinfo=UTC)


def answered_thread(store: Store, asked_days_ago: float, hours: float, seat: str | None) -> int:
    """A thread whose buyer message came `asked_days_ago` and was answered `hours` later."""
    tid = make_thread(store)
    asked = METRICS_NOW - timedelta(days=asked_days_ago)
    with store.session() as s, s.begin():
        buyer = s.query(Message).filter_by(thread_id=tid).one()
        buyer.created_at = asked
        reply = Message(
            thread_id=tid,
            direction="out",
            status="sent",
            subject="Re",
            body_text="Done.",
            created_at=asked + timedelta(hours=hours),
            sent_at=asked + timedelta(hours=hours),
        )
        s.add(reply)
        s.flush()
        record_author(s, reply.id, seat)
        recompute_thread(s, tid)
    return tid
