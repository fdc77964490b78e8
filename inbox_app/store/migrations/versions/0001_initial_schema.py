"""Initial schema: every table, indexes, and the FTS5 search index with its triggers.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


# What this revision created, frozen here: later changes to the live schema modules
# must not change what an old revision does.
FTS_DDL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5("
    "subject, body, buyer, order_id, tokenize = 'unicode61 remove_diacritics 2')",
]
FTS_TRIGGERS = [
    """CREATE TRIGGER IF NOT EXISTS messages_ai AFTER INSERT ON messages BEGIN
  INSERT INTO search_index(rowid, subject, body, buyer, order_id)
  SELECT new.id, new.subject, new.body_text,
         coalesce(b.display_name, '') || ' ' || coalesce(b.alias, ''),
         coalesce(t.amazon_order_id, '')
  FROM threads t LEFT JOIN buyers b ON b.id = t.buyer_id WHERE t.id = new.thread_id;
END""",
    """CREATE TRIGGER IF NOT EXISTS messages_ad AFTER DELETE ON messages BEGIN
  DELETE FROM search_index WHERE rowid = old.id;
END""",
    """CREATE TRIGGER IF NOT EXISTS messages_au AFTER UPDATE OF subject, body_text ON messages
BEGIN
  UPDATE search_index SET subject = new.subject, body = new.body_text WHERE rowid = new.id;
END""",
    """CREATE TRIGGER IF NOT EXISTS threads_au_order AFTER UPDATE OF amazon_order_id ON threads
BEGIN
  UPDATE search_index SET order_id = coalesce(new.amazon_order_id, '')
  WHERE rowid IN (SELECT id FROM messages WHERE thread_id = new.id);
END""",
    """CREATE TRIGGER IF NOT EXISTS buyers_au_name AFTER UPDATE OF display_name ON buyers
BEGIN
  UPDATE search_index
  SET buyer = coalesce(new.display_name, '') || ' ' || coalesce(new.alias, '')
  WHERE rowid IN (SELECT m.id FROM messages m JOIN threads t ON t.id = m.thread_id
                  WHERE t.buyer_id = new.id);
END""",
]
PG_FTS_DDL = [
    "CREATE INDEX IF NOT EXISTS ix_messages_fts ON messages USING gin "
    "(to_tsvector('simple', coalesce(subject, '') || ' ' || coalesce(body_text, '')))",
]


def upgrade() -> None:
    op.create_table(
        "marketplaces",
        sa.Column("id", sa.String(length=20), nullable=False),
        sa.Column("code", sa.String(length=4), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("domain", sa.String(length=40), nullable=False),
        sa.Column("relay_tld", sa.String(length=10), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("region", sa.String(length=2), nullable=False),
        sa.Column("important_tag", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_marketplaces")),
        sa.UniqueConstraint("code", name=op.f("uq_marketplaces_code")),
    )
    op.create_table(
        "seller_accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("address", sa.String(length=254), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("imap_host", sa.String(length=253), nullable=False),
        sa.Column("imap_port", sa.Integer(), nullable=False),
        sa.Column("imap_tls", sa.String(length=10), nullable=False),
        sa.Column("imap_user", sa.String(length=254), nullable=False),
        sa.Column("imap_folders", sa.Text(), nullable=False),
        sa.Column("smtp_host", sa.String(length=253), nullable=False),
        sa.Column("smtp_port", sa.Integer(), nullable=False),
        sa.Column("smtp_tls", sa.String(length=10), nullable=False),
        sa.Column("smtp_user", sa.String(length=254), nullable=False),
        sa.Column("marketplaces", sa.Text(), nullable=False),
        sa.Column("save_password", sa.Boolean(), nullable=False),
        sa.Column("ca_file", sa.Text(), nullable=True),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seller_accounts")),
        sa.UniqueConstraint("name", name=op.f("uq_seller_accounts_name")),
    )
    op.create_table(
        "sku_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pattern", sa.String(length=120), nullable=False),
        sa.Column("order_type", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sku_rules")),
        sa.UniqueConstraint("pattern", name=op.f("uq_sku_rules_pattern")),
    )
    op.create_table(
        "templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_templates")),
        sa.UniqueConstraint("name", "language", name="uq_templates_name_lang"),
    )
    op.create_table(
        "buyers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=254), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("marketplace_id", sa.String(length=20), nullable=True),
        sa.Column("opted_out", sa.Boolean(), nullable=False),
        sa.Column("opted_out_at", sa.BigInteger(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["marketplace_id"],
            ["marketplaces.id"],
            name=op.f("fk_buyers_marketplace_id_marketplaces"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_buyers")),
        sa.UniqueConstraint("alias", name=op.f("uq_buyers_alias")),
    )
    op.create_table(
        "sync_folders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("folder", sa.String(length=400), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["seller_accounts.id"],
            name=op.f("fk_sync_folders_account_id_seller_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_folders")),
        sa.UniqueConstraint("account_id", "folder", name="uq_sync_folders_folder"),
    )
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("amazon_order_id", sa.String(length=19), nullable=False),
        sa.Column("marketplace_id", sa.String(length=20), nullable=True),
        sa.Column("buyer_id", sa.Integer(), nullable=True),
        sa.Column("purchase_date", sa.BigInteger(), nullable=True),
        sa.Column("last_updated", sa.BigInteger(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("fulfillment_channel", sa.String(length=20), nullable=False),
        sa.Column("sales_channel", sa.String(length=40), nullable=False),
        sa.Column("ship_service_level", sa.String(length=60), nullable=False),
        sa.Column("ship_city", sa.String(length=120), nullable=False),
        sa.Column("ship_state", sa.String(length=120), nullable=False),
        sa.Column("ship_postal_code", sa.String(length=40), nullable=False),
        sa.Column("ship_country", sa.String(length=4), nullable=False),
        sa.Column("currency", sa.String(length=4), nullable=False),
        sa.Column("total_amount", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("order_type", sa.String(length=10), nullable=False),
        sa.Column("order_type_manual", sa.Boolean(), nullable=False),
        sa.Column("promise_date", sa.BigInteger(), nullable=True),
        sa.Column("delivery_start", sa.BigInteger(), nullable=True),
        sa.Column("delivery_end", sa.BigInteger(), nullable=True),
        sa.Column("delivered_at", sa.BigInteger(), nullable=True),
        sa.Column("review_requested_at", sa.BigInteger(), nullable=True),
        sa.Column("is_business", sa.Boolean(), nullable=False),
        sa.Column("is_prime", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["buyer_id"], ["buyers.id"], name=op.f("fk_orders_buyer_id_buyers"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["marketplace_id"],
            ["marketplaces.id"],
            name=op.f("fk_orders_marketplace_id_marketplaces"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_orders")),
        sa.UniqueConstraint("amazon_order_id", name=op.f("uq_orders_amazon_order_id")),
    )
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.create_index("ix_orders_buyer", ["buyer_id"], unique=False)
        batch_op.create_index("ix_orders_purchase", ["purchase_date", "id"], unique=False)

    op.create_table(
        "order_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.String(length=80), nullable=False),
        sa.Column("sku", sa.String(length=80), nullable=False),
        sa.Column("asin", sa.String(length=20), nullable=False),
        sa.Column("product_name", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("item_price", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=4), nullable=False),
        sa.Column("item_status", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.id"],
            name=op.f("fk_order_items_order_id_orders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_items")),
        sa.UniqueConstraint("order_id", "item_key", name="uq_order_items_key"),
    )
    op.create_table(
        "threads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("buyer_id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("amazon_order_id", sa.String(length=19), nullable=True),
        sa.Column("marketplace_id", sa.String(length=20), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("buyer_initiated", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("unread", sa.Boolean(), nullable=False),
        sa.Column("last_activity_at", sa.BigInteger(), nullable=False),
        sa.Column("response_due_at", sa.BigInteger(), nullable=True),
        sa.Column("message_count", sa.Integer(), nullable=False),
        sa.Column("snippet", sa.String(length=200), nullable=False),
        sa.Column("has_draft", sa.Boolean(), nullable=False),
        sa.Column("outbox_state", sa.String(length=10), nullable=True),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["seller_accounts.id"],
            name=op.f("fk_threads_account_id_seller_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["buyer_id"], ["buyers.id"], name=op.f("fk_threads_buyer_id_buyers")
        ),
        sa.ForeignKeyConstraint(
            ["marketplace_id"],
            ["marketplaces.id"],
            name=op.f("fk_threads_marketplace_id_marketplaces"),
        ),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.id"],
            name=op.f("fk_threads_order_id_orders"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_threads")),
    )
    with op.batch_alter_table("threads", schema=None) as batch_op:
        batch_op.create_index("ix_threads_activity", ["last_activity_at", "id"], unique=False)
        batch_op.create_index("ix_threads_amazon_order", ["amazon_order_id"], unique=False)
        batch_op.create_index("ix_threads_buyer", ["buyer_id"], unique=False)
        batch_op.create_index("ix_threads_order", ["order_id"], unique=False)
    # urgency order: threads owing nothing sort after every deadline
    op.execute(
        "CREATE INDEX ix_threads_due ON threads "
        "(state, coalesce(response_due_at, 253402300799), id)"
    )
    op.execute(
        "CREATE INDEX ix_threads_mp_due ON threads "
        "(marketplace_id, state, coalesce(response_due_at, 253402300799), id)"
    )

    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("thread_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("body_html", sa.Text(), nullable=True),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("sent_at", sa.BigInteger(), nullable=True),
        sa.Column("read", sa.Boolean(), nullable=False),
        sa.Column("important", sa.Boolean(), nullable=False),
        sa.Column("message_id_header", sa.String(length=998), nullable=True),
        sa.Column("in_reply_to", sa.String(length=998), nullable=True),
        sa.Column("references", sa.Text(), nullable=True),
        sa.Column("notice_kind", sa.String(length=10), nullable=True),
        sa.Column("notice_text", sa.Text(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("parse_problem", sa.Text(), nullable=True),
        sa.Column("send_attempts", sa.Integer(), nullable=False),
        sa.Column("release_at", sa.BigInteger(), nullable=True),
        sa.Column("next_attempt_at", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["thread_id"],
            ["threads.id"],
            name=op.f("fk_messages_thread_id_threads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
    )
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.create_index("ix_messages_msgid", ["message_id_header"], unique=False)
        batch_op.create_index("ix_messages_status", ["status", "release_at"], unique=False)
        batch_op.create_index("ix_messages_thread", ["thread_id", "created_at", "id"], unique=False)

    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_attachments_message_id_messages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index("ix_attachments_message", ["message_id"], unique=False)
        batch_op.create_index("ix_attachments_sha", ["sha256"], unique=False)

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("thread_id", sa.Integer(), nullable=True),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_events_message_id_messages"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["thread_id"],
            ["threads.id"],
            name=op.f("fk_events_thread_id_threads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_thread", ["thread_id", "at"], unique=False)

    op.create_table(
        "mail_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("folder", sa.String(length=400), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("uid", sa.BigInteger(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["seller_accounts.id"],
            name=op.f("fk_mail_sources_account_id_seller_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_mail_sources_message_id_messages"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_sources")),
    )
    with op.batch_alter_table("mail_sources", schema=None) as batch_op:
        batch_op.create_index("ix_mail_sources_hash", ["content_hash"], unique=False)
        batch_op.create_index(
            "ix_mail_sources_uid", ["account_id", "folder", "uidvalidity", "uid"], unique=False
        )

    op.create_table(
        "message_raw",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_message_raw_message_id_messages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("message_id", name=op.f("pk_message_raw")),
    )

    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for ddl in FTS_DDL + FTS_TRIGGERS:
            op.execute(ddl)
    elif bind.dialect.name == "postgresql":
        for ddl in PG_FTS_DDL:
            op.execute(ddl)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_index")
    op.drop_table("message_raw")
    with op.batch_alter_table("mail_sources", schema=None) as batch_op:
        batch_op.drop_index("ix_mail_sources_uid")
        batch_op.drop_index("ix_mail_sources_hash")

    op.drop_table("mail_sources")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_thread")

    op.drop_table("events")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index("ix_attachments_sha")
        batch_op.drop_index("ix_attachments_message")

    op.drop_table("attachments")
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index("ix_messages_thread")
        batch_op.drop_index("ix_messages_status")
        batch_op.drop_index("ix_messages_msgid")

    op.drop_table("messages")
    with op.batch_alter_table("threads", schema=None) as batch_op:
        batch_op.drop_index("ix_threads_order")
        batch_op.drop_index("ix_threads_mp_due")
        batch_op.drop_index("ix_threads_due")
        batch_op.drop_index("ix_threads_buyer")
        batch_op.drop_index("ix_threads_amazon_order")
        batch_op.drop_index("ix_threads_activity")

    op.drop_table("threads")
    op.drop_table("order_items")
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_index("ix_orders_purchase")
        batch_op.drop_index("ix_orders_buyer")

    op.drop_table("orders")
    op.drop_table("sync_folders")
    op.drop_table("buyers")
    op.drop_table("templates")
    op.drop_table("sku_rules")
    op.drop_table("seller_accounts")
    op.drop_table("marketplaces")
