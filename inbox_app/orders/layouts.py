"""Report layouts recognised by their header, and where each field sits in a header.

Columns are found by name (case, spaces, underscores and a BOM do not matter), so
reordered, added or dropped optional columns are fine.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from inbox_app.orders.model import UnknownLayoutError, UnreadableReportError
from inbox_app.orders.sentences import say


@dataclass(frozen=True, slots=True)
class Layout:
    name: str  # stable id, shown in summaries: order-report, unshipped-orders, all-orders
    title: str  # for messages
    required: tuple[str, ...]
    marker: str | None = None  # a column that tells this layout from a sibling
    default_status: str | None = None  # status of a new order when the report has none


ORDER_REPORT = Layout(
    "order-report",
    "order report",
    ("order-id", "order-item-id", "purchase-date", "sku", "quantity-purchased"),
)
UNSHIPPED_ORDERS = Layout(
    "unshipped-orders",
    "unshipped orders report",
    ORDER_REPORT.required,
    marker="quantity-to-ship",
    default_status="Unshipped",
)
ALL_ORDERS = Layout(
    "all-orders",
    "All Orders report",
    ("amazon-order-id", "purchase-date", "order-status", "sku", "quantity"),
)
# Most specific first: a layout with a marker before its unmarked sibling.
LAYOUTS = (UNSHIPPED_ORDERS, ORDER_REPORT, ALL_ORDERS)

# Logical field -> column names that carry it, first present wins.
FIELD_COLUMNS: dict[str, tuple[str, ...]] = {
    "order_id": ("order-id", "amazon-order-id"),
    "item_id": ("order-item-id",),
    "purchase_date": ("purchase-date",),
    "last_updated": ("last-updated-date",),
    "status": ("order-status",),
    "item_status": ("item-status",),
    "fulfillment_channel": ("fulfillment-channel",),
    "sales_channel": ("sales-channel",),
    "ship_service_level": ("ship-service-level",),
    "ship_city": ("ship-city",),
    "ship_state": ("ship-state",),
    "ship_postal_code": ("ship-postal-code",),
    "ship_country": ("ship-country",),
    "currency": ("currency",),
    "sku": ("sku",),
    "asin": ("asin",),
    "product_name": ("product-name",),
    "quantity": ("quantity-purchased", "quantity"),
    "item_price": ("item-price",),
    "shipping_price": ("shipping-price",),
    "promise_date": ("promise-date",),
    "delivery_start": ("delivery-start-date", "earliest-delivery-date"),
    "delivery_end": ("delivery-end-date", "latest-delivery-date"),
    "is_business": ("is-business-order",),
    "is_prime": ("is-prime",),
    "buyer_email": ("buyer-email",),
    "buyer_name": ("buyer-name",),
}

_MOJIBAKE_BOM = "\u00ef\u00bb\u00bf"  # a UTF-8 BOM read as Windows-1252


def normalise(name: str) -> str:
    text = name.strip().lstrip("\ufeff")
    text = text.removeprefix(_MOJIBAKE_BOM).strip().lower()
    return "-".join(text.replace("_", " ").replace("-", " ").split())


@dataclass(frozen=True, slots=True)
class Header:
    layout: Layout
    width: int  # number of columns
    index: dict[str, int]  # logical field -> cell index, only fields present
    names: tuple[str, ...]  # the normalised column names


def recognise(cells: Sequence[str]) -> Header:
    """The layout of a header row, or UnknownLayoutError naming the missing columns."""
    names = [normalise(c) for c in cells]
    if not any(names):
        raise UnreadableReportError(say("header_empty"))
    positions: dict[str, int] = {}
    for i, name in enumerate(names):
        positions.setdefault(name, i)
    missing: dict[str, tuple[str, ...]] = {}
    for layout in LAYOUTS:
        lacking = tuple(c for c in layout.required if c not in positions)
        if layout.marker is not None and layout.marker not in positions:
            continue
        if not lacking:
            return Header(layout, len(cells), _field_index(positions), tuple(names))
        missing[layout.name] = lacking
    raise UnknownLayoutError(_unknown_message(names, missing), missing)


def _field_index(positions: dict[str, int]) -> dict[str, int]:
    index: dict[str, int] = {}
    for field, cols in FIELD_COLUMNS.items():
        found = next((positions[c] for c in cols if c in positions), None)
        if found is not None:
            index[field] = found
    return index


def _unknown_message(names: list[str], missing: dict[str, tuple[str, ...]]) -> str:
    best = min(missing, key=lambda name: len(missing[name]))
    title = next(layout.title for layout in LAYOUTS if layout.name == best)
    commas = len(names) == 1 and ("," in names[0] or ";" in names[0])
    key = "unknown_layout_commas" if commas else "unknown_layout"
    return say(key, title=title, columns=", ".join(missing[best]))
