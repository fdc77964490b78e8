"""Build Seller Central order report files for tests: every layout, any encoding."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path


def _columns(names: str) -> list[str]:
    return names.split()


# Header of the older "All Orders" flat file (29 columns, with url) and the newer 32.
ALL_ORDERS_29 = _columns(
    "amazon-order-id merchant-order-id purchase-date last-updated-date order-status "
    "fulfillment-channel sales-channel order-channel url ship-service-level product-name sku "
    "asin item-status quantity currency item-price item-tax shipping-price shipping-tax "
    "gift-wrap-price gift-wrap-tax item-promotion-discount ship-promotion-discount ship-city "
    "ship-state ship-postal-code ship-country promotion-ids"
)
ALL_ORDERS_32 = [*ALL_ORDERS_29, "is-business-order", "purchase-order-number", "price-designation"]
# Newer All Orders files: no url, cpf added.
ALL_ORDERS_NO_URL = [c for c in ALL_ORDERS_32 if c != "url"] + ["cpf"]

ORDER_REPORT = _columns(
    "order-id order-item-id purchase-date payments-date buyer-email buyer-name "
    "buyer-phone-number sku product-name quantity-purchased currency item-price item-tax "
    "shipping-price shipping-tax ship-service-level recipient-name ship-address-1 "
    "ship-address-2 ship-address-3 ship-city ship-state ship-postal-code ship-country "
    "ship-phone-number delivery-start-date delivery-end-date delivery-time-zone "
    "delivery-Instructions sales-channel is-business-order purchase-order-number "
    "price-designation is-prime"
)
UNSHIPPED = _columns(
    "order-id order-item-id purchase-date payments-date reporting-date promise-date "
    "days-past-promise buyer-email buyer-name buyer-phone-number sku product-name "
    "quantity-purchased quantity-shipped quantity-to-ship currency item-price item-tax "
    "shipping-price shipping-tax ship-service-level recipient-name ship-address-1 ship-city "
    "ship-state ship-postal-code ship-country is-business-order purchase-order-number "
    "delivery-start-date delivery-end-date delivery-time-zone delivery-Instructions "
    "price-designation is-prime is-iba verge-of-cancellation verge-of-lateShipment"
)


def all_orders_row(order_id: str, sku: str, **cells: str) -> dict[str, str]:
    row = {
        "amazon-order-id": order_id,
        "purchase-date": "2026-10-01T10:50:49-08:00",
        "last-updated-date": "2026-10-02T08:00:00+00:00",
        "order-status": "Shipped",
        "fulfillment-channel": "Merchant",
        "sales-channel": "Amazon.co.uk",
        "ship-service-level": "Standard",
        "product-name": f"Product {sku}",
        "sku": sku,
        "asin": "B00TEST000",
        "item-status": "Shipped",
        "quantity": "1",
        "currency": "GBP",
        "item-price": "10.00",
        "shipping-price": "2.50",
        "ship-city": "London",
        "ship-postal-code": "N1 9GU",
        "ship-country": "GB",
    }
    row.update({k.replace("_", "-"): v for k, v in cells.items()})
    return row


def order_report_row(order_id: str, item_id: str, sku: str, **cells: str) -> dict[str, str]:
    row = {
        "order-id": order_id,
        "order-item-id": item_id,
        "purchase-date": "2026-10-01T10:50:49Z",
        "buyer-email": "abc123xyz@marketplace.amazon.de",
        "buyer-name": "Jana Müller",
        "sku": sku,
        "product-name": f"Product {sku}",
        "quantity-purchased": "1",
        "quantity-to-ship": "1",
        "currency": "EUR",
        "item-price": "20.00",
        "ship-service-level": "Standard",
        "ship-city": "Berlin",
        "ship-postal-code": "10115",
        "ship-country": "DE",
        "sales-channel": "Amazon.de",
        "delivery-start-date": "2026-10-05T08:00:00+02:00",
        "delivery-end-date": "2026-10-07T20:00:00+02:00",
        "promise-date": "2026-10-03",
        "is-prime": "false",
    }
    row.update({k.replace("_", "-"): v for k, v in cells.items()})
    return row


def report_text(columns: Sequence[str], rows: Iterable[Mapping[str, str]]) -> str:
    lines = ["\t".join(columns)]
    lines += ["\t".join(row.get(c, "") for c in columns) for row in rows]
    return "\n".join(lines) + "\n"


def write_report(
    path: Path,
    columns: Sequence[str],
    rows: Iterable[Mapping[str, str]],
    *,
    encoding: str = "utf-8",
    extra_lines: Sequence[str] = (),
) -> Path:
    """Write a report; `extra_lines` are appended raw (for broken rows)."""
    text = report_text(columns, rows) + "".join(line + "\n" for line in extra_lines)
    path.write_bytes(text.encode(encoding))
    return path
