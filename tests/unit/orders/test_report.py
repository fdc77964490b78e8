"""Whole report files: every layout, encodings, merged items, broken rows by line."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from inbox_app.orders import (
    OrderReport,
    RowProblem,
    UnknownLayoutError,
    UnreadableReportError,
    parse_report,
    peek_layout,
)
from tests.helpers.orderreports import (
    ALL_ORDERS_29,
    ALL_ORDERS_32,
    ALL_ORDERS_NO_URL,
    ORDER_REPORT,
    UNSHIPPED,
    all_orders_row,
    order_report_row,
    report_text,
    write_report,
)

A = "111-0000001-0000001"
B = "222-0000002-0000002"


@pytest.mark.parametrize("columns", [ALL_ORDERS_29, ALL_ORDERS_32, ALL_ORDERS_NO_URL])
def test_all_orders_layouts(tmp_path: Path, columns: list[str]) -> None:
    path = write_report(
        tmp_path / "all.txt",
        columns,
        [
            all_orders_row(A, "SKU-1", is_business_order="true"),
            all_orders_row(A, "SKU-2", quantity="2", item_price="30.00", shipping_price=""),
            all_orders_row(B, "SKU-3", order_status="Pending", sales_channel="Amazon.it"),
        ],
    )
    layout, orders, problems = parse_report(path)
    assert layout.name == "all-orders"
    assert problems == []
    assert [o.amazon_order_id for o in orders] == [A, B]
    first = orders[0]
    assert first.line == 2
    assert first.purchase_date == datetime(2026, 10, 1, 18, 50, 49, tzinfo=UTC)
    assert first.last_updated == datetime(2026, 10, 2, 8, 0, tzinfo=UTC)
    assert first.status == "Shipped"
    assert first.sales_channel == "Amazon.co.uk"
    assert [(i.key, i.sku, i.quantity, i.item_price) for i in first.items] == [
        ("SKU-1", "SKU-1", 1, Decimal("10.00")),
        ("SKU-2", "SKU-2", 2, Decimal("30.00")),
    ]
    assert first.total_amount == Decimal("42.50")
    assert first.buyer_alias is None  # All Orders reports carry no buyer
    assert first.is_business is (True if "is-business-order" in columns else None)
    assert orders[1].status == "Pending"


def test_order_report_keeps_buyer_alias_and_delivery_window(tmp_path: Path) -> None:
    path = write_report(
        tmp_path / "orders.txt",
        ORDER_REPORT,
        [
            order_report_row(A, "11111111111111", "SKU-1"),
            order_report_row(A, "22222222222222", "SKU-1"),
        ],
    )
    layout, orders, problems = parse_report(path)
    assert (layout.name, problems, len(orders)) == ("order-report", [], 1)
    order = orders[0]
    assert [i.key for i in order.items] == ["11111111111111", "22222222222222"]
    assert order.buyer_alias == "abc123xyz@marketplace.amazon.de"
    assert order.buyer_name == "Jana Müller"
    assert order.delivery_start == datetime(2026, 10, 5, 6, 0, tzinfo=UTC)
    assert order.delivery_end == datetime(2026, 10, 7, 18, 0, tzinfo=UTC)
    assert order.status is None  # the order report has no status column
    assert order.is_prime is False


def test_unshipped_orders_layout(tmp_path: Path) -> None:
    path = write_report(tmp_path / "unshipped.txt", UNSHIPPED, [order_report_row(B, "3", "S")])
    layout, orders, _ = parse_report(path)
    assert layout.name == "unshipped-orders"
    assert layout.default_status == "Unshipped"
    assert orders[0].promise_date == datetime(2026, 10, 3, tzinfo=UTC)


def test_reordered_columns_and_unknown_extra_column(tmp_path: Path) -> None:
    columns = ["x-new", *reversed(ALL_ORDERS_32)]
    path = write_report(tmp_path / "r.txt", columns, [all_orders_row(A, "SKU-9", x_new="zzz")])
    _, orders, problems = parse_report(path)
    assert problems == []
    assert orders[0].items[0].sku == "SKU-9"
    assert orders[0].ship_city == "London"


def test_windows_1252_file(tmp_path: Path) -> None:
    rows = [
        order_report_row(
            A, "1", "BOOK-1", buyer_name="Jürgen Müller", product_name="Bücher – Größe €"
        ),
    ]
    path = write_report(tmp_path / "old.txt", ORDER_REPORT, rows, encoding="cp1252")
    assert "Müller".encode("cp1252") in path.read_bytes()
    with OrderReport(path) as report:
        assert report.encoding == "cp1252"
        orders = list(report)
    assert orders[0].buyer_name == "Jürgen Müller"
    assert orders[0].items[0].product_name == "Bücher – Größe €"


def test_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    text = "\t".join(ALL_ORDERS_32) + "\r\n"
    row = all_orders_row(A, "SKU-É", product_name="Café ☕")
    text += "\t".join(row.get(c, "") for c in ALL_ORDERS_32) + "\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    with OrderReport(path) as report:
        assert report.encoding == "utf-8-sig"
        assert report.layout.name == "all-orders"
        orders = list(report)
    assert orders[0].items[0].sku == "SKU-É"
    assert orders[0].items[0].product_name == "Café ☕"
    assert orders[0].ship_country == "GB"  # no stray \r


def test_broken_rows_are_reported_by_line_and_the_rest_parsed(tmp_path: Path) -> None:
    good = [all_orders_row(A, "SKU-1")]
    bad_date = all_orders_row(B, "SKU-2", purchase_date="yesterday")
    bad_id = all_orders_row("12-34", "SKU-3")
    bad_qty = all_orders_row(B, "SKU-4", quantity="lots")
    last = all_orders_row("333-0000003-0000003", "SKU-5")

    def line(row: dict[str, str]) -> str:
        return "\t".join(row.get(c, "") for c in ALL_ORDERS_32)

    path = write_report(
        tmp_path / "broken.txt",
        ALL_ORDERS_32,
        good,
        extra_lines=[
            line(bad_date),  # line 3
            "\t".join(["444-0000004-0000004", "only", "three"]),  # line 4
            "",  # line 5: blank, ignored
            line(bad_id),  # line 6
            line(bad_qty),  # line 7
            line(last),  # line 8
        ],
    )
    _, orders, problems = parse_report(path)
    assert [o.amazon_order_id for o in orders] == [A, "333-0000003-0000003"]
    assert [p.line for p in problems] == [3, 4, 6, 7]
    assert problems[0] == RowProblem(3, "bad date in purchase-date: 'yesterday'")
    assert problems[1].reason == f"3 cells where the header has {len(ALL_ORDERS_32)}"
    assert "bad order id '12-34'" in problems[2].reason
    assert problems[3].reason == "bad number in quantity: 'lots'"


def test_trailing_empty_cells_beyond_header_are_tolerated(tmp_path: Path) -> None:
    row = all_orders_row(A, "SKU-1")
    path = write_report(
        tmp_path / "t.txt",
        ALL_ORDERS_32,
        [],
        extra_lines=["\t".join(row.get(c, "") for c in ALL_ORDERS_32) + "\t\t"],
    )
    _, orders, problems = parse_report(path)
    assert (len(orders), problems) == (1, [])


def test_duplicate_item_rows(tmp_path: Path) -> None:
    orders_path = write_report(
        tmp_path / "o.txt",
        ORDER_REPORT,
        [order_report_row(A, "7", "S"), order_report_row(A, "7", "S")],
    )
    _, orders, problems = parse_report(orders_path)
    assert len(orders[0].items) == 1
    assert problems == [RowProblem(3, f"duplicate row for order {A} item 7 (first on line 2)")]
    # All Orders has no item id: the same SKU twice is two items, numbered stably
    all_path = write_report(
        tmp_path / "a.txt", ALL_ORDERS_32, [all_orders_row(A, "S"), all_orders_row(A, "S")]
    )
    _, orders, problems = parse_report(all_path)
    assert [i.key for i in orders[0].items] == ["S", "S#2"]
    assert problems == []


def test_order_fields_merge_across_item_rows(tmp_path: Path) -> None:
    path = write_report(
        tmp_path / "m.txt",
        ORDER_REPORT,
        [
            order_report_row(A, "1", "S1", delivery_end_date="", buyer_name=""),
            order_report_row(A, "2", "S2"),
        ],
    )
    _, orders, _ = parse_report(path)
    assert orders[0].buyer_name == "Jana Müller"
    assert orders[0].delivery_end == datetime(2026, 10, 7, 18, 0, tzinfo=UTC)


def test_progress_counts(tmp_path: Path) -> None:
    rows = [all_orders_row(f"111-0000000-{n:07d}", "S") for n in range(25)]
    path = write_report(tmp_path / "p.txt", ALL_ORDERS_32, rows)
    with OrderReport(path) as report:
        assert report.total_rows == 25
        assert report.rows_read == 0
        assert len(list(report)) == 25
        assert report.rows_read == 25


def test_unknown_layout_file(tmp_path: Path) -> None:
    path = tmp_path / "listing.txt"
    path.write_text("sku\tprice\tquantity\nA\t1\t2\n", encoding="utf-8")
    expected = "as an All Orders report it lacks the column(s) amazon-order-id, purchase-date"
    with pytest.raises(UnknownLayoutError, match=re.escape(expected)):
        OrderReport(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\n\n  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_unreadable_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "f.txt"
    path.write_bytes(content)
    with pytest.raises(UnreadableReportError, match=message):
        OrderReport(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(UnreadableReportError, match="cannot open"):
        OrderReport(tmp_path / "nope.txt")
    with pytest.raises(UnreadableReportError, match="is a folder"):
        OrderReport(tmp_path)


def test_utf16_export_from_a_spreadsheet(tmp_path: Path) -> None:
    path = write_report(
        tmp_path / "u16.txt", ALL_ORDERS_32, [all_orders_row(A, "SKU-Ü")], encoding="utf-16"
    )
    _, orders, problems = parse_report(path)
    assert problems == []
    assert orders[0].items[0].sku == "SKU-Ü"


def test_peek_layout_reads_only_the_header(tmp_path: Path) -> None:
    path = write_report(tmp_path / "u.txt", UNSHIPPED, [order_report_row(A, "1", "S")])
    assert peek_layout(path).name == "unshipped-orders"
    old = write_report(tmp_path / "o.txt", ORDER_REPORT, [], encoding="cp1252")
    assert peek_layout(old).name == "order-report"
    wide = write_report(tmp_path / "w.txt", ALL_ORDERS_32, [], encoding="utf-16")
    assert peek_layout(wide).name == "all-orders"
    (tmp_path / "x.txt").write_text("name\tvalue\n", encoding="utf-8")
    with pytest.raises(UnknownLayoutError):
        peek_layout(tmp_path / "x.txt")
    (tmp_path / "e.txt").write_bytes(b"")
    with pytest.raises(UnreadableReportError, match="empty"):
        peek_layout(tmp_path / "e.txt")


def test_blank_lines_before_the_header_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_text("\n\n" + report_text(ALL_ORDERS_32, [all_orders_row(A, "S")]), "utf-8")
    assert peek_layout(path).name == "all-orders"
    _, orders, problems = parse_report(path)
    assert (len(orders), orders[0].line, problems) == (1, 4, [])
