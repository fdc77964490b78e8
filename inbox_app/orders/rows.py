"""Turn report rows into orders: one row per item, consecutive rows of an order merged."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from inbox_app.orders import values
from inbox_app.orders.layouts import Header
from inbox_app.orders.model import ParsedItem, ParsedOrder, RowProblem

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
_DATES = ("purchase_date", "last_updated", "promise_date", "delivery_start", "delivery_end")
_TEXTS = (
    "status",
    "fulfillment_channel",
    "sales_channel",
    "ship_service_level",
    "ship_city",
    "ship_state",
    "ship_postal_code",
    "ship_country",
    "currency",
)
_FLAGS = ("is_business", "is_prime")

Head = tuple[object, ...]


class RowParser:
    """Parses the cells of one data row of a report whose header is known."""

    def __init__(self, header: Header) -> None:
        self._index = header.index
        # field -> the column's name in this file, for messages
        self._columns = {f: header.names[i] for f, i in header.index.items()}

    def _cell(self, row: list[str], field: str) -> str:
        i = self._index.get(field)
        return "" if i is None else row[i]

    def parse(self, row: list[str], line: int) -> tuple[str, Head, ParsedItem, bool]:
        """(order id, order-level values, item, item keyed by order-item-id); ValueError if bad."""
        cell = self._cell
        columns = self._columns
        oid = values.order_id(cell(row, "order_id"))
        head: dict[str, object] = {}
        for f in _DATES:
            head[f] = values.timestamp(cell(row, f), columns.get(f, f))
        for f in _TEXTS:
            head[f] = values.text_or_none(cell(row, f))
        for f in _FLAGS:
            head[f] = values.flag(cell(row, f), columns.get(f, f))
        head["buyer_alias"] = values.relay_alias(cell(row, "buyer_email"))
        head["buyer_name"] = values.text_or_none(cell(row, "buyer_name"))
        item_id = cell(row, "item_id").strip()
        sku = cell(row, "sku").strip()
        asin = cell(row, "asin").strip()
        item = ParsedItem(
            key=item_id or sku or asin,
            sku=sku,
            asin=asin,
            product_name=cell(row, "product_name").strip(),
            quantity=values.quantity(cell(row, "quantity"), columns.get("quantity", "quantity")),
            item_price=values.money(cell(row, "item_price"), "item-price"),
            shipping_price=values.money(cell(row, "shipping_price"), "shipping-price"),
            currency=cell(row, "currency").strip(),
            item_status=cell(row, "item_status").strip(),
            line=line,
        )
        return oid, tuple(head[f] for f in ORDER_FIELDS), item, bool(item_id)


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
                    f"duplicate row for order {self.order_id} item {key} (first on line {first})",
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
