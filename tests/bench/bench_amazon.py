"""Amazon Orders sync benchmark: N thousand orders from the local SP-API (searchOrders
pages with their items, then GetAttributes for every order's locale) into a fresh
SQLite store, beside a baseline measured in the same run: the same requests through
the same HTTP client, their JSON parsed and written with bare SQL executemany.

Amazon's pacing is switched off for both, in the app's client and in the local server
(the usage plans would make this a measurement of sleeping: 2,000 orders are 20
searchOrders pages at one every 180 s, and 2,000 GetAttributes at one a second), so the
ratio is the app's own cost: upserts, SKU rules, thread links, resume state.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import keyring

from inbox_app.amazon import ratelimit
from inbox_app.amazon.orders import search_query
from inbox_app.services import amazon_connections as conns
from inbox_app.services.amazon import AmazonService
from inbox_app.services.amazon_sync import SETTLE
from inbox_app.store.migrate import open_store
from tests.bench.common import table
from tests.helpers.memkeyring import MemoryKeyring
from tests.helpers.spapi_server import CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, ServerThread

ORDERS = 2_000
ITEMS = 2  # per order
NOW = datetime.now(UTC).replace(microsecond=0)
MARKETPLACE = "ATVPDKIKX0DER"


def _unpaced() -> None:
    for op in list(ratelimit.RATES):
        ratelimit.RATES[op] = ratelimit.UsagePlan(1e9, 10**9)


def _fill(server: ServerThread) -> None:
    for n in range(ORDERS):
        server.api.add_order(
            f"{111 + n % 800:03d}-{n:07d}-{(n * 7919) % 10**7:07d}",
            created=NOW - timedelta(days=20, minutes=n),
            items=ITEMS,
            locale=("en-US", "es-US", "de-DE")[n % 3],
        )


def _baseline(info: conns.ConnectionInfo, db: Path) -> tuple[float, int]:
    """The same pages and attributes, parsed and inserted with bare SQL."""
    sql = sqlite3.connect(db)
    sql.executescript(
        "create table o (id text primary key, created text, updated text, status text,"
        " locale text);"
        "create table i (order_id text, item_id text, sku text, title text, qty int);"
    )
    start = NOW - timedelta(days=30)
    end = NOW - SETTLE
    t0 = time.perf_counter()
    written = 0
    with conns.open_client(info) as client:
        token: str | None = None
        ids: list[str] = []
        while True:
            page = client.call("searchOrders", query=search_query([MARKETPLACE], start, end, token))
            orders: list[dict[str, Any]] = page.get("orders") or []
            sql.executemany(
                "insert into o values (?, ?, ?, ?, null)",
                [
                    (
                        o["orderId"],
                        o.get("createdTime"),
                        o.get("lastUpdatedTime"),
                        (o.get("fulfillment") or {}).get("fulfillmentStatus"),
                    )
                    for o in orders
                ],
            )
            sql.executemany(
                "insert into i values (?, ?, ?, ?, ?)",
                [
                    (
                        o["orderId"],
                        it.get("orderItemId"),
                        (it.get("product") or {}).get("sellerSku"),
                        (it.get("product") or {}).get("title"),
                        it.get("quantityOrdered"),
                    )
                    for o in orders
                    for it in o.get("orderItems") or ()
                ],
            )
            sql.commit()
            written += len(orders)
            ids += [o["orderId"] for o in orders]
            token = (page.get("pagination") or {}).get("nextToken")
            if not token:
                break
        for oid in ids:
            answer = client.call(
                "GetAttributes",
                path={"amazonOrderId": oid},
                query={"marketplaceIds": [MARKETPLACE]},
            )
            sql.execute(
                "update o set locale = ? where id = ?",
                ((answer.get("buyer") or {}).get("locale"), oid),
            )
        sql.commit()
    seconds = time.perf_counter() - t0
    sql.close()
    return seconds, written


def main() -> None:
    _unpaced()
    keyring.set_keyring(MemoryKeyring())  # the bench's secrets never reach the real keyring
    server = ServerThread(paced=False)
    try:
        _fill(server)
        with tempfile.TemporaryDirectory(prefix="bench-amazon-") as tmp:
            store = open_store(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
            spec = conns.ConnectionSpec(
                "bench", "na", CLIENT_ID, ("US",), server.url, server.token_url
            )
            amazon = AmazonService(store)
            amazon.connect(spec, CLIENT_SECRET, REFRESH_TOKEN)
            info = amazon.connection("bench")
            base_s, base_n = _baseline(info, Path(tmp) / "bare.sqlite3")
            t0 = time.perf_counter()
            first = amazon.sync_connection("bench", languages=False)
            learnt = amazon.learn_buyer_languages(info, limit=ORDERS)
            app_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            again = amazon.sync_connection("bench", languages=False)
            again_s = time.perf_counter() - t0
            store.close()
    finally:
        server.stop()
    assert not server.api.limits.throttled, server.api.limits.throttled  # no 429 waited on
    assert first.complete and first.new == ORDERS == base_n and learnt == ORDERS
    assert again.complete and again.new == 0
    requests = first.pages + ORDERS

    def row(name: str, seconds: float, note: str) -> list[str]:
        return [name, f"{ORDERS:,}", f"{seconds:.2f}", f"{ORDERS / seconds:,.0f}",
                f"{seconds / base_s:.2f}x", note]  # fmt: skip

    table(
        f"Amazon Orders sync: {ORDERS:,} orders x {ITEMS} items from the local SP-API "
        f"({first.pages} searchOrders pages + {ORDERS:,} GetAttributes, every request and "
        "answer validated against the models), fresh SQLite store, pacing off",
        ["case", "orders", "seconds", "orders/s", "vs baseline", "note"],
        [
            row("bare SQL (baseline)", base_s, f"same {requests:,} requests, executemany"),
            row("orders sync + locales", app_s, "upsert, SKU rules, links, resume state"),
            row("second sync", again_s, f"{again.pages} page, nothing new (idempotent)"),
        ],
    )


if __name__ == "__main__":
    main()
