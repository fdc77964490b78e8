"""Opt-out bounces and blocked-message notices that name an order the store does not
know yet (the seller wrote from Seller Central, the order comes later by report or the
API): kept with their mail, linked to the order's thread when it arrives.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pending_notices",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("amazon_order_id", sa.String(length=32), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("internal_date", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
    )
    op.create_index("ix_pending_notices_order", "pending_notices", ["amazon_order_id"])


def downgrade() -> None:
    op.drop_index("ix_pending_notices_order", table_name="pending_notices")
    op.drop_table("pending_notices")
