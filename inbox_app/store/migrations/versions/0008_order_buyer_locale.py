"""The buyer's locale on the order (Messaging API GetAttributes) and when it was asked:
an order synced from the API often has no buyer the inbox knows yet, and its locale
must still reach the language check; asked again only when missing or stale.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMNs, nullable: no copy of the orders table
    op.add_column("orders", sa.Column("buyer_locale", sa.String(8), nullable=True))
    op.add_column("orders", sa.Column("locale_checked_at", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    op.drop_column("orders", "locale_checked_at")
    op.drop_column("orders", "buyer_locale")
