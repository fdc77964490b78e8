"""Order report import into a real SQLite store: layouts, re-import, bad files, links,
special orders, and the import-orders / sku-rule commands."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inbox_app.cli import main
from inbox_app.services import orders_import, orders_write
from inbox_app.services.order_links import link_thread_to_order, link_threads_to_orders
from inbox_app.services.orders_import import (
    ImportCancelled,
    UnknownLayoutError,
    UnreadableReportError,
    import_order_report,
)
from inbox_app.services.special_orders import (
    add_sku_rule,
    apply_sku_rules,
    list_sku_rules,
    order_policy_context,
    remove_sku_rule,
    set_order_type,
)
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Buyer, Order, OrderItem, Thread
from tests.orderreports import (
    ALL_ORDERS_29,
    ALL_ORDERS_32,
    ORDER_REPORT,
    UNSHIPPED,
    all_orders_row,
    order_report_row,
    write_report,
)

A = "111-0000001-0000001"
B = "222-0000002-0000002"
C = "333-0000003-0000003"


@pytest.fixture
def session(store: Store) -> Iterator[Session]:
    with store.session() as s:
        yield s


def _order(store: Store, amazon_id: str) -> Order:
    with store.session() as s:
        order = s.execute(select(Order).where(Order.amazon_order_id == amazon_id)).scalar_one()
        _ = order.items  # load while the session is open
        return order


def _count(store: Store, model: type[object]) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_all_orders_import_stores_orders_and_items(store: Store, tmp_path: Path) -> None:
    path = write_report(
        tmp_path / "all.txt",
        ALL_ORDERS_32,
        [
            all_orders_row(A, "SKU-1"),
            all_orders_row(A, "SKU-2", quantity="3", item_price="33.00"),
            all_orders_row(B, "SKU-1", sales_channel="Non-Amazon", order_status="Pending"),
        ],
    )
    seen: list[tuple[int, int]] = []
    summary = import_order_report(store, path, progress=lambda d, t: seen.append((d, t)))
    assert (summary.layout, summary.new, summary.updated, summary.items) == ("all-orders", 2, 0, 3)
    assert summary.skipped == ()
    assert summary.rows == 3
    assert seen[-1] == (3, 3)
    order = _order(store, A)
    assert order.status == "Shipped"
    assert order.purchase_date == datetime(2026, 10, 1, 18, 50, 49, tzinfo=UTC)
    assert order.marketplace_id == "A1F83G8C2ARO7P"  # Amazon.co.uk
    assert order.total_amount == Decimal("48.00")  # 10 + 33 + 2 x 2.50 shipping
    assert [(i.item_key, i.quantity) for i in order.items] == [("SKU-1", 1), ("SKU-2", 3)]
    other = _order(store, B)
    assert other.marketplace_id is None  # unknown sales channel
    assert other.status == "Pending"


def test_order_report_creates_buyer_and_delivery_window(store: Store, tmp_path: Path) -> None:
    path = write_report(tmp_path / "o.txt", ORDER_REPORT, [order_report_row(A, "1", "S")])
    assert import_order_report(store, path).new == 1
    order = _order(store, A)
    assert order.delivery_start == datetime(2026, 10, 5, 6, 0, tzinfo=UTC)
    assert order.delivery_end == datetime(2026, 10, 7, 18, 0, tzinfo=UTC)
    assert order.promise_date is None  # only the unshipped report has promise-date
    assert order.marketplace_id == "A1PA6795UKMFR9"  # Amazon.de
    assert order.status == ""
    with store.session() as s:
        buyer = s.execute(select(Buyer)).scalar_one()
    assert order.buyer_id == buyer.id
    assert buyer.alias == "abc123xyz@marketplace.amazon.de"
    assert buyer.display_name == "Jana Müller"
    assert buyer.marketplace_id == "A1PA6795UKMFR9"


def test_buyer_name_fills_an_empty_one_but_never_replaces_it(store: Store, tmp_path: Path) -> None:
    with store.session() as s, s.begin():
        s.add(Buyer(alias="abc123xyz@marketplace.amazon.de", display_name=""))
        s.add(Buyer(alias="named@marketplace.amazon.de", display_name="Known Name"))
    rows = [
        order_report_row(A, "1", "S"),
        order_report_row(B, "2", "S", buyer_email="NAMED@marketplace.amazon.de"),
        order_report_row(C, "3", "S", buyer_email="real.person@example.com"),
    ]
    import_order_report(store, write_report(tmp_path / "o.txt", ORDER_REPORT, rows))
    with store.session() as s:
        names = dict(s.execute(select(Buyer.alias, Buyer.display_name)).all())
    assert names == {
        "abc123xyz@marketplace.amazon.de": "Jana Müller",
        "named@marketplace.amazon.de": "Known Name",
    }
    assert _order(store, C).buyer_id is None  # a real address is never stored


def test_unshipped_then_all_orders_updates_status_without_duplicates(
    store: Store, tmp_path: Path
) -> None:
    unshipped = write_report(
        tmp_path / "u.txt",
        UNSHIPPED,
        [order_report_row(A, "11", "SKU-1"), order_report_row(A, "12", "SKU-2")],
    )
    first = import_order_report(store, unshipped)
    assert (first.layout, first.new, first.items) == ("unshipped-orders", 1, 2)
    assert _order(store, A).status == "Unshipped"
    assert _order(store, A).promise_date == datetime(2026, 10, 3, tzinfo=UTC)

    shipped = write_report(
        tmp_path / "all.txt",
        ALL_ORDERS_29,
        [
            all_orders_row(A, "SKU-1", order_status="Shipped", quantity="1"),
            all_orders_row(A, "SKU-2", order_status="Shipped", quantity="2"),
        ],
    )
    second = import_order_report(store, shipped)
    assert (second.new, second.updated, second.items) == (0, 1, 2)
    order = _order(store, A)
    assert order.status == "Shipped"
    # the All Orders rows matched the order report's items by SKU: no duplicates
    assert sorted((i.item_key, i.sku, i.quantity) for i in order.items) == [
        ("11", "SKU-1", 1),
        ("12", "SKU-2", 2),
    ]
    # the All Orders file has no delivery window and no buyer: both are kept
    assert order.delivery_end == datetime(2026, 10, 7, 18, 0, tzinfo=UTC)
    assert order.buyer_id is not None
    # an older unshipped report does not turn a shipped order back
    import_order_report(store, unshipped)
    assert _order(store, A).status == "Shipped"
    assert (_count(store, Order), _count(store, OrderItem)) == (1, 2)


def test_reimport_updates_status_dates_and_items(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "all.txt"
    write_report(path, ALL_ORDERS_32, [all_orders_row(A, "S1"), all_orders_row(B, "S2")])
    import_order_report(store, path)
    write_report(
        path,
        ALL_ORDERS_32,
        [
            all_orders_row(
                A,
                "S1",
                order_status="Cancelled",
                item_status="Cancelled",
                quantity="0",
                last_updated_date="2026-10-09T12:00:00+02:00",
            ),
            all_orders_row(A, "S3"),
            all_orders_row(B, "S2"),
            all_orders_row(C, "S2"),
        ],
    )
    summary = import_order_report(store, path)
    assert (summary.new, summary.updated, summary.items) == (1, 2, 4)
    order = _order(store, A)
    assert order.status == "Cancelled"
    assert order.last_updated == datetime(2026, 10, 9, 10, 0, tzinfo=UTC)
    assert [(i.item_key, i.item_status, i.quantity) for i in order.items] == [
        ("S1", "Cancelled", 0),
        ("S3", "Shipped", 1),
    ]
    assert (_count(store, Order), _count(store, OrderItem)) == (3, 4)


def test_order_rows_apart_in_the_file_merge_into_one_order(store: Store, tmp_path: Path) -> None:
    rows = [all_orders_row(A, "S1"), all_orders_row(B, "S2"), all_orders_row(A, "S3")]
    summary = import_order_report(store, write_report(tmp_path / "a.txt", ALL_ORDERS_32, rows))
    assert (summary.new, summary.updated, summary.items) == (2, 0, 3)
    assert [i.sku for i in _order(store, A).items] == ["S1", "S3"]


def test_rows_apart_across_batches_count_once(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(orders_import, "BATCH_ORDERS", 1)
    rows = [all_orders_row(A, "S1"), all_orders_row(B, "S2"), all_orders_row(A, "S3")]
    summary = import_order_report(store, write_report(tmp_path / "a.txt", ALL_ORDERS_32, rows))
    assert (summary.new, summary.updated, summary.items) == (2, 0, 3)
    assert _count(store, OrderItem) == 3


def test_windows_1252_report(store: Store, tmp_path: Path) -> None:
    rows = [order_report_row(A, "1", "B-1", buyer_name="Jürgen Müller", product_name="Bücher")]
    path = write_report(tmp_path / "cp.txt", ORDER_REPORT, rows, encoding="cp1252")
    summary = import_order_report(store, path)
    assert summary.encoding == "cp1252"
    assert _order(store, A).items[0].product_name == "Bücher"
    with store.session() as s:
        assert s.scalar(select(Buyer.display_name)) == "Jürgen Müller"


def test_broken_rows_are_skipped_by_line_and_the_rest_imported(
    store: Store, tmp_path: Path
) -> None:
    bad = all_orders_row(B, "S2", purchase_date="31/12/2025")
    path = write_report(
        tmp_path / "b.txt",
        ALL_ORDERS_32,
        [all_orders_row(A, "S1")],
        extra_lines=["\t".join(bad.get(c, "") for c in ALL_ORDERS_32), "x\ty", _line(C, "S3")],
    )
    summary = import_order_report(store, path)
    assert summary.new == 2
    assert [(p.line, p.reason) for p in summary.skipped] == [
        (3, "bad date in purchase-date: '31/12/2025'"),
        (4, f"2 cells where the header has {len(ALL_ORDERS_32)}"),
    ]
    with store.session() as s:
        assert set(s.scalars(select(Order.amazon_order_id))) == {A, C}


def _line(order_id: str, sku: str) -> str:
    row = all_orders_row(order_id, sku)
    return "\t".join(row.get(c, "") for c in ALL_ORDERS_32)


def test_unknown_layout_writes_nothing(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("order-id\tsku\tprice\n111-0000001-0000001\tS\t1\n", encoding="utf-8")
    with pytest.raises(UnknownLayoutError) as info:
        import_order_report(store, path)
    assert "order-item-id, purchase-date, quantity-purchased" in str(info.value)
    with pytest.raises(UnreadableReportError):
        import_order_report(store, tmp_path / "missing.txt")
    assert _count(store, Order) == 0


def test_cancel_leaves_nothing_written(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(orders_import, "BATCH_ORDERS", 2)
    rows = [all_orders_row(f"111-0000000-{n:07d}", "S") for n in range(10)]
    path = write_report(tmp_path / "c.txt", ALL_ORDERS_32, rows)
    calls: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2  # after two batches were written

    with pytest.raises(ImportCancelled, match="nothing was saved"):
        import_order_report(store, path, cancel=cancel)
    assert len(calls) == 3
    assert _count(store, Order) == 0


def test_crash_half_way_leaves_nothing_written(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(orders_import, "BATCH_ORDERS", 2)
    real_write = orders_write.BatchWriter.write
    batches: list[int] = []

    def failing_write(self: orders_write.BatchWriter, batch: list[object]) -> object:
        batches.append(len(batch))
        if len(batches) == 3:
            raise OSError("power cut")
        return real_write(self, batch)  # type: ignore[arg-type]

    monkeypatch.setattr(orders_write.BatchWriter, "write", failing_write)
    rows = [all_orders_row(f"111-0000000-{n:07d}", "S") for n in range(10)]
    with pytest.raises(OSError, match="power cut"):
        import_order_report(store, write_report(tmp_path / "c.txt", ALL_ORDERS_32, rows))
    assert batches == [2, 2, 2]
    assert _count(store, Order) == 0
    assert _count(store, OrderItem) == 0


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
    summary = import_order_report(
        store, write_report(tmp_path / "o.txt", ORDER_REPORT, [order_report_row(A, "1", "S")])
    )
    assert summary.linked_threads == 1
    order_id = _order(store, A).id
    with store.session() as s:
        links = dict(s.execute(select(Thread.id, Thread.order_id)).all())
    assert links == {waiting: order_id, unrelated: None, no_order: None}


def test_order_first_then_a_later_thread_is_linked(store: Store, tmp_path: Path) -> None:
    import_order_report(
        store, write_report(tmp_path / "o.txt", ALL_ORDERS_32, [all_orders_row(A, "S")])
    )
    order_id = _order(store, A).id
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
    import_order_report(
        store,
        write_report(
            tmp_path / "o.txt", ALL_ORDERS_32, [all_orders_row(A, "S"), all_orders_row(B, "S")]
        ),
    )
    a_id = _order(store, A).id
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
    import_order_report(store, write_report(tmp_path / "a.txt", ALL_ORDERS_32, rows))
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
    import_order_report(store, path)
    order_id = _order(store, A).id
    with store.session() as s, s.begin():
        assert set_order_type(s, order_id, "custom") == "custom"
        add_sku_rule(s, "W-*", "wine")
    import_order_report(store, path)
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
    import_order_report(store, path)
    order_id = _order(store, A).id
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


# ---------------------------------------------------------------- commands


def test_import_orders_command(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [all_orders_row(f"111-0000000-{n:07d}", "S") for n in range(3)]
    bad = [_line(B, "S").replace(B, f"999-999999-{n:07d}") for n in range(25)]
    path = write_report(tmp_path / "all.txt", ALL_ORDERS_32, rows, extra_lines=bad)
    assert main(["import-orders", str(path), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "all.txt: all-orders, 28 rows: 3 new orders, 0 updated, 3 items, 25 rows skipped" in out
    assert "  line 5: bad order id '999-999999-0000000'" in out
    assert "  line 24: " in out and "  line 25: " not in out
    assert "  ... and 5 more" in out


def test_import_orders_command_refuses_bad_files_plainly(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_report(tmp_path / "good.txt", ALL_ORDERS_32, [all_orders_row(A, "S")])
    odd = tmp_path / "odd.txt"
    odd.write_text("amazon-order-id\tsku\n", encoding="utf-8")
    code = main(
        ["--db", str(db_path), "import-orders", str(odd), str(good), str(tmp_path / "no.txt")]
    )
    assert code == 1
    captured = capsys.readouterr()
    assert "odd.txt: refused, nothing imported" in captured.err
    assert "purchase-date, order-status, quantity" in captured.err
    assert "no.txt: refused, nothing imported: cannot open" in captured.err
    assert "Traceback" not in captured.err
    assert "good.txt: all-orders, 1 rows: 1 new orders" in captured.out


def test_import_orders_command_progress(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [all_orders_row(f"111-{n // 10**7:07d}-{n % 10**7:07d}", "S") for n in range(25_000)]
    path = write_report(tmp_path / "big.txt", ALL_ORDERS_32, rows)
    assert main(["import-orders", "--db", str(db_path), str(path)]) == 0
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("big.txt: ")]
    assert len(lines) == 2
    assert lines[0].startswith("big.txt: 1") and "/ 25,000 rows (" in lines[0]


def test_sku_rule_command(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sku-rule", "add", "HM-*", "handmade", "--db", str(db_path)]) == 0
    assert main(["sku-rule", "add", "VINO-1", "wine", "--db", str(db_path)]) == 0
    capsys.readouterr()
    assert main(["sku-rule", "list", "--db", str(db_path)]) == 0
    assert capsys.readouterr().out == "HM-*\thandmade\nVINO-1\twine\n"
    assert main(["sku-rule", "remove", "HM-*", "--db", str(db_path)]) == 0
    assert main(["sku-rule", "remove", "HM-*", "--db", str(db_path)]) == 1
    assert "no SKU rule 'HM-*'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["sku-rule", "add", "X", "fragile", "--db", str(db_path)])
    assert exit_info.value.code == 2


def test_order_report_after_all_orders_adopts_item_ids(store: Store, tmp_path: Path) -> None:
    rows = [all_orders_row(A, "SKU-1"), all_orders_row(A, "SKU-1"), all_orders_row(A, "SKU-2")]
    import_order_report(store, write_report(tmp_path / "a.txt", ALL_ORDERS_32, rows))
    report = [
        order_report_row(A, "901", "SKU-2", quantity_purchased="5"),
        order_report_row(A, "902", "SKU-3"),
    ]
    summary = import_order_report(store, write_report(tmp_path / "o.txt", ORDER_REPORT, report))
    assert (summary.new, summary.updated, summary.items) == (0, 1, 2)
    items = sorted((i.item_key, i.sku, i.quantity) for i in _order(store, A).items)
    # SKU-2 was one item: it takes the report's item id; SKU-1 twice stays as it was
    assert items == [
        ("901", "SKU-2", 5),
        ("902", "SKU-3", 1),
        ("SKU-1", "SKU-1", 1),
        ("SKU-1#2", "SKU-1", 1),
    ]


def test_header_only_report_imports_nothing(store: Store, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    path = write_report(tmp_path / "h.txt", ORDER_REPORT, [])
    summary = import_order_report(store, path, progress=lambda d, t: seen.append((d, t)))
    assert (summary.layout, summary.rows, summary.new, summary.skipped) == (
        "order-report",
        0,
        0,
        (),
    )
    assert seen == [(0, 0)]
