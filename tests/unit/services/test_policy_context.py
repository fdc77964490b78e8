"""The policy Context built from the store, and the subject-tag helpers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from inbox_app.services import drafts
from inbox_app.services.compose import ComposeService
from inbox_app.services.compose_target import clean_subject, days_since, reply_subject
from inbox_app.services.subject_tags import add_tag, has_tag, remove_tag, tag_spans
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


@pytest.mark.parametrize(
    ("subject", "mp", "has"),
    [
        ("[Important] Delivery", "US", True),
        ("Delivery [IMPORTANT] now", "US", True),
        ("Delivery [ important ]", "US", True),
        ("[Wichtig] Lieferung", "DE", True),
        ("[wichtig] Lieferung", "DE", True),
        ("[Wichtig] Delivery", "US", False),
        ("Important: Delivery", "US", False),
    ],
)
def test_has_tag(subject: str, mp: str, has: bool) -> None:
    assert has_tag(subject, mp) is has


def test_add_and_remove_tag() -> None:
    assert add_tag("Delivery", "US", "[Important]") == "[Important] Delivery"
    assert add_tag("[important] Delivery", "US", "[Important]") == "[important] Delivery"
    assert remove_tag("Delivery [IMPORTANT] now", "US") == "Delivery now"
    assert remove_tag("[Wichtig] Lieferung", "DE") == "Lieferung"
    assert tag_spans("a [Important] b [important]", "US") == [(2, 13), (16, 27)]


def test_subject_helpers() -> None:
    assert clean_subject("a\u2028b\u0085c") == "a b c"
    assert reply_subject("Re: x") == "Re: x"
    assert reply_subject("x") == "Re: x"
    assert days_since(None, datetime.now(UTC)) is None


def test_describe_scan_and_size_finding() -> None:
    from inbox_app.services.policy_checks import describe_scan, scan_attachment, size_finding

    exe = b"MZ\x90\x00" + b"\x00" * 200
    scan = scan_attachment("label.pdf", exe)
    reason = describe_scan("label.pdf", scan)
    assert reason is not None and not reason.startswith("label.pdf:")
    assert describe_scan("notes.txt", scan_attachment("notes.txt", b"plain words")) is None
    assert size_finding(7 * 1024 * 1024, 1) is None
    big = size_finding(8 * 1024 * 1024, 2)
    assert big is not None and big.rule == "attachment-size" and big.severity == "block"
    assert "8.0" in big.message
