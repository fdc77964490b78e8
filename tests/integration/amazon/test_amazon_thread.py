"""A sent Amazon message is a message on its order's conversation (the thread started
when there is none), marked as sent via Amazon, its files kept; for an order whose buyer
the inbox does not know yet, on a thread of a placeholder buyer of that order."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image
from sqlalchemy import func, select

from inbox_app.amazon.messaging import Upload
from inbox_app.models.conversation_model import is_notice, status_label
from inbox_app.services.amazon import AmazonService
from inbox_app.services.amazon_messages import AmazonMessage
from inbox_app.services.inbox import InboxService
from inbox_app.store.migrate import Store
from inbox_app.store.queries.thread_detail import thread_messages
from inbox_app.store.schema import Buyer, Event, Thread
from tests.helpers.spapi_server import LocalSpApi

NOW = datetime.now(UTC).replace(microsecond=0)
KNOWN, UNKNOWN = "111-4100001-4100001", "111-4100002-4100002"
ALIAS = "k3x9q2lmn0zz@marketplace.amazon.com"
TEXT = "We are sorry: the parcel was damaged by the carrier, and a replacement leaves today."


def _orders(
    store: Store, amazon: AmazonService, spapi: LocalSpApi, name: str, tmp_path: Path
) -> None:
    for oid in (KNOWN, UNKNOWN):
        spapi.add_order(oid, created=NOW - timedelta(days=3),
                        actions=("unexpectedProblem", "warranty"))  # fmt: skip
    assert amazon.sync_connection(name).complete
    report = tmp_path / "orders.txt"
    report.write_text(
        "order-id\torder-item-id\tpurchase-date\tsku\tquantity-purchased\tbuyer-email\n"
        f"{KNOWN}\t1\t{(NOW - timedelta(days=3)).isoformat()}\tSKU-1\t1\t{ALIAS}\n",
        encoding="utf-8",
    )
    InboxService(store).import_orders(report)


def test_amazon_messages_show_on_the_orders_conversation(
    store: Store, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str, tmp_path: Path
) -> None:
    _orders(store, amazon, spapi, amazon_connection, tmp_path)
    info = amazon.connection(amazon_connection)
    out = io.BytesIO()
    Image.new("RGB", (40, 20), (20, 90, 200)).save(out, format="PNG")
    card = out.getvalue()
    amazon.send_message(info, KNOWN, AmazonMessage("unexpectedProblem", TEXT))
    warranty = AmazonMessage(
        "warranty",
        "",
        (Upload("warranty.png", "image/png", card),),
        (NOW, NOW + timedelta(days=365)),
    )
    amazon.send_message(info, KNOWN, warranty)
    amazon.send_message(info, UNKNOWN, AmazonMessage("unexpectedProblem", TEXT))
    assert len(spapi.messages) == 3
    with store.session() as s:
        thread, other = s.scalars(select(Thread).order_by(Thread.id)).all()
        assert (thread.amazon_order_id, thread.buyer_initiated) == (KNOWN, False)
        assert s.get(Buyer, thread.buyer_id).alias == ALIAS  # type: ignore[union-attr]
        assert other.amazon_order_id == UNKNOWN and other.message_count == 1
        stand_in = s.get(Buyer, other.buyer_id)
        assert stand_in is not None and stand_in.alias == f"order:{UNKNOWN}"
        assert thread.message_count == 2 and thread.state == "answered"
        events = s.execute(
            select(Event.detail, Event.thread_id, Event.message_id)
            .where(Event.kind == "amazon_message")
            .order_by(Event.id)
        ).all()
        messages = thread_messages(s.connection(), thread.id)
        started = s.scalar(
            select(func.count()).select_from(Event).where(Event.kind == "thread_started")
        )
    assert started == 2
    first, warranty = messages
    assert (first.direction, first.status, first.body_text) == ("out", "sent", TEXT)
    assert first.subject.startswith("Unexpected problem (Amazon message)")
    assert status_label(first) == "sent via Amazon (Amazon message)" and not is_notice(first)
    assert warranty.body_text == "Warranty: warranty.png"
    [att] = warranty.attachments
    assert (att.filename, att.size) == ("warranty.png", len(card))
    assert store.blobs.get(att.sha256) == card
    assert [e.message_id for e in events[:2]] == [first.id, warranty.id]
    assert events[2].detail.startswith(UNKNOWN) and events[2].thread_id == other.id
