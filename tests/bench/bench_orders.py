"""Order import benchmark: a generated 100,000-row All Orders report imported into a
fresh SQLite store (target: under 20 s), beside reading the same file with csv.reader."""

from __future__ import annotations

import csv
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from inbox_app.orders import OrderReport
from inbox_app.services.inbox import InboxService
from inbox_app.services.special_orders import add_sku_rule
from inbox_app.store.migrate import open_store
from inbox_app.store.schema import Buyer, Thread
from tests.bench.common import table
from tests.helpers.orderreports import ALL_ORDERS_32

ROWS = 100_000
TARGET_S = 20.0
THREADS = 5_000  # threads waiting for their orders, linked by the import
SKU_PREFIXES = ("HM", "STD", "STD", "STD", "WN", "ENG")
PACIFIC = timezone(timedelta(hours=-8))  # Seller Central writes local times with an offset


def order_id(n: int) -> str:
    return f"{200 + n % 700:03d}-{n:07d}-{(n * 7919) % 10**7:07d}"


def write_report(path: Path, rows: int = ROWS, seed: int = 11) -> int:
    """A realistic All Orders file: 1-4 items per order, mixed channels and statuses."""
    rnd = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    channels = ("Amazon.com", "Amazon.co.uk", "Amazon.de", "Amazon.it", "Amazon.fr")
    statuses = ("Shipped", "Shipped", "Shipped", "Pending", "Cancelled", "Unshipped")
    index = {c: i for i, c in enumerate(ALL_ORDERS_32)}
    written = orders = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(ALL_ORDERS_32) + "\n")
        while written < rows:
            orders += 1
            when = (start + timedelta(minutes=7 * orders)).astimezone(PACIFIC).isoformat()
            status = rnd.choice(statuses)
            channel = rnd.choice(channels)
            for _ in range(min(rnd.choice((1, 1, 1, 2, 2, 3, 4)), rows - written)):
                cells = [""] * len(ALL_ORDERS_32)
                sku = (
                    f"{rnd.choice(('HM', 'STD', 'STD', 'STD', 'WN', 'ENG'))}-{rnd.randrange(2000)}"
                )
                for name, value in (
                    ("amazon-order-id", order_id(orders)),
                    ("purchase-date", when),
                    ("last-updated-date", when),
                    ("order-status", status),
                    ("fulfillment-channel", rnd.choice(("Merchant", "Amazon"))),
                    ("sales-channel", channel),
                    ("ship-service-level", "Standard"),
                    ("product-name", f"Hand-thrown mug “Größe {rnd.randrange(9)}” café"),
                    ("sku", sku),
                    ("asin", f"B0{rnd.randrange(10**8):08d}"),
                    ("item-status", status),
                    ("quantity", str(rnd.randrange(1, 4))),
                    ("currency", "EUR"),
                    ("item-price", f"{rnd.randrange(500, 20000) / 100:.2f}"),
                    ("item-tax", "1.00"),
                    ("shipping-price", "3.99"),
                    ("ship-city", "München"),
                    ("ship-postal-code", f"{rnd.randrange(10000, 99999)}"),
                    ("ship-country", "DE"),
                    ("is-business-order", "false"),
                ):
                    cells[index[name]] = value
                fh.write("\t".join(cells) + "\n")
                written += 1
    return orders


def read_with_csv(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as fh:
        return sum(1 for _ in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)) - 1


def parse_only(path: Path) -> int:
    with OrderReport(path) as report:
        for _ in report:
            pass
        return report.rows_read


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-orders-") as tmp:
        report = Path(tmp) / "all-orders-100k.txt"
        orders = write_report(report)
        size_mb = report.stat().st_size / 1e6
        store = open_store(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        with store.session() as s, s.begin():
            for pattern, kind in (("HM-*", "handmade"), ("ENG-*", "custom"), ("WN-*", "wine")):
                add_sku_rule(s, pattern, kind)
            buyer = Buyer(alias="bench@marketplace.amazon.de")
            s.add(buyer)
            s.flush()
            s.add_all(
                Thread(buyer_id=buyer.id, amazon_order_id=order_id(n * 7 + 1), subject="?")
                for n in range(THREADS)
            )

        t0 = time.perf_counter()
        csv_rows = read_with_csv(report)
        csv_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        parse_only(report)
        parse_s = time.perf_counter() - t0
        first = InboxService(store).import_orders(report)
        again = InboxService(store).import_orders(report)
        store.close()

    def row(name: str, seconds: float, note: str) -> list[str]:
        return [
            name,
            f"{csv_rows:,}",
            f"{seconds:.2f}",
            f"{csv_rows / seconds:,.0f}",
            f"{seconds / csv_s:.1f}x",
            note,
        ]

    verdict = "PASS" if first.seconds < TARGET_S else "FAIL"
    table(
        f"Order import: {csv_rows:,} rows / {orders:,} orders, {size_mb:.1f} MB All Orders "
        f"report, fresh SQLite store with 3 SKU rules and {THREADS:,} waiting threads",
        ["case", "rows", "seconds", "rows/s", "vs csv.reader", "note"],
        [
            row("csv.reader only (baseline)", csv_s, "read + split, nothing else"),
            row("parse to ParsedOrders", parse_s, "encoding sniff, dates, numbers, merge"),
            row(
                "import, new orders",
                first.seconds,
                f"{verdict} (target < {TARGET_S:.0f} s); {first.new:,} new, "
                f"{first.linked_threads:,} threads linked",
            ),
            row("re-import, all updated", again.seconds, f"{again.updated:,} updated, 0 new"),
        ],
    )
    assert first.new == orders and again.updated == orders and not first.skipped


if __name__ == "__main__":
    main()
