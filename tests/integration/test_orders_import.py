"""Order report import into a real SQLite store: layouts, re-import, bad files,
cancel and crash (one transaction per file)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inbox_app.services import orders_import, orders_write
from inbox_app.services.inbox import InboxService
from inbox_app.services.orders_import import (
    ImportCancelled,
    UnknownLayoutError,
    UnreadableReportError,
)
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Buyer, Order, OrderItem
from tests.helpers.orderreports import (
    ALL_ORDERS_29,
    ALL_ORDERS_32,
    ORDER_REPORT,
    UNSHIPPED,
    all_orders_row,
    order_report_row,
    write_report,
)
from tests.helpers.stored_orders import A, B, C, stored_order


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
    summary = InboxService(store).import_orders(path, progress=lambda d, t: seen.append((d, t)))
    assert (summary.layout, summary.new, summary.updated, summary.items) == ("all-orders", 2, 0, 3)
    assert summary.skipped == ()
    assert summary.rows == 3
    assert seen[-1] == (3, 3)
    order = stored_order(store, A)
    assert order.status == "Shipped"
    assert order.purchase_date == datetime(2026, 10, 1, 18, 50, 49, tzinfo=UTC)
    assert order.marketplace_id == "A1F83G8C2ARO7P"  # Amazon.co.uk
    assert order.total_amount == Decimal("48.00")  # 10 + 33 + 2 x 2.50 shipping
    assert [(i.item_key, i.quantity) for i in order.items] == [("SKU-1", 1), ("SKU-2", 3)]
    other = stored_order(store, B)
    assert other.marketplace_id is None  # unknown sales channel
    assert other.status == "Pending"


def test_order_report_creates_buyer_and_delivery_window(store: Store, tmp_path: Path) -> None:
    path = write_report(tmp_path / "o.txt", ORDER_REPORT, [order_report_row(A, "1", "S")])
    assert InboxService(store).import_orders(path).new == 1
    order = stored_order(store, A)
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
    InboxService(store).import_orders(write_report(tmp_path / "o.txt", ORDER_REPORT, rows))
    with store.session() as s:
        names = dict(s.execute(select(Buyer.alias, Buyer.display_name)).all())
    assert names == {
        "abc123xyz@marketplace.amazon.de": "Jana Müller",
        "named@marketplace.amazon.de": "Known Name",
    }
    assert stored_order(store, C).buyer_id is None  # a real address is never stored


def test_unshipped_then_all_orders_updates_status_without_duplicates(
    store: Store, tmp_path: Path
) -> None:
    unshipped = write_report(
        tmp_path / "u.txt",
        UNSHIPPED,
        [order_report_row(A, "11", "SKU-1"), order_report_row(A, "12", "SKU-2")],
    )
    first = InboxService(store).import_orders(unshipped)
    assert (first.layout, first.new, first.items) == ("unshipped-orders", 1, 2)
    assert stored_order(store, A).status == "Unshipped"
    assert stored_order(store, A).promise_date == datetime(2026, 10, 3, tzinfo=UTC)

    shipped = write_report(
        tmp_path / "all.txt",
        ALL_ORDERS_29,
        [
            all_orders_row(A, "SKU-1", order_status="Shipped", quantity="1"),
            all_orders_row(A, "SKU-2", order_status="Shipped", quantity="2"),
        ],
    )
    second = InboxService(store).import_orders(shipped)
    assert (second.new, second.updated, second.items) == (0, 1, 2)
    order = stored_order(store, A)
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
    InboxService(store).import_orders(unshipped)
    assert stored_order(store, A).status == "Shipped"
    assert (_count(store, Order), _count(store, OrderItem)) == (1, 2)


def test_reimport_updates_status_dates_and_items(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "all.txt"
    write_report(path, ALL_ORDERS_32, [all_orders_row(A, "S1"), all_orders_row(B, "S2")])
    InboxService(store).import_orders(path)
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
    summary = InboxService(store).import_orders(path)
    assert (summary.new, summary.updated, summary.items) == (1, 2, 4)
    order = stored_order(store, A)
    assert order.status == "Cancelled"
    assert order.last_updated == datetime(2026, 10, 9, 10, 0, tzinfo=UTC)
    assert [(i.item_key, i.item_status, i.quantity) for i in order.items] == [
        ("S1", "Cancelled", 0),
        ("S3", "Shipped", 1),
    ]
    assert (_count(store, Order), _count(store, OrderItem)) == (3, 4)


def test_order_rows_apart_in_the_file_merge_into_one_order(store: Store, tmp_path: Path) -> None:
    rows = [all_orders_row(A, "S1"), all_orders_row(B, "S2"), all_orders_row(A, "S3")]
    summary = InboxService(store).import_orders(
        write_report(tmp_path / "a.txt", ALL_ORDERS_32, rows)
    )
    assert (summary.new, summary.updated, summary.items) == (2, 0, 3)
    assert [i.sku for i in stored_order(store, A).items] == ["S1", "S3"]


def test_rows_apart_across_batches_count_once(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(orders_import, "BATCH_ORDERS", 1)
    rows = [all_orders_row(A, "S1"), all_orders_row(B, "S2"), all_orders_row(A, "S3")]
    summary = InboxService(store).import_orders(
        write_report(tmp_path / "a.txt", ALL_ORDERS_32, rows)
    )
    assert (summary.new, summary.updated, summary.items) == (2, 0, 3)
    assert _count(store, OrderItem) == 3


def test_windows_1252_report(store: Store, tmp_path: Path) -> None:
    rows = [order_report_row(A, "1", "B-1", buyer_name="Jürgen Müller", product_name="Bücher")]
    path = write_report(tmp_path / "cp.txt", ORDER_REPORT, rows, encoding="cp1252")
    summary = InboxService(store).import_orders(path)
    assert summary.encoding == "cp1252"
    assert stored_order(store, A).items[0].product_name == "Bücher"
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
    summary = InboxService(store).import_orders(path)
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
        InboxService(store).import_orders(path)
    assert "order-item-id, purchase-date, quantity-purchased" in str(info.value)
    with pytest.raises(UnreadableReportError):
        InboxService(store).import_orders(tmp_path / "missing.txt")
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
        InboxService(store).import_orders(path, cancel=cancel)
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
        InboxService(store).import_orders(write_report(tmp_path / "c.txt", ALL_ORDERS_32, rows))
    assert batches == [2, 2, 2]
    assert _count(store, Order) == 0
    assert _count(store, OrderItem) == 0


def test_order_report_after_all_orders_adopts_item_ids(store: Store, tmp_path: Path) -> None:
    rows = [all_orders_row(A, "SKU-1"), all_orders_row(A, "SKU-1"), all_orders_row(A, "SKU-2")]
    InboxService(store).import_orders(write_report(tmp_path / "a.txt", ALL_ORDERS_32, rows))
    report = [
        order_report_row(A, "901", "SKU-2", quantity_purchased="5"),
        order_report_row(A, "902", "SKU-3"),
    ]
    summary = InboxService(store).import_orders(
        write_report(tmp_path / "o.txt", ORDER_REPORT, report)
    )
    assert (summary.new, summary.updated, summary.items) == (0, 1, 2)
    items = sorted((i.item_key, i.sku, i.quantity) for i in stored_order(store, A).items)
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
    summary = InboxService(store).import_orders(path, progress=lambda d, t: seen.append((d, t)))
    assert (summary.layout, summary.rows, summary.new, summary.skipped) == (
        "order-report",
        0,
        0,
        (),
    )
    assert seen == [(0, 0)]
