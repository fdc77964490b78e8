"""An opt-out bounce for a message the seller sent outside the app (Seller Central,
another client): no outgoing message matches, but the bounce names the order, so it is
linked to that order's thread, recorded there, and the buyer is flagged."""

from __future__ import annotations

from sqlalchemy import select

from inbox_app.services.ingest import ingest_raw
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Buyer, Event, Message, Thread
from tests.helpers import mailgen

ORDER = "402-1234567-7654321"


def _ingest(store: Store, raw: bytes) -> str:
    with store.session() as s, s.begin():
        return ingest_raw(s, store.blobs, raw).status


def test_bounce_for_a_message_sent_elsewhere_flags_the_orders_buyer(store: Store) -> None:
    assert _ingest(store, mailgen.relay_mail(order=ORDER, token="buyertoken00001")) == "imported"
    assert (
        _ingest(store, mailgen.relay_mail(order="111-0000000-0000001", token="other0000000001"))
        == "imported"
    )
    # Amazon's relay answers from another token than the buyer wrote from
    assert _ingest(store, mailgen.bounce(ORDER, token="relaytoken99999")) == "imported"
    with store.session() as s:
        thread = s.scalars(select(Thread).where(Thread.amazon_order_id == ORDER)).one()
        buyer = s.get(Buyer, thread.buyer_id)
        assert buyer is not None and buyer.opted_out and buyer.opted_out_at is not None
        other = s.scalars(select(Buyer).where(Buyer.id != thread.buyer_id)).one()
        assert not other.opted_out  # only the order's buyer
        notice = s.scalars(
            select(Message).where(Message.notice_kind == "bounce", Message.direction == "in")
        ).one()
        assert notice.thread_id == thread.id and "opt out" in (notice.notice_text or "")
        assert (
            s.scalars(select(Event.kind).where(Event.thread_id == thread.id)).all().count("bounced")
            == 1
        )
        assert (
            s.scalars(select(Buyer.alias)).all().count("relaytoken99999@marketplace.amazon.com")
            == 0
        )
