"""Turn report rows into orders: one row per item, consecutive rows of an order merged."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from inbox_app.orders import values
from inbox_app.orders.layouts import Header
from inbox_app.orders.model import ParsedItem, ParsedOrder, RowProblem
from inbox_app.orders.sentences import say

# Order-level fields, in ParsedOrder's order (after amazon_order_id and line).
ORDER_FIELDS = (
    "purchase_date",
    "last_updated",
    "status",
    "fulfillment_channel",
    "sales_channel",
    "ship_service_level",
    "ship_city",
    "ship_state",
    "ship_postal_code",
    "ship_country",
    "currency",
    "promise_date",
    "delivery_start",
    "delivery_end",
    "is_business",
    "is_prime",
    "buyer_alias",
    "buyer_name",
)
Head = tuple[object, ...]
Converter = Callable[[str, str], object]  # (cell, column name) -> value; ValueError if bad


def _text(value: str, _column: str) -> str | None:
    return values.text_or_none(value)


def _alias(value: str, _column: str) -> str | None:
    return values.relay_alias(value)


_DATES = frozenset(
    {"purchase_date", "last_updated", "promise_date", "delivery_start", "delivery_end"}
)
_FLAGS = frozenset({"is_business", "is_prime"})


def _reader(field: str) -> tuple[str, Converter]:
    """(logical column, converter) for an order-level field."""
    if field == "buyer_alias":
        return "buyer_email", _alias
    if field in _DATES:
        return field, values.timestamp
    if field in _FLAGS:
        return field, values.flag
    return field, _text


class RowParser:
    """Parses the cells of one data row of a report whose header is known."""

    def __init__(self, header: Header) -> None:
        index = header.index
        # only the columns this file has: a missing one is None for every row
        self._plan = tuple(
            (n, index[column], reader, header.names[index[column]])
            for n, (column, reader) in enumerate(map(_reader, ORDER_FIELDS))
            if column in index
        )
        self._width = len(ORDER_FIELDS)
        self._oid = index["order_id"]
        self._item = tuple(
            index.get(f, -1)
            for f in ("item_id", "sku", "asin", "product_name", "currency", "item_status")
        )
        self._quantity = index.get("quantity", -1)
        self._quantity_name = header.names[self._quantity] if self._quantity >= 0 else ""
        self._price = index.get("item_price", -1)
        self._shipping = index.get("shipping_price", -1)

    def parse(self, row: list[str], line: int) -> tuple[str, Head, ParsedItem, bool]:
        """(order id, order-level values, item, item keyed by order-item-id); ValueError if bad."""
        oid = values.order_id(row[self._oid])
        head: list[object] = [None] * self._width
        for n, i, reader, column in self._plan:
            head[n] = reader(row[i], column)
        item_id, sku, asin, name, currency, status = (
            row[i].strip() if i >= 0 else "" for i in self._item
        )
        q, p, s = self._quantity, self._price, self._shipping
        item = ParsedItem(
            key=item_id or sku or asin,
            sku=sku,
            asin=asin,
            product_name=name,
            quantity=values.quantity(row[q], self._quantity_name) if q >= 0 else 0,
            item_price=values.money(row[p], "item-price") if p >= 0 else None,
            shipping_price=values.money(row[s], "shipping-price") if s >= 0 else None,
            currency=currency,
            item_status=status,
            line=line,
        )
        return oid, tuple(head), item, bool(item_id)


class OrderBuilder:
    """Collects the rows of one order and merges them into a ParsedOrder."""

    __slots__ = ("_first_line", "_heads", "_items", "_keys", "order_id")

    def __init__(self, order_id: str, line: int) -> None:
        self.order_id = order_id
        self._first_line = line
        self._heads: list[Head] = []
        self._items: list[ParsedItem] = []
        self._keys: dict[str, int] = {}

    def add(self, head: Head, item: ParsedItem, by_item_id: bool) -> RowProblem | None:
        key = item.key or "item"
        if key in self._keys:
            if by_item_id:
                first = self._keys[key]
                return RowProblem(
                    item.line,
                    say("duplicate_item", order=self.order_id, item=key, first=first),
                )
            # The same SKU twice in one order (All Orders has no item id): keep both,
            # numbered in file order so a re-import finds the same keys again.
            n = 2
            while f"{key}#{n}" in self._keys:
                n += 1
            key = f"{key}#{n}"
        if key != item.key:
            item = replace(item, key=key)
        self._keys[key] = item.line
        self._heads.append(head)
        self._items.append(item)
        return None

    def build(self) -> ParsedOrder:
        merged = list(self._heads[0])
        for head in self._heads[1:]:
            for i, value in enumerate(merged):
                if value is None and head[i] is not None:
                    merged[i] = head[i]
        fields: dict[str, Any] = dict(zip(ORDER_FIELDS, merged, strict=True))
        return ParsedOrder(self.order_id, self._first_line, items=tuple(self._items), **fields)
