"""The seller's SP-API connections and their orders-sync cursor (secrets stay in the keyring).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "amazon_connections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("region", sa.String(length=2), nullable=False),
        sa.Column("client_id", sa.String(length=200), nullable=False),
        sa.Column("marketplaces", sa.Text(), nullable=False),
        sa.Column("endpoint", sa.Text(), nullable=False),
        sa.Column("token_url", sa.Text(), nullable=False),
        sa.Column("orders_synced_to", sa.BigInteger(), nullable=True),
        sa.Column("window_start", sa.BigInteger(), nullable=True),
        sa.Column("window_end", sa.BigInteger(), nullable=True),
        sa.Column("page_token", sa.Text(), nullable=True),
        sa.Column("last_sync_at", sa.BigInteger(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_amazon_connections")),
        sa.UniqueConstraint("name", name=op.f("uq_amazon_connections_name")),
    )


def downgrade() -> None:
    op.drop_table("amazon_connections")
