"""Notices that name an order the store does not know yet wait for it: when an order
report or the SP-API sync brings the order (and its buyer), the notice is stored on the
order's thread as if it had just arrived, and an opt-out bounce flags the buyer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from inbox_app.mail.parse import parse_message
from inbox_app.mail.relay import RelayMessage, understand
from inbox_app.services.ingest_notices import store_notice
from inbox_app.store.notice_schema import PendingNotice

_CHUNK = 400  # bound parameters per IN (...) query


def keep_waiting(
    session: Session, relay: RelayMessage, raw: bytes, internal_date: datetime | None
) -> bool:
    """Keep an unmatched notice that names an order; False when it names none."""
    if relay.kind == "seller_central_copy" or not relay.order_id:
        return False
    session.add(PendingNotice(amazon_order_id=relay.order_id, raw=raw, internal_date=internal_date))
    return True


def link_waiting(session: Session, amazon_order_ids: Sequence[str]) -> int:
    """Store the notices waiting for these orders on their threads; how many were linked
    (a notice whose order still has no buyer keeps waiting)."""
    linked = 0
    ids = list(dict.fromkeys(amazon_order_ids))
    for i in range(0, len(ids), _CHUNK):
        waiting = session.scalars(
            select(PendingNotice)
            .where(PendingNotice.amazon_order_id.in_(ids[i : i + _CHUNK]))
            .order_by(PendingNotice.id)
        ).all()
        for notice in waiting:
            relay = understand(parse_message(notice.raw))
            if store_notice(session, relay, notice.raw, notice.internal_date) is not None:
                session.delete(notice)
                linked += 1
    return linked
