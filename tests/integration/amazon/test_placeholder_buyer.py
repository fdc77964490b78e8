"""An order only the API knows, whose buyer the inbox has never seen: its Amazon message
gets a thread (a placeholder buyer named by the order), and that thread becomes the real
buyer's when the relay alias arrives, by mail or by a report: one order, one thread."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select, text

from inbox_app.services.amazon import AmazonService
from inbox_app.services.amazon_messages import AmazonMessage
from inbox_app.services.compose import ComposeService
from inbox_app.services.inbox import InboxService
from inbox_app.services.ingest import ingest_raw
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Buyer, Message, Order, Thread
from tests.helpers import mailgen
from tests.helpers.orderreports import ORDER_REPORT, order_report_row, write_report
from tests.helpers.spapi_server import LocalSpApi

NOW = datetime.now(UTC).replace(microsecond=0)
ORDER, OTHER = "111-6100001-6100001", "111-6100002-6100002"
TOKEN = "zq8rmara00001"
ALIAS = f"{TOKEN}@marketplace.amazon.com"
SORRY = "We are sorry: the parcel was damaged by the carrier; a replacement leaves today."


def _api_order_with_an_amazon_message(
    store: Store, amazon: AmazonService, spapi: LocalSpApi, name: str
) -> int:
    spapi.add_order(ORDER, created=NOW - timedelta(days=3), actions=("unexpectedProblem",))
    assert amazon.sync_connection(name).complete
    info = amazon.connection(name)
    amazon.send_message(info, ORDER, AmazonMessage("unexpectedProblem", SORRY))
    with store.session() as s:
        thread = s.scalars(select(Thread).where(Thread.amazon_order_id == ORDER)).one()
        stand_in = s.get(Buyer, thread.buyer_id)
        assert stand_in is not None and stand_in.alias == f"order:{ORDER}"
        assert thread.order_id is not None and thread.message_count == 1
        return thread.id


def _mail(store: Store, order: str, text: str = "Thank you, when will it arrive?") -> None:
    at = datetime.now(UTC) + timedelta(minutes=1)  # after the Amazon message
    raw = mailgen.relay_mail(token=TOKEN, name="Mara", order=order, text=text, date=at)
    with store.session() as s, s.begin():
        assert ingest_raw(s, store.blobs, raw).status == "imported"


def _report(store: Store, tmp_path: Path) -> None:
    row = order_report_row(ORDER, "1", "SKU-1", buyer_email=ALIAS, buyer_name="Mara")
    InboxService(store).import_orders(write_report(tmp_path / "orders.txt", ORDER_REPORT, [row]))


def _one_order_one_thread(store: Store, thread_id: int, messages: int) -> Buyer:
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Order)) == 1
        [thread] = s.scalars(select(Thread).where(Thread.amazon_order_id == ORDER)).all()
        assert thread.id == thread_id and thread.message_count == messages
        buyer = s.get(Buyer, thread.buyer_id)
        assert buyer is not None and buyer.alias == ALIAS
        assert s.scalars(select(Buyer.alias).where(Buyer.alias.like("order:%"))).all() == []
        # the search index names the real buyer on the Amazon message too
        first = s.scalars(select(Message.id).where(Message.thread_id == thread.id)).first()
        named = s.execute(text("SELECT buyer FROM search_index WHERE rowid = :m"), {"m": first})
        assert ALIAS in named.scalar_one()
        return buyer


def test_mail_from_the_buyer_later_joins_the_orders_thread_then_a_report_changes_nothing(
    store: Store, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str, tmp_path: Path
) -> None:
    thread_id = _api_order_with_an_amazon_message(store, amazon, spapi, amazon_connection)
    before = ComposeService(store).info_for_thread(thread_id)
    assert not before.has_buyer  # no relay alias to mail yet: the pane says so
    _mail(store, ORDER)
    buyer = _one_order_one_thread(store, thread_id, messages=2)
    assert buyer.display_name == "Mara"
    with store.session() as s:
        thread = s.get(Thread, thread_id)
        assert thread is not None and thread.state == "open"  # the buyer now waits for us
    assert ComposeService(store).info_for_thread(thread_id).has_buyer
    _report(store, tmp_path)
    _one_order_one_thread(store, thread_id, messages=2)
    _mail(store, ORDER, text="It arrived, thanks!")
    _one_order_one_thread(store, thread_id, messages=3)


def test_a_report_naming_the_buyer_moves_the_thread_then_mail_joins_it(
    store: Store, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str, tmp_path: Path
) -> None:
    thread_id = _api_order_with_an_amazon_message(store, amazon, spapi, amazon_connection)
    # the buyer opted out: the relay's bounce names the order, its thread is the stand-in's
    with store.session() as s, s.begin():
        assert ingest_raw(s, store.blobs, mailgen.bounce(ORDER)).status == "imported"
    _report(store, tmp_path)
    buyer = _one_order_one_thread(store, thread_id, messages=2)
    assert buyer.opted_out  # carried over from the stand-in
    with store.session() as s:
        order = s.scalars(select(Order)).one()
        assert order.buyer_id == buyer.id
    _mail(store, ORDER)
    _one_order_one_thread(store, thread_id, messages=3)


def test_a_buyer_known_from_another_order_takes_the_thread_over(
    store: Store, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str
) -> None:
    _mail(store, OTHER)  # Mara wrote about another order before
    thread_id = _api_order_with_an_amazon_message(store, amazon, spapi, amazon_connection)
    _mail(store, ORDER)
    with store.session() as s:
        [mara] = s.scalars(select(Buyer)).all()
        assert mara.alias == ALIAS
        threads = s.scalars(select(Thread).order_by(Thread.id)).all()
        assert [(t.amazon_order_id, t.buyer_id) for t in threads] == [
            (OTHER, mara.id),
            (ORDER, mara.id),
        ]
        assert threads[1].id == thread_id and threads[1].message_count == 2
