"""The demo generator's rows, gathered per table and written in batches with bulk
INSERTs (the columns the generator fills; the rest take their defaults)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

Row = tuple[object, ...]

_INSERTS = (
    (
        "buyers",
        "INSERT INTO buyers (id, alias, display_name, marketplace_id, opted_out,"
        " opted_out_at, language, created_at) VALUES (?,?,?,?,?,?,?,?)",
    ),
    (
        "orders",
        "INSERT INTO orders (id, amazon_order_id, marketplace_id, buyer_id, purchase_date,"
        " last_updated, status, fulfillment_channel, sales_channel, ship_service_level,"
        " ship_city, ship_state, ship_postal_code, ship_country, currency, total_amount,"
        " order_type, order_type_manual, promise_date, delivery_start, delivery_end,"
        " delivered_at, is_business, is_prime, created_at, updated_at) VALUES"
        " (?,?,?,?,?,?,?,?,?,?,'','','',?,?,?,?,0,?,?,?,?,0,?,?,?)",
    ),
    (
        "items",
        "INSERT INTO order_items (order_id, item_key, sku, asin, product_name,"
        " quantity, item_price, currency, item_status) VALUES (?,?,?,?,?,?,?,?,?)",
    ),
    (
        "threads",
        "INSERT INTO threads (id, buyer_id, order_id, amazon_order_id, marketplace_id,"
        " subject, buyer_initiated, state, unread, last_activity_at, response_due_at,"
        " message_count, snippet, has_draft, outbox_state, created_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?)",
    ),
    (
        "messages",
        "INSERT INTO messages (id, thread_id, direction, status, subject, body_text,"
        " created_at, updated_at, sent_at, read, important, message_id_header, send_attempts,"
        " notice_kind, error) VALUES (?,?,?,?,?,?,?,?,?,?,0,?,0,?,?)",
    ),
    # the event log as the app writes it: "no response needed" names the last message
    (
        "events",
        "INSERT INTO events (at, kind, thread_id, message_id, detail) VALUES (?,?,?,?,'')",
    ),
    (
        "attachments",
        "INSERT INTO attachments (message_id, filename, media_type, size, sha256)"
        " VALUES (?,?,?,?,?)",
    ),
)


@dataclass
class DemoBatch:
    buyers: list[Row] = field(default_factory=list)
    orders: list[Row] = field(default_factory=list)
    items: list[Row] = field(default_factory=list)
    threads: list[Row] = field(default_factory=list)
    messages: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    attachments: list[Row] = field(default_factory=list)

    def flush(self, con: sqlite3.Connection) -> None:
        """Write what was gathered (parents before children) and start over."""
        for name, sql in _INSERTS:
            rows: list[Row] = getattr(self, name)
            con.executemany(sql, rows)
            rows.clear()
