"""A draft belongs to the seat that writes it: on a team inbox two people answering the
same thread each keep their own draft instead of replacing each other's. A single
seller's drafts have no seat (NULL) and behave as before.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # nullable, no default: a plain ADD COLUMN on both SQLite and PostgreSQL (no copy)
    op.add_column("messages", sa.Column("draft_seat_id", sa.String(length=36), nullable=True))
    # a draft that was queued once and brought back knows its writer already
    op.execute(
        "UPDATE messages SET draft_seat_id = (SELECT seat_id FROM message_authors"
        " WHERE message_authors.message_id = messages.id) WHERE status = 'draft'"
    )


def downgrade() -> None:
    op.drop_column("messages", "draft_seat_id")
