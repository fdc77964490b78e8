"""The local SP-API's state: orders, buyer locales, offered actions, what the app sent,
issued access tokens, and the faults a test scripts (see tests/helpers/spapi_server.py)."""

from __future__ import annotations

import secrets
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from tests.helpers.spapi_limits import PublishedLimits
from tests.helpers.spapi_models import iso

CLIENT_ID = "amzn1.application-oa2-client.localtest"
CLIENT_SECRET = "local-client-secret"
REFRESH_TOKEN = "Atzr|local-refresh-token"


def _package(status: str, created: datetime) -> dict[str, Any]:
    return {
        "packageReferenceId": "1",
        "createdTime": iso(created + timedelta(hours=3)),
        "packageStatus": {"status": status},
        "carrier": "UPS",
        "shipTime": iso(created + timedelta(days=1)),
    }


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@dataclass
class Fault:
    kind: str  # throttle | forbid | drop | error | expire (every access token, now)
    operation: str
    times: int = 1
    after: int = 0  # let this many requests of the operation pass first
    limit: str = "5.0"
    status: int = 500


@dataclass
class LocalSpApi:
    """State and scripting of one server (see module doc)."""

    base_url: str = ""
    orders: dict[str, dict[str, Any]] = field(default_factory=dict)
    locales: dict[str, str] = field(default_factory=dict)
    actions: dict[str, list[str]] = field(default_factory=dict)  # order -> message actions
    delivered: dict[str, datetime] = field(default_factory=dict)  # order -> delivery time
    solicited: dict[str, datetime] = field(default_factory=dict)
    messages: list[dict[str, Any]] = field(default_factory=list)  # sent Amazon messages
    uploads: dict[str, dict[str, Any]] = field(default_factory=dict)
    violations: list[str] = field(default_factory=list)
    requests: list[tuple[str, str, dict[str, list[str]]]] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    faults: list[Fault] = field(default_factory=list)
    token_lifetime: int = 3600
    tokens: dict[str, float] = field(default_factory=dict)  # access token -> expiry (epoch)
    token_requests: int = 0
    refresh_token: str = REFRESH_TOKEN
    limits: PublishedLimits = field(default_factory=PublishedLimits)
    lock: threading.RLock = field(default_factory=threading.RLock)

    # ---- scripting -------------------------------------------------------------
    def add_order(
        self,
        order_id: str,
        *,
        marketplace: str = "ATVPDKIKX0DER",
        created: datetime,
        updated: datetime | None = None,
        status: str = "SHIPPED",
        items: int = 1,
        prime: bool = False,
        business: bool = False,
        delivered: datetime | None = None,
        locale: str = "en-US",
        actions: tuple[str, ...] = ("confirmDeliveryDetails", "unexpectedProblem", "warranty"),
        currency: str = "USD",
        package: str | None = None,  # the package's status (PACKAGES), e.g. "DELIVERED"
    ) -> dict[str, Any]:
        programs = [p for p, on in (("PRIME", prime), ("AMAZON_BUSINESS", business)) if on]
        order_items = [
            {
                "orderItemId": f"{order_id.replace('-', '')[:10]}{n:04d}",
                "quantityOrdered": n + 1,
                "product": {
                    "asin": f"B0TEST{n:04d}",
                    "title": f"Test product {n}",
                    "sellerSku": f"SKU-{order_id[-4:]}-{n}",
                    "price": {"unitPrice": {"amount": f"{10 + n}.50", "currencyCode": currency}},
                },
            }
            for n in range(items)
        ]
        total = sum((10 + n + 0.5) * (n + 1) for n in range(items))
        deliver_by = delivered or created + timedelta(days=4)
        order: dict[str, Any] = {
            "orderId": order_id,
            "createdTime": iso(created),
            "lastUpdatedTime": iso(updated or created),
            "programs": programs,
            "salesChannel": {"channelName": "AMAZON", "marketplaceId": marketplace},
            "proceeds": {"grandTotal": {"amount": f"{total:.2f}", "currencyCode": currency}},
            "fulfillment": {
                "fulfillmentStatus": status,
                "fulfilledBy": "MERCHANT",
                "fulfillmentServiceLevel": "STANDARD",
                "shipByWindow": {
                    "earliestDateTime": iso(created),
                    "latestDateTime": iso(created + timedelta(days=1)),
                },
                "deliverByWindow": {
                    "earliestDateTime": iso(created + timedelta(days=2)),
                    "latestDateTime": iso(deliver_by),
                },
            },
            "orderItems": order_items,
            "packages": [] if package is None else [_package(package, created)],
            # sections only sent when includedData asks (the app must never ask)
            "buyer": {"buyerName": "Jane Buyer", "buyerEmail": "jane@example.invalid"},
            "recipient": {
                "deliveryAddress": {
                    "name": "Jane Buyer",
                    "addressLine1": "1 Test Street",
                    "city": "Testville",
                    "postalCode": "00000",
                    "countryCode": "US",
                }
            },
        }
        with self.lock:
            self.orders[order_id] = order
            self.locales[order_id] = locale
            self.actions[order_id] = list(actions)
            if delivered is not None:
                self.delivered[order_id] = delivered
        return order

    def touch(
        self,
        order_id: str,
        when: datetime,
        *,
        status: str | None = None,
        package: str | None = None,
    ) -> None:
        with self.lock:
            order = self.orders[order_id]
            order["lastUpdatedTime"] = iso(when)
            if status:
                order["fulfillment"]["fulfillmentStatus"] = status
            if package:
                order["packages"] = [_package(package, parse_iso(order["createdTime"]))]

    def fault(self, kind: str, operation: str, **kw: Any) -> None:
        with self.lock:
            self.faults.append(Fault(kind, operation, **kw))

    def expire_tokens(self) -> None:
        with self.lock:
            for token in self.tokens:
                self.tokens[token] = 0.0

    def revoke(self) -> None:
        self.refresh_token = "revoked:" + secrets.token_hex(4)

    def calls(self, operation: str) -> list[dict[str, list[str]]]:
        return [q for op, _m, q in self.requests if op == operation]

    # ---- internals -------------------------------------------------------------
    def take_fault(self, operation: str, *, expire: bool = False) -> Fault | None:
        """The fault due for this request of `operation` (expire faults, or the others)."""
        with self.lock:
            for fault in self.faults:
                if fault.operation != operation or (fault.kind == "expire") != expire:
                    continue
                if fault.after > 0:
                    fault.after -= 1
                    return None
                fault.times -= 1
                if fault.times <= 0:
                    self.faults.remove(fault)
                return fault
        return None
