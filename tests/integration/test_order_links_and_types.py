"""Threads and orders link whichever arrives first; special orders from SKU rules and
manual marks; the policy context of an order (real SQLite store)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from inbox_app.services.inbox import InboxService
from inbox_app.services.order_links import link_thread_to_order, link_threads_to_orders
from inbox_app.services.special_orders import (
    add_sku_rule,
    apply_sku_rules,
    list_sku_rules,
    order_policy_context,
    remove_sku_rule,
    set_order_type,
)
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Buyer, Order, Thread
from tests.helpers.orderreports import (
    ALL_ORDERS_32,
    ORDER_REPORT,
    all_orders_row,
    order_report_row,
    write_report,
)
from tests.helpers.stored_orders import A, B, C, stored_order

# ---------------------------------------------------------------- threads <-> orders


def _thread(
    s: Session, amazon_order_id: str | None, alias: str = "t@marketplace.amazon.de"
) -> Thread:
    buyer = s.execute(select(Buyer).where(Buyer.alias == alias)).scalar_one_or_none()
    if buyer is None:
        buyer = Buyer(alias=alias)
        s.add(buyer)
        s.flush()
    thread = Thread(buyer_id=buyer.id, amazon_order_id=amazon_order_id, subject="Where is it?")
    s.add(thread)
    s.flush()
    return thread


def test_thread_first_then_order_import_links_it(store: Store, tmp_path: Path) -> None:
    with store.session() as s, s.begin():
        waiting = _thread(s, A).id
        unrelated = _thread(s, C).id
        no_order = _thread(s, None).id
    summary = InboxService(store).import_orders(
        write_report(tmp_path / "o.txt", ORDER_REPORT, [order_report_row(A, "1", "S")])
    )
    assert summary.linked_threads == 1
    order_id = stored_order(store, A).id
    with store.session() as s:
        links = dict(s.execute(select(Thread.id, Thread.order_id)).all())
    assert links == {waiting: order_id, unrelated: None, no_order: None}


def test_order_first_then_a_later_thread_is_linked(store: Store, tmp_path: Path) -> None:
    InboxService(store).import_orders(
        write_report(tmp_path / "o.txt", ALL_ORDERS_32, [all_orders_row(A, "S")])
    )
    order_id = stored_order(store, A).id
    with store.session() as s, s.begin():
        thread = Thread(buyer_id=_thread(s, None).buyer_id, amazon_order_id=A, subject="Question")
        s.add(thread)
        assert link_thread_to_order(s, thread) == order_id  # before any flush
        later = Thread(buyer_id=thread.buyer_id, amazon_order_id=A, subject="Second")
        s.add(later)
        s.flush()
        assert link_threads_to_orders(s, [A]) == 1
        unknown = Thread(buyer_id=thread.buyer_id, amazon_order_id=B, subject="?")
        s.add(unknown)
        assert link_thread_to_order(s, unknown) is None
    with store.session() as s:
        rows = s.execute(select(Thread.subject, Thread.order_id).order_by(Thread.id)).all()
    assert [tuple(r) for r in rows] == [
        ("Where is it?", None),
        ("Question", order_id),
        ("Second", order_id),
        ("?", None),
    ]


def test_an_existing_link_is_never_moved(store: Store, tmp_path: Path) -> None:
    InboxService(store).import_orders(
        write_report(
            tmp_path / "o.txt", ALL_ORDERS_32, [all_orders_row(A, "S"), all_orders_row(B, "S")]
        ),
    )
    a_id = stored_order(store, A).id
    with store.session() as s, s.begin():
        thread = _thread(s, B)
        thread.order_id = a_id  # the seller linked it by hand
    with store.session() as s, s.begin():
        assert link_threads_to_orders(s) == 0
    with store.session() as s:
        assert s.scalar(select(Thread.order_id)) == a_id


# ---------------------------------------------------------------- special orders


def _types(store: Store) -> dict[str, tuple[str, bool]]:
    with store.session() as s:
        rows = s.execute(select(Order.amazon_order_id, Order.order_type, Order.order_type_manual))
        return {r[0]: (r[1], r[2]) for r in rows}


def test_orders_inherit_types_from_sku_rules(store: Store, tmp_path: Path) -> None:
    with store.session() as s, s.begin():
        add_sku_rule(s, "HM-*", "handmade")
        add_sku_rule(s, "eng-ring", "custom")
    rows = [
        all_orders_row(A, "hm-vase"),
        all_orders_row(A, "plain"),
        all_orders_row(B, "HM-CUP"),
        all_orders_row(B, "ENG-RING"),
        all_orders_row(C, "plain"),
    ]
    InboxService(store).import_orders(write_report(tmp_path / "a.txt", ALL_ORDERS_32, rows))
    assert _types(store) == {
        A: ("handmade", False),
        B: ("custom", False),  # custom outranks handmade
        C: ("standard", False),
    }
    with store.session() as s, s.begin():
        add_sku_rule(s, "plain", "wine")  # applies to existing orders at once
    assert _types(store)[C] == ("wine", False)
    assert _types(store)[A] == ("handmade", False)
    with store.session() as s, s.begin():
        add_sku_rule(s, "Plain", "wine")  # the same rule in other letters: no duplicate
        assert remove_sku_rule(s, "hm-*") is True
        assert remove_sku_rule(s, "HM-*") is False
        assert [(r.pattern, r.order_type) for r in list_sku_rules(s)] == [
            ("eng-ring", "custom"),
            ("Plain", "wine"),
        ]
    assert _types(store)[A] == ("wine", False)


def test_manual_mark_survives_rules_and_reimport(store: Store, tmp_path: Path) -> None:
    path = write_report(tmp_path / "a.txt", ALL_ORDERS_32, [all_orders_row(A, "W-1")])
    InboxService(store).import_orders(path)
    order_id = stored_order(store, A).id
    with store.session() as s, s.begin():
        assert set_order_type(s, order_id, "custom") == "custom"
        add_sku_rule(s, "W-*", "wine")
    InboxService(store).import_orders(path)
    assert _types(store)[A] == ("custom", True)
    with store.session() as s, s.begin():
        assert apply_sku_rules(s) == 0
        assert set_order_type(s, order_id, None) == "wine"  # back to inherited
    assert _types(store)[A] == ("wine", False)
    with store.session() as s, s.begin():
        assert set_order_type(s, order_id, "standard") == "standard"  # manual "not special"
        with pytest.raises(ValueError, match="unknown order type"):
            set_order_type(s, order_id, "fragile")
        with pytest.raises(LookupError):
            set_order_type(s, 99999, "wine")
    assert _types(store)[A] == ("standard", True)


def test_order_policy_context(store: Store, tmp_path: Path) -> None:
    path = write_report(tmp_path / "o.txt", ORDER_REPORT, [order_report_row(A, "1", "HM-1")])
    InboxService(store).import_orders(path)
    order_id = stored_order(store, A).id
    delivery_end = datetime(2026, 10, 7, 18, 0, tzinfo=UTC)
    with store.session() as s, s.begin():
        add_sku_rule(s, "HM-*", "handmade")
        info = order_policy_context(s, order_id, now=delivery_end + timedelta(days=31, hours=1))
        assert info.order_type == "handmade"
        assert info.delivered_days_ago == 31
        assert info.marketplace_code == "DE"
        assert info.amazon_order_id == A
        assert info.review_already_requested is False
        assert info.purchase_days_ago == 37  # purchased 2026-10-01T10:50:49Z
        ahead = order_policy_context(s, order_id, now=delivery_end - timedelta(hours=36))
        assert ahead.delivered_days_ago == -2  # delivery still expected
        order = s.get(Order, order_id)
        assert order is not None
        order.delivered_at = delivery_end - timedelta(days=3)
        order.review_requested_at = delivery_end
        s.flush()
        info = order_policy_context(s, order_id, now=delivery_end)
        assert (info.delivered_days_ago, info.review_already_requested) == (3, True)
        order.delivered_at = None
        order.delivery_end = None
        s.flush()
        assert order_policy_context(s, order_id).delivered_days_ago is None
        with pytest.raises(LookupError):
            order_policy_context(s, 99999)
