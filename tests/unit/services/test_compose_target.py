"""What the compose pane writes to (services/compose_target.py): the policy Context built
from the store for a reply or a message to an order's buyer, and the subject helpers."""

from __future__ import annotations

from datetime import UTC, datetime

from inbox_app.services import drafts
from inbox_app.services.compose import ComposeService
from inbox_app.services.compose_target import clean_subject, days_since, reply_subject
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Order
from tests.helpers.factories import make_order, make_thread


def test_context_for_a_reply(store: Store) -> None:
    tid = make_thread(
        store, marketplace="DE", opted_out=True, order_type="handmade", delivered_days_ago=5
    )
    info = ComposeService(store).info_for_thread(tid)
    ctx = info.context
    assert ctx.buyer_initiated and ctx.opted_out
    assert (ctx.marketplace, ctx.order_type, ctx.buyer_language) == ("DE", "handmade", "de")
    assert ctx.delivered_days_ago == 5
    assert not ctx.review_already_requested
    assert info.important_tag == "[Wichtig]"
    assert info.default_subject.startswith("Re: Question about order")
    assert info.values["product"] == "Ceramic mug"


def test_context_for_contact_buyer(store: Store) -> None:
    oid = make_order(store, marketplace="IT")
    with store.session() as s, s.begin():
        order = s.get(Order, oid)
        assert order is not None
        order.review_requested_at = datetime.now(UTC)
    info = ComposeService(store).info_for_order(oid)
    assert info.thread_id is None and info.order_id == oid
    assert not info.context.buyer_initiated
    assert info.context.review_already_requested
    assert info.important_tag == "[Important]"


def test_seller_thread_becomes_a_reply_once_the_buyer_wrote(store: Store) -> None:
    oid = make_order(store)
    row = ComposeService(store).save_draft(None, drafts.DraftContent("s", "b"), order_id=oid)
    assert not ComposeService(store).info_for_thread(row.thread_id).context.buyer_initiated
    tid = make_thread(store, buyer_initiated=False)
    assert not ComposeService(store).info_for_thread(tid).context.buyer_initiated


def test_subject_helpers() -> None:
    assert clean_subject("a\u2028b\u0085c") == "a b c"
    assert reply_subject("Re: x") == "Re: x"
    assert reply_subject("x") == "Re: x"
    assert days_since(None, datetime.now(UTC)) is None
