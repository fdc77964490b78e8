"""Orders API 2026-01-01: the search parameters the app sends and an order as plain data.

Only non-restricted data is asked for (FULFILLMENT, PROCEEDS, PACKAGES): never BUYER or
RECIPIENT, so no buyer name, address or e-mail reaches the app and no restricted data
token is needed.

The model has no delivery time: a package's status says DELIVERED, with no date. An
order whose packages are all DELIVERED was delivered at its `lastUpdatedTime` at the
latest (the status change updates the order), so `delivered_by` gives that time; the
sync keeps the first one it sees. Later than the real delivery at worst: the review
window then opens late, never early. FBA orders have no packages (promised date only).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from inbox_app.orders.model import ParsedItem, ParsedOrder
from inbox_app.store.marketplaces import BY_ID

INCLUDED_DATA = ("FULFILLMENT", "PROCEEDS", "PACKAGES")
PAGE_SIZE = 100

# The 2026-01-01 fulfillment statuses in the spelling order reports use.
STATUS_NAMES = {
    "PENDING_AVAILABILITY": "PendingAvailability",
    "PENDING": "Pending",
    "UNSHIPPED": "Unshipped",
    "PARTIALLY_SHIPPED": "PartiallyShipped",
    "SHIPPED": "Shipped",
    "CANCELLED": "Canceled",
    "UNFULFILLABLE": "Unfulfillable",
}
FULFILLED_BY = {"AMAZON": "Amazon", "MERCHANT": "Merchant"}


def iso(moment: datetime) -> str:
    """ISO 8601 in UTC with a Z, whole seconds (what the model's examples use)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def search_query(
    marketplace_ids: Sequence[str],
    updated_after: datetime,
    updated_before: datetime,
    page_token: str | None,
) -> dict[str, str | int | Sequence[str] | None]:
    """searchOrders parameters: every page of one window carries the same filters."""
    return {
        "lastUpdatedAfter": iso(updated_after),
        "lastUpdatedBefore": iso(updated_before),
        "marketplaceIds": list(marketplace_ids),
        "includedData": list(INCLUDED_DATA),
        "maxResultsPerPage": PAGE_SIZE,
        "paginationToken": page_token,
    }


def parse_time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).replace(microsecond=0)


def _money(value: object) -> tuple[Decimal | None, str]:
    if not isinstance(value, dict):
        return None, ""
    try:
        amount = Decimal(str(value.get("amount")))
    except (InvalidOperation, ValueError):
        return None, str(value.get("currencyCode") or "")
    return amount, str(value.get("currencyCode") or "")


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _item(raw: dict[str, Any]) -> ParsedItem:
    product = _dict(raw.get("product"))
    unit, currency = _money(_dict(product.get("price")).get("unitPrice"))
    quantity = int(raw.get("quantityOrdered") or 0)
    return ParsedItem(
        key=str(raw.get("orderItemId") or product.get("sellerSku") or ""),
        sku=str(product.get("sellerSku") or ""),
        asin=str(product.get("asin") or ""),
        product_name=str(product.get("title") or ""),
        quantity=quantity,
        # like the reports' item-price: the line's price, not the unit price
        item_price=unit * quantity if unit is not None else None,
        shipping_price=None,
        currency=currency,
        item_status="",
        line=0,
    )


def to_parsed(raw: dict[str, Any]) -> ParsedOrder:
    """One searchOrders order as the same plain data an order report gives."""
    fulfillment = _dict(raw.get("fulfillment"))
    deliver_by = _dict(fulfillment.get("deliverByWindow"))
    channel = _dict(raw.get("salesChannel"))
    marketplace = BY_ID.get(str(channel.get("marketplaceId") or ""))
    programs = {str(p) for p in raw.get("programs") or ()}
    items = tuple(_item(i) for i in raw.get("orderItems") or () if isinstance(i, dict))
    _, currency = _money(_dict(raw.get("proceeds")).get("grandTotal"))
    status = fulfillment.get("fulfillmentStatus")
    by = fulfillment.get("fulfilledBy")
    return ParsedOrder(
        amazon_order_id=str(raw["orderId"]),
        line=0,
        purchase_date=parse_time(raw.get("createdTime")),
        last_updated=parse_time(raw.get("lastUpdatedTime")),
        status=STATUS_NAMES.get(str(status), str(status)) if status else None,
        fulfillment_channel=FULFILLED_BY.get(str(by), str(by)) if by else None,
        sales_channel=marketplace.name if marketplace else None,
        ship_service_level=str(fulfillment.get("fulfillmentServiceLevel") or "") or None,
        ship_city=None,
        ship_state=None,
        ship_postal_code=None,
        ship_country=None,
        currency=currency or (items[0].currency if items else None) or None,
        promise_date=parse_time(deliver_by.get("latestDateTime")),
        delivery_start=parse_time(deliver_by.get("earliestDateTime")),
        delivery_end=parse_time(deliver_by.get("latestDateTime")),
        is_business="AMAZON_BUSINESS" in programs,
        is_prime="PRIME" in programs,
        buyer_alias=None,
        buyer_name=None,
        items=items,
    )


def delivered_by(raw: dict[str, Any]) -> datetime | None:
    """When the order was delivered at the latest: its last update, once every package
    says DELIVERED (None: not delivered, or Amazon reports no packages)."""
    packages = [p for p in raw.get("packages") or () if isinstance(p, dict)]
    if not packages:
        return None
    for package in packages:
        status = _dict(package.get("packageStatus"))
        if "DELIVERED" not in (status.get("status"), status.get("detailedStatus")):
            return None
    return parse_time(raw.get("lastUpdatedTime"))
