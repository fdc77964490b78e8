"""The buyer of an order's conversation: the order's known buyer, else a placeholder
buyer for the order (store/placeholder_buyers.py), merged into the real buyer as soon
as the relay alias of that order is known (mail from the buyer or a report with it)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import cast

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from inbox_app.mail.relay import RelayMessage
from inbox_app.store.placeholder_buyers import placeholder_alias, placeholder_order
from inbox_app.store.schema import Buyer, Order, Thread, utcnow

_CHUNK = 500
_buyers = cast(Table, Buyer.__table__)


def buyer_for_order(session: Session, order: Order) -> Buyer:
    """The order's buyer, else its placeholder (created on first use)."""
    if order.buyer_id is not None:
        known = session.get(Buyer, order.buyer_id)
        if known is not None:
            return known
    alias = placeholder_alias(order.amazon_order_id)
    found = session.scalar(select(Buyer).where(Buyer.alias == alias))
    if found is None:
        found = Buyer(
            alias=alias,
            display_name="",
            marketplace_id=order.marketplace_id,
            language=order.buyer_locale,
            created_at=utcnow(),
        )
        session.add(found)
        session.flush()
    return found


def adopt_placeholders(session: Session, buyers_by_order: Mapping[str, int]) -> int:
    """Amazon order id -> the id of its real buyer: the conversations of each order's
    placeholder buyer become that buyer's (opt-out and language carried over) and the
    placeholder goes. Returns the placeholders merged. Cheap when there are none: one
    indexed look-up per 500 orders."""
    aliases = sorted(placeholder_alias(o) for o in buyers_by_order)
    merged = 0
    for start in range(0, len(aliases), _CHUNK):
        chunk = aliases[start : start + _CHUNK]
        for stand_in in session.scalars(select(Buyer).where(Buyer.alias.in_(chunk))).all():
            real = session.get(Buyer, buyers_by_order[placeholder_order(stand_in.alias)])
            if real is None or real.id == stand_in.id:
                continue
            _merge(session, stand_in, real)
            merged += 1
    return merged


def adopt_from_mail(
    session: Session, relays: Sequence[RelayMessage], buyers: Mapping[str, Buyer]
) -> int:
    """A batch of mail names the buyers (alias -> row, flushed) of the orders it is about."""
    return adopt_placeholders(
        session,
        {
            r.order_id: buyers[r.alias].id
            for r in relays
            if r.kind == "buyer_message" and r.order_id and r.alias and r.alias in buyers
        },
    )


def _merge(session: Session, stand_in: Buyer, real: Buyer) -> None:
    session.flush()  # pending threads of either buyer are rows before they move
    session.execute(update(Thread).where(Thread.buyer_id == stand_in.id).values(buyer_id=real.id))
    session.execute(update(Order).where(Order.buyer_id == stand_in.id).values(buyer_id=real.id))
    if stand_in.opted_out and not real.opted_out:
        real.opted_out, real.opted_out_at = True, stand_in.opted_out_at
    if real.language is None and stand_in.language:
        real.language = stand_in.language
    if real.marketplace_id is None:
        real.marketplace_id = stand_in.marketplace_id
    session.delete(stand_in)
    session.flush()
    # the search index names a message's buyer: naming the column refreshes it (SQLite)
    session.execute(
        update(_buyers).where(_buyers.c.id == real.id).values(display_name=_buyers.c.display_name)
    )
