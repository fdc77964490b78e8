"""An opt-out bounce for an order that has no thread at all (the seller wrote from Seller
Central, the order came from a report): the order's thread is made for its buyer, the
notice recorded on it, and the buyer flagged as opted out."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from inbox_app.services.compose import ComposeService
from inbox_app.services.inbox import InboxService
from inbox_app.services.ingest import ingest_raw
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Buyer, Event, Message, Order, Thread
from tests.helpers import mailgen
from tests.helpers.orderreports import ORDER_REPORT, order_report_row, write_report

ORDER = "305-1234567-7654321"
ALIAS = "jana0000000001@marketplace.amazon.de"

GERMAN = (
    "Wir konnten die Nachricht, die Sie für die Bestellung [{order}] gesendet haben, nicht "
    "zustellen, weil der Käufer die Annahme unerwünschter Nachrichten von Verkäufern "
    "deaktiviert hat.\n\nZur Information: Wir bewahren alle Nachrichten auf.\n"
)


def _ingest(store: Store, raw: bytes) -> str:
    with store.session() as s, s.begin():
        return ingest_raw(s, store.blobs, raw).status


def _german_bounce(order: str) -> bytes:
    # as Amazon's relay sends it: from a relay token that is not the buyer's
    return mailgen.amazon_notice(
        sender='"Amazon Marketplace" <relaytoken77777@marketplace.amazon.de>',
        subject=f"Nachricht nicht zugestellt (Bestellung: {order})",
        body=GERMAN.format(order=order),
        message_id=f"<bounce-de.{order}@amazon.test>",
    )


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_bounce_for_an_order_without_a_thread_makes_the_thread_and_flags_the_buyer(
    language: str, store: Store, tmp_path: Path
) -> None:
    report = write_report(
        tmp_path / "orders.txt",
        ORDER_REPORT,
        [order_report_row(ORDER, "1", "MUG-1", buyer_email=ALIAS, buyer_name="Jana Müller")],
    )
    InboxService(store).import_orders(report)
    with store.session() as s:
        assert s.scalars(select(Thread)).all() == []  # no message about it in the app
    raw = (
        mailgen.bounce(ORDER, token="relaytoken99999")
        if language == "en"
        else _german_bounce(ORDER)
    )
    assert _ingest(store, raw) == "imported"
    with store.session() as s:
        order = s.scalars(select(Order).where(Order.amazon_order_id == ORDER)).one()
        thread = s.scalars(select(Thread).where(Thread.amazon_order_id == ORDER)).one()
        assert thread.order_id == order.id and thread.buyer_id == order.buyer_id
        assert not thread.buyer_initiated and thread.state != "open"  # nothing is owed
        buyer = s.get(Buyer, thread.buyer_id)
        assert buyer is not None and buyer.alias == ALIAS
        assert buyer.opted_out and buyer.opted_out_at is not None
        notice = s.scalars(select(Message).where(Message.thread_id == thread.id)).one()
        assert notice.notice_kind == "bounce" and notice.direction == "in"
        assert ORDER in (notice.notice_text or "")
        kinds = s.scalars(select(Event.kind).where(Event.thread_id == thread.id)).all()
        assert kinds.count("bounced") == 1
        # the relay's token is nobody's address: no buyer is made for it
        assert s.scalars(select(Buyer)).all() == [buyer]
        order_id = order.id
    # a new message about the order now knows the buyer opted out
    assert ComposeService(store).info_for_order(order_id).context.opted_out
    # the same bounce again is a duplicate, not a second thread
    assert _ingest(store, raw) == "duplicate"
    with store.session() as s:
        assert len(s.scalars(select(Thread)).all()) == 1


def test_a_bounce_for_an_unknown_order_is_still_unmatched_and_kept_out_of_threads(
    store: Store,
) -> None:
    assert _ingest(store, mailgen.bounce("999-0000000-0000009")) == "unmatched"
    with store.session() as s:
        assert s.scalars(select(Thread)).all() == []


def test_a_bounce_that_came_before_its_order_is_linked_when_the_order_arrives(
    store: Store, tmp_path: Path
) -> None:
    # the seller wrote from Seller Central before the order report was imported here:
    # the bounce waits with its mail, and the report's import links it and flags the buyer
    from inbox_app.store.notice_schema import PendingNotice

    assert _ingest(store, _german_bounce(ORDER)) == "unmatched"
    with store.session() as s:
        assert s.scalars(select(Thread)).all() == []
        assert [p.amazon_order_id for p in s.scalars(select(PendingNotice))] == [ORDER]
    report = write_report(
        tmp_path / "orders.txt",
        ORDER_REPORT,
        [order_report_row(ORDER, "1", "MUG-1", buyer_email=ALIAS, buyer_name="Jana Müller")],
    )
    InboxService(store).import_orders(report)
    with store.session() as s:
        thread = s.scalars(select(Thread).where(Thread.amazon_order_id == ORDER)).one()
        buyer = s.get(Buyer, thread.buyer_id)
        assert buyer is not None and buyer.alias == ALIAS and buyer.opted_out
        notice = s.scalars(select(Message).where(Message.thread_id == thread.id)).one()
        assert notice.notice_kind == "bounce" and ORDER in (notice.notice_text or "")
        assert s.scalars(select(PendingNotice)).all() == []  # linked once, not again
    InboxService(store).import_orders(report)  # the same report again adds nothing
    with store.session() as s:
        assert len(s.scalars(select(Message)).all()) == 1
    # the same bounce fetched again is a duplicate (its mail was seen), not a new wait
    assert _ingest(store, _german_bounce(ORDER)) == "duplicate"
