"""A version on every message: two windows (or seats) saving one draft see each other's
save instead of silently replacing it (a save names the version it started from).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN (SQLite supports it with a default): no copy of the messages table
    op.add_column(
        "messages", sa.Column("version", sa.Integer(), nullable=False, server_default="1")
    )


def downgrade() -> None:
    op.drop_column("messages", "version")  # SQLite 3.35+ drops a column in place
