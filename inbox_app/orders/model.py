"""Plain data parsed from order reports: orders, their items, row problems and errors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import NamedTuple


class RowProblem(NamedTuple):
    """A report row that was skipped: its 1-based line number in the file and why."""

    line: int
    reason: str


@dataclass(frozen=True, slots=True)
class ParsedItem:
    """One item row of an order. `key` is the order-item-id, else the SKU."""

    key: str
    sku: str
    asin: str
    product_name: str
    quantity: int
    item_price: Decimal | None
    shipping_price: Decimal | None
    currency: str
    item_status: str
    line: int


@dataclass(frozen=True, slots=True)
class ParsedOrder:
    """One order with all its item rows merged.

    A field is None when the report has no such column or the cell is empty, so an
    import can keep what the store already knows instead of blanking it.
    """

    amazon_order_id: str
    line: int  # first line of the order in the file
    purchase_date: datetime | None
    last_updated: datetime | None
    status: str | None
    fulfillment_channel: str | None
    sales_channel: str | None
    ship_service_level: str | None
    ship_city: str | None
    ship_state: str | None
    ship_postal_code: str | None
    ship_country: str | None
    currency: str | None
    promise_date: datetime | None
    delivery_start: datetime | None
    delivery_end: datetime | None
    is_business: bool | None
    is_prime: bool | None
    buyer_alias: str | None  # the relay alias (…@marketplace.amazon.<tld>), lower-cased
    buyer_name: str | None
    items: tuple[ParsedItem, ...]

    @property
    def total_amount(self) -> Decimal | None:
        """Item prices plus shipping as reported (before tax); None if no price is known."""
        amounts = [a for i in self.items for a in (i.item_price, i.shipping_price) if a is not None]
        return sum(amounts, Decimal(0)) if amounts else None


class ReportError(Exception):
    """A report file that cannot be imported at all; the message is for the user."""


class UnreadableReportError(ReportError):
    """Missing, empty, binary or otherwise unreadable file."""


class UnknownLayoutError(ReportError):
    """A header that matches no known layout; `missing` names the absent columns per layout."""

    def __init__(self, message: str, missing: dict[str, tuple[str, ...]]) -> None:
        super().__init__(message)
        self.missing = missing
