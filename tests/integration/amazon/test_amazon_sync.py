"""Live orders from the local SP-API (services/amazon_sync.py): incremental, paged,
idempotent, resumable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inbox_app.services.amazon import AmazonService
from inbox_app.services.inbox import InboxService
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Order, OrderItem
from inbox_app.store.source_schema import AmazonConnection
from tests.helpers.spapi_server import LocalSpApi

NOW = datetime.now(UTC).replace(microsecond=0)


def _order_id(n: int) -> str:
    return f"111-{n:07d}-{n * 7 % 10_000_000:07d}"


def _orders(store: Store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(Order)) or 0)


def test_first_sync_pages_through_everything_and_a_second_adds_nothing(
    store: Store, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str
) -> None:
    for n in range(1, 251):
        spapi.add_order(
            _order_id(n),
            created=NOW - timedelta(days=3, minutes=n),
            items=1 + n % 3,
            prime=n % 2 == 0,
            business=n % 5 == 0,
        )
    spapi.add_order(_order_id(900), created=NOW - timedelta(days=90))  # before the first window

    first = amazon.sync_connection(amazon_connection, languages=False)
    assert (first.complete, first.new, first.updated, first.pages) == (True, 250, 0, 3)
    assert _orders(store) == 250
    second = amazon.sync_connection(amazon_connection, languages=False)
    assert (second.new, second.updated, second.complete) == (0, 0, True)
    assert _orders(store) == 250

    with store.session() as s:
        o = s.scalar(select(Order).where(Order.amazon_order_id == _order_id(10)))
        assert o is not None
        assert (o.status, o.fulfillment_channel, o.sales_channel) == (
            "Shipped",
            "Merchant",
            "Amazon.com",
        )
        assert (o.is_prime, o.is_business, o.marketplace_id) == (True, True, "ATVPDKIKX0DER")
        assert o.delivery_end is not None and o.delivery_start is not None
        assert o.buyer_id is None  # no buyer data is asked for
        items = s.scalars(select(OrderItem).where(OrderItem.order_id == o.id)).all()
        assert len(items) == 2 and items[0].sku.startswith("SKU-")
    searches = spapi.calls("searchOrders")
    assert len(searches) == 4
    for q in searches:
        included = set(q["includedData"][0].split(","))
        assert not included & {"BUYER", "RECIPIENT"}, "buyer PII must never be asked for"
        assert q["marketplaceIds"] == ["ATVPDKIKX0DER,A2EUQ1WTGCTBG2"]
    # the second run starts where the first ended
    assert searches[3]["lastUpdatedAfter"] == searches[0]["lastUpdatedBefore"]


def test_changed_orders_are_updated_not_duplicated(
    store: Store, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str
) -> None:
    spapi.add_order(_order_id(1), created=NOW - timedelta(days=2), status="UNSHIPPED")
    spapi.add_order(_order_id(2), created=NOW - timedelta(days=2))
    assert amazon.sync_connection(amazon_connection, languages=False).new == 2
    with store.session() as s, s.begin():  # pretend the last run ended an hour ago
        row = s.scalar(select(AmazonConnection))
        assert row is not None
        row.orders_synced_to = NOW - timedelta(hours=1)
    spapi.touch(_order_id(1), NOW - timedelta(minutes=30), status="SHIPPED")
    result = amazon.sync_connection(amazon_connection, languages=False)
    assert (result.new, result.updated) == (0, 1)
    with store.session() as s:
        assert (
            s.scalar(select(Order.status).where(Order.amazon_order_id == _order_id(1))) == "Shipped"
        )
    assert _orders(store) == 2


def test_an_order_from_a_report_and_from_the_api_stays_one_order(
    store: Store, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str, tmp_path: Path
) -> None:
    oid = _order_id(5)
    raw = spapi.add_order(oid, created=NOW - timedelta(days=1))
    item_id = raw["orderItems"][0]["orderItemId"]
    sku = raw["orderItems"][0]["product"]["sellerSku"]
    report = tmp_path / "orders.txt"
    header = "order-id\torder-item-id\tpurchase-date\tsku\tquantity-purchased\tbuyer-email\n"
    row = f"{oid}\t{item_id}\t{(NOW - timedelta(days=1)).isoformat()}\t{sku}\t1\tabc@marketplace.amazon.com\n"
    report.write_text(header + row, encoding="utf-8")
    assert InboxService(store).import_orders(report).new == 1
    result = amazon.sync_connection(amazon_connection, languages=False)
    assert (result.new, result.updated) == (0, 1)
    with store.session() as s:
        o = s.scalar(select(Order).where(Order.amazon_order_id == oid))
        assert o is not None and o.buyer_id is not None  # the report's buyer is kept
        assert o.status == "Shipped"
        assert s.scalar(select(func.count()).select_from(OrderItem)) == 1
    assert _orders(store) == 1


def test_a_dropped_connection_mid_sync_resumes_on_the_page_it_stopped_at(
    store: Store, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str
) -> None:
    for n in range(1, 301):
        spapi.add_order(_order_id(n), created=NOW - timedelta(days=2, minutes=n))
    spapi.fault("drop", "searchOrders", after=1)
    first = amazon.sync_connection(amazon_connection, languages=False)
    assert not first.complete
    assert "could not be reached" in first.error
    assert (first.new, first.pages) == (100, 1)
    assert "could not be reached" in amazon.connection(amazon_connection).last_error
    with store.session() as s:
        row = s.scalar(select(AmazonConnection))
        assert row is not None and row.page_token and row.orders_synced_to is None
    second = amazon.sync_connection(amazon_connection, languages=False)
    assert (second.complete, second.new, second.pages) == (True, 200, 2)
    assert _orders(store) == 300
    calls = spapi.calls("searchOrders")
    assert calls[2]["paginationToken"] == calls[1]["paginationToken"]  # the same page again
    assert amazon.connection(amazon_connection).last_error == ""


def test_throttling_waits_with_the_header_rate_and_retries(
    amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str
) -> None:
    spapi.add_order(_order_id(1), created=NOW - timedelta(days=1))
    spapi.fault("throttle", "searchOrders", times=2, limit="40")
    result = amazon.sync_connection(amazon_connection, languages=False)
    assert (result.complete, result.new) == (True, 1)
    assert spapi.counts["searchOrders"] == 3


def test_an_expired_access_token_is_renewed_once_and_the_request_repeated(
    amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str
) -> None:
    for n in range(1, 151):
        spapi.add_order(_order_id(n), created=NOW - timedelta(days=1, minutes=n))
    spapi.fault("expire", "searchOrders", after=1)  # Amazon expires the token mid-sync
    result = amazon.sync_connection(amazon_connection, languages=False)
    assert (result.complete, result.new) == (True, 150)
    assert spapi.token_requests == 2
    assert spapi.counts["searchOrders"] == 3  # page 1, page 2 refused (expired), page 2


def test_a_revoked_refresh_token_is_one_sentence_and_nothing_changes(
    amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str
) -> None:
    spapi.add_order(_order_id(1), created=NOW - timedelta(days=1))
    spapi.revoke()
    result = amazon.sync_connection(amazon_connection, languages=False)
    assert not result.complete and result.new == 0
    assert "refresh token was revoked" in result.error
    assert "\n" not in result.error and "Traceback" not in result.error
    assert spapi.counts["searchOrders"] == 0


def test_a_missing_role_names_the_role(
    amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str
) -> None:
    spapi.fault("forbid", "searchOrders")
    result = amazon.sync_connection(amazon_connection, languages=False)
    assert "lacks the role 'Inventory and Order Tracking'" in result.error


def test_a_crash_after_a_page_resumes_with_the_next_page(
    store: Store, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str
) -> None:
    for n in range(1, 251):
        spapi.add_order(_order_id(n), created=NOW - timedelta(days=2, minutes=n))

    def crash(_orders: int, pages: int) -> None:
        if pages == 1:
            raise SystemExit("the process dies here")  # after page 1 was committed

    with pytest.raises(SystemExit):
        amazon.sync_connection(amazon_connection, languages=False, progress=crash)
    assert _orders(store) == 100
    resumed = amazon.sync_connection(amazon_connection, languages=False)
    assert (resumed.complete, resumed.new, resumed.pages) == (True, 150, 2)
    calls = spapi.calls("searchOrders")
    assert len(calls) == 3
    assert "paginationToken" not in calls[0]
    # the run after the crash asked for page 2 of the same window, not page 1 again
    assert "paginationToken" in calls[1]
    assert calls[1]["lastUpdatedAfter"] == calls[0]["lastUpdatedAfter"]
    assert calls[1]["lastUpdatedBefore"] == calls[0]["lastUpdatedBefore"]
    assert _orders(store) == 250
