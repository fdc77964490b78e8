"""The response clock gets each answer's response-time bucket, and its index leads with
(day, bucket): a period's median is then read from one or two buckets, not a sort of the
whole period.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# as they were when this revision shipped (store/clock.py keeps the live copy)
BUCKET_SQL = """CASE
  WHEN replied_at IS NULL THEN NULL
  WHEN replied_at - received_at < 7200 THEN (replied_at - received_at) / 900
  WHEN replied_at - received_at < 172800 THEN 6 + (replied_at - received_at) / 3600
  ELSE 52 + (replied_at - received_at) / 86400 END"""
INDEX_COLUMNS = [
    "received_day",
    "response_bucket",
    "marketplace_id",
    "received_at",
    "replied_at",
    "excluded_at",
]
OLD_INDEX_COLUMNS = ["received_day", "marketplace_id", "received_at", "replied_at", "excluded_at"]


def upgrade() -> None:
    op.drop_index("ix_response_clock_day", table_name="response_clock")
    op.add_column("response_clock", sa.Column("response_bucket", sa.Integer(), nullable=True))
    op.execute(f"UPDATE response_clock SET response_bucket = {BUCKET_SQL}")
    op.create_index("ix_response_clock_bucket", "response_clock", INDEX_COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_response_clock_bucket", table_name="response_clock")
    op.drop_column("response_clock", "response_bucket")  # SQLite 3.35+ drops columns in place
    op.create_index("ix_response_clock_day", "response_clock", OLD_INDEX_COLUMNS)
