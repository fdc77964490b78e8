"""Initial schema: every table, indexes, and the FTS5 search index with its triggers.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# split by job; frozen with this revision (they never import the live schema modules)
from inbox_app.store.migrations.versions.r0001.fulltext import create_search_index
from inbox_app.store.migrations.versions.r0001.message_tables import (
    create_message_tables,
    drop_message_tables,
)

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


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

    create_message_tables()
    create_search_index()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_index")
    drop_message_tables()
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
