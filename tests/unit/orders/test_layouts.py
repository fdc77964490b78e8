"""Layouts are recognised by column names, whatever their order, case or extras."""

from __future__ import annotations

import pytest

from inbox_app.orders.layouts import normalise, recognise
from inbox_app.orders.model import UnknownLayoutError, UnreadableReportError
from tests.helpers.orderreports import (
    ALL_ORDERS_29,
    ALL_ORDERS_32,
    ALL_ORDERS_NO_URL,
    ORDER_REPORT,
    UNSHIPPED,
)


@pytest.mark.parametrize(
    ("columns", "layout"),
    [
        (ORDER_REPORT, "order-report"),
        (UNSHIPPED, "unshipped-orders"),
        (ALL_ORDERS_29, "all-orders"),
        (ALL_ORDERS_32, "all-orders"),
        (ALL_ORDERS_NO_URL, "all-orders"),
    ],
)
def test_each_layout_is_recognised(columns: list[str], layout: str) -> None:
    header = recognise(columns)
    assert header.layout.name == layout
    assert header.width == len(columns)
    assert columns[header.index["sku"]] == "sku"


def test_position_does_not_matter() -> None:
    columns = [*reversed(ALL_ORDERS_32), "some-new-column"]
    header = recognise(columns)
    assert header.layout.name == "all-orders"
    assert header.index["order_id"] == columns.index("amazon-order-id")
    assert header.index["quantity"] == columns.index("quantity")
    assert header.index["is_business"] == columns.index("is-business-order")


def test_case_whitespace_underscores_and_bom_are_ignored() -> None:
    columns = ["\ufeffOrder-ID", " ORDER_ITEM_ID ", "Purchase Date", "SKU", "quantity-purchased"]
    header = recognise(columns)
    assert header.layout.name == "order-report"
    assert header.index == {
        "order_id": 0,
        "item_id": 1,
        "purchase_date": 2,
        "sku": 3,
        "quantity": 4,
    }
    assert normalise("\u00ef\u00bb\u00bfamazon-order-id") == "amazon-order-id"
    assert normalise("delivery-Instructions") == "delivery-instructions"


def test_unknown_layout_names_the_missing_columns() -> None:
    columns = [c for c in ALL_ORDERS_29 if c not in ("order-status", "quantity")]
    with pytest.raises(UnknownLayoutError) as info:
        recognise(columns)
    message = str(info.value)
    assert "All Orders report" in message
    assert "order-status, quantity" in message
    assert info.value.missing["all-orders"] == ("order-status", "quantity")
    assert "order-id" in info.value.missing["order-report"]


def test_comma_separated_file_gets_a_hint() -> None:
    with pytest.raises(UnknownLayoutError, match="comma-separated"):
        recognise(["order-id,order-item-id,purchase-date,sku"])


def test_empty_header_is_unreadable() -> None:
    with pytest.raises(UnreadableReportError, match="header"):
        recognise(["", " "])
