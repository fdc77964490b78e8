"""A realistic, deterministic demo store, built with bulk inserts (SQLite only).

Same seed and same `now` give the same store. 100,000 threads with about a million
messages take a minute or two: triggers are dropped during the load and the full-text
index is rebuilt once at the end.
"""

from __future__ import annotations

import random
import sqlite3
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from inbox_app.store.clock import FILL_ALL_SQL
from inbox_app.store.demo_text import (
    BUYER_NAMES,
    BUYER_TEXT,
    PRESALE_SUBJECT,
    PRODUCTS,
    SELLER_SUBJECT,
    SELLER_TEXT,
    SUBJECTS,
)
from inbox_app.store.fulltext import FTS_DROP_TRIGGERS, FTS_REBUILD, FTS_TRIGGERS
from inbox_app.store.marketplaces import BY_CODE
from inbox_app.store.migrate import Store, sqlite_path

DEMO_MARKETPLACES = (
    ("US", 0.40),
    ("UK", 0.15),
    ("DE", 0.15),
    ("FR", 0.08),
    ("IT", 0.10),
    ("ES", 0.07),
    ("JP", 0.05),
)
HOUR = 3600
DEMO_VERSION = 2  # bump when the same seed builds a different store (benchmark caches)
# the test bed for the response-time figures (drawn from their own random stream, so
# the rest of the store is what it was before they existed)
LATE_REPLY_RATE = 0.03  # replies sent more than 24 h after the buyer wrote
COPY_RATE = 0.02  # replies the seller sent through Seller Central (Amazon's copy)
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


@dataclass(frozen=True)
class DemoSummary:
    threads: int
    messages: int
    orders: int
    buyers: int


def _png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _pdf(text: str) -> bytes:
    stream = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def build_demo(
    store: Store,
    threads: int,
    *,
    seed: int = 1,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill an empty, migrated SQLite store with `threads` demo threads."""
    path = sqlite_path(store.url)
    if path is None:
        raise ValueError("the demo generator writes SQLite files only")
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    now_s = int(now.timestamp())
    rng = random.Random(seed)
    files = [
        ("photo_damage.png", "image/png", _png(64, 48, (200, 80, 60))),
        ("invoice.pdf", "application/pdf", _pdf("Invoice - demo")),
        ("size_chart.png", "image/png", _png(80, 60, (60, 120, 200))),
    ]
    blobs = [(name, mt, len(data), store.blobs.put(data)) for name, mt, data in files]

    store.engine.dispose()
    con = sqlite3.connect(str(path), isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("PRAGMA cache_size=-200000")
    if con.execute("SELECT count(*) FROM threads").fetchone()[0]:
        con.close()
        raise ValueError("the demo store must start empty")
    con.execute("BEGIN")
    try:
        for ddl in FTS_DROP_TRIGGERS:
            con.execute(ddl)
        summary = _fill(
            con,
            rng,
            random.Random(seed * 7919 + 13),
            n_threads=threads,
            now=now_s,
            blobs=blobs,
            progress=progress,
        )
        con.execute(FTS_REBUILD)
        con.execute(FILL_ALL_SQL)
        for ddl in FTS_TRIGGERS:
            con.execute(ddl)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.execute("PRAGMA optimize")
        con.close()
    return summary


def _fill(
    con: sqlite3.Connection,
    rng: random.Random,
    clock_rng: random.Random,
    *,
    n_threads: int,
    now: int,
    blobs: list[tuple[str, str, int, str]],
    progress: Callable[[int, int], None] | None,
) -> DemoSummary:
    codes = [c for c, _ in DEMO_MARKETPLACES]
    weights = [w for _, w in DEMO_MARKETPLACES]
    buyers: list[tuple[object, ...]] = []
    orders: list[tuple[object, ...]] = []
    items: list[tuple[object, ...]] = []
    threads: list[tuple[object, ...]] = []
    messages: list[tuple[object, ...]] = []
    attachments: list[tuple[object, ...]] = []
    events: list[tuple[object, ...]] = []
    msg_id = 0
    order_id = 0
    batch = 2000

    def flush() -> None:
        con.executemany(
            "INSERT INTO buyers (id, alias, display_name, marketplace_id, opted_out,"
            " opted_out_at, language, created_at) VALUES (?,?,?,?,?,?,?,?)",
            buyers,
        )
        con.executemany(
            "INSERT INTO orders (id, amazon_order_id, marketplace_id, buyer_id, purchase_date,"
            " last_updated, status, fulfillment_channel, sales_channel, ship_service_level,"
            " ship_city, ship_state, ship_postal_code, ship_country, currency, total_amount,"
            " order_type, order_type_manual, promise_date, delivery_start, delivery_end,"
            " delivered_at, is_business, is_prime, created_at, updated_at) VALUES"
            " (?,?,?,?,?,?,?,?,?,?,'','','',?,?,?,?,0,?,?,?,?,0,?,?,?)",
            orders,
        )
        con.executemany(
            "INSERT INTO order_items (order_id, item_key, sku, asin, product_name,"
            " quantity, item_price, currency, item_status) VALUES (?,?,?,?,?,?,?,?,?)",
            items,
        )
        con.executemany(
            "INSERT INTO threads (id, buyer_id, order_id, amazon_order_id, marketplace_id,"
            " subject, buyer_initiated, state, unread, last_activity_at, response_due_at,"
            " message_count, snippet, has_draft, outbox_state, created_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?)",
            threads,
        )
        con.executemany(
            "INSERT INTO messages (id, thread_id, direction, status, subject, body_text,"
            " created_at, updated_at, sent_at, read, important, message_id_header, send_attempts,"
            " notice_kind) VALUES (?,?,?,?,?,?,?,?,?,?,0,?,0,?)",
            messages,
        )
        # the event log as the app writes it: "no response needed" names the last message
        con.executemany(
            "INSERT INTO events (at, kind, thread_id, message_id, detail) VALUES (?,?,?,?,'')",
            events,
        )
        con.executemany(
            "INSERT INTO attachments (message_id, filename, media_type, size, sha256)"
            " VALUES (?,?,?,?,?)",
            attachments,
        )
        for rows in (buyers, orders, items, threads, messages, attachments, events):
            rows.clear()

    for tid in range(1, n_threads + 1):
        code = rng.choices(codes, weights)[0]
        mp = BY_CODE[code]
        lang = mp.language
        name = rng.choice(BUYER_NAMES[lang])
        alias = (
            "".join(rng.choice(ALNUM) for _ in range(15)) + f"@marketplace.amazon.{mp.relay_tld}"
        )
        opted_out = rng.random() < 0.06
        buyers.append(
            (
                tid,
                alias,
                name,
                mp.id,
                int(opted_out),
                now - rng.randint(1, 90) * 86400 if opted_out else None,
                lang,
                now - 200 * 86400,
            )
        )
        # Thread age: a few fresh, most spread over the last year.
        kind = rng.random()
        is_open = kind < 0.12
        nrn = 0.12 <= kind < 0.16
        seller_initiated = rng.random() < 0.08
        presale = not seller_initiated and rng.random() < 0.08
        # the thread's last message: fresh for open threads, anywhere in the year else
        end = now - (rng.randint(10 * 60, 30 * HOUR) if is_open else rng.randint(HOUR, 360 * 86400))
        amazon_oid = None
        oid = None
        product, sku = rng.choice(PRODUCTS)
        if not presale:
            order_id += 1
            oid = order_id
            amazon_oid = "-".join(
                (
                    f"{rng.randint(100, 999)}",
                    f"{rng.randint(0, 9999999):07d}",
                    f"{rng.randint(0, 9999999):07d}",
                )
            )
            purchase = end - rng.randint(1, 10) * 86400 - 30 * HOUR
            delivered = purchase + rng.randint(2, 6) * 86400
            status = "Shipped" if delivered < now else "Unshipped"
            order_type = (
                "handmade"
                if sku.startswith("HM-") and rng.random() < 0.5
                else "custom"
                if sku.startswith("CU-")
                else "wine"
                if sku.startswith("WN-")
                else "standard"
            )
            qty = rng.randint(1, 3)
            currency = {"US": "USD", "UK": "GBP", "JP": "JPY"}.get(code, "EUR")
            # yen have no cents
            price = rng.randint(900, 12000) if currency == "JPY" else rng.randint(899, 8999) / 100
            orders.append(
                (
                    oid,
                    amazon_oid,
                    mp.id,
                    tid,
                    purchase,
                    purchase + 86400,
                    status,
                    rng.choice(("MFN", "AFN")),
                    mp.name,
                    "Standard",
                    mp.region,
                    currency,
                    round(price * qty, 2),
                    order_type,
                    delivered,
                    delivered - 86400,
                    delivered,
                    delivered if delivered < now else None,
                    int(rng.random() < 0.3),
                    purchase,
                    purchase,
                )
            )
            items.append(
                (
                    oid,
                    f"{oid}-1",
                    sku,
                    f"B0{rng.randint(10**7, 10**8 - 1)}",
                    product,
                    qty,
                    price,
                    currency,
                    status,
                )
            )
        fmt = {"name": name, "order_id": amazon_oid or "", "product": product}
        if seller_initiated:
            subject = SELLER_SUBJECT[lang].format(**fmt)
        elif presale:
            subject = PRESALE_SUBJECT[lang].format(**fmt)
        else:
            subject = SUBJECTS[lang].format(**fmt)

        n_msgs = max(1, min(24, int(rng.gauss(10, 5))))
        if rng.random() < 0.002:
            n_msgs = rng.randint(40, 60)  # the odd long conversation
        # open and "no response needed" threads end on the buyer, answered ones on the seller
        last_from_buyer = ((n_msgs - 1) % 2 == 0) != seller_initiated
        if last_from_buyer != (is_open or nrn):
            n_msgs += 1
        gaps = [rng.randint(5 * 60, 20 * HOUR) for _ in range(n_msgs - 1)]
        for i in range(1, n_msgs):
            # a seller reply now and then comes after Amazon's 24 hours
            if ((i % 2 == 0) == seller_initiated) and clock_rng.random() < LATE_REPLY_RATE:
                gaps[i - 1] = clock_rng.randint(25 * HOUR, 60 * HOUR)
        start = end - sum(gaps)
        t = start
        first_unanswered: int | None = None
        last_body = ""
        outbox = None
        for i in range(n_msgs):
            msg_id += 1
            from_buyer = (i % 2 == 0) != seller_initiated
            t = t + gaps[i - 1] if i else t
            texts = BUYER_TEXT[lang] if from_buyer else SELLER_TEXT[lang]
            body = rng.choice(texts).format(**fmt)
            last_body = body
            if from_buyer:
                status, direction, sent_at = "received", "in", None
                if first_unanswered is None:
                    first_unanswered = t
            else:
                status, direction, sent_at = "sent", "out", t
                first_unanswered = None
            if is_open is False and i == n_msgs - 1 and direction == "out" and rng.random() < 0.01:
                status, sent_at = "failed", None
                outbox = "failed"
            notice = None
            if status == "sent" and clock_rng.random() < COPY_RATE:
                notice = "copy"  # answered in Seller Central; Amazon mailed the copy back
                events.append((t, "sent_via_seller_central", tid, msg_id))
            read = int(not (is_open and i == n_msgs - 1))
            messages.append(
                (
                    msg_id,
                    tid,
                    direction,
                    status,
                    subject if i == 0 else "RE: " + subject,
                    body,
                    t,
                    t,
                    sent_at,
                    read,
                    f"<demo-{msg_id}@seller-inbox.invalid>",
                    notice,
                )
            )
            if rng.random() < 0.012:
                fname, mt, size, sha = rng.choice(blobs)
                attachments.append((msg_id, fname, mt, size, sha))
        if is_open:
            state, due = "open", (first_unanswered or t) + 24 * HOUR
        elif nrn:
            state, due = "no_response_needed", None
            marked = min(now, t + clock_rng.randint(60, 8 * HOUR))
            events.append((marked, "no_response_needed", tid, msg_id))
        else:
            state, due = "answered", None
        snippet = " ".join(last_body.split())[:200]
        threads.append(
            (
                tid,
                tid,
                oid,
                amazon_oid,
                mp.id,
                subject,
                int(not seller_initiated),
                state,
                int(is_open),
                t,
                due,
                n_msgs,
                snippet,
                outbox,
                start,
            )
        )
        if tid % batch == 0:
            flush()
            if progress is not None:
                progress(tid, n_threads)
    flush()
    if progress is not None:
        progress(n_threads, n_threads)
    return DemoSummary(threads=n_threads, messages=msg_id, orders=order_id, buyers=n_threads)


def demo_now_label(now: datetime) -> str:
    return (now - timedelta(seconds=now.second)).isoformat()
