"""Index threads by (state, last activity): the Answered and No-response-needed views
sort by last activity, and without it every page re-sorted ~100,000 rows.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_threads_state_activity", "threads", ["state", "last_activity_at", "id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_threads_state_activity", table_name="threads")
