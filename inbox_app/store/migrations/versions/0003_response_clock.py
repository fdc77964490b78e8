"""The response clock: one row per buyer message with its reply and "no response
needed" times, filled from the messages and the event log already in the store.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from inbox_app.store.clock import CLOCK_INDEX_COLUMNS, FILL_ALL_SQL

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "response_clock",
        sa.Column("message_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("thread_id", sa.Integer(), nullable=False),
        sa.Column("marketplace_id", sa.String(length=20), nullable=True),
        sa.Column("received_at", sa.BigInteger(), nullable=False),
        sa.Column("received_day", sa.Integer(), nullable=False),
        sa.Column("replied_at", sa.BigInteger(), nullable=True),
        sa.Column("excluded_at", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_response_clock_message_id_messages"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["thread_id"],
            ["threads.id"],
            name=op.f("fk_response_clock_thread_id_threads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("message_id", name=op.f("pk_response_clock")),
    )
    op.execute(FILL_ALL_SQL)
    op.create_index("ix_response_clock_day", "response_clock", list(CLOCK_INDEX_COLUMNS))
    op.create_index("ix_response_clock_thread", "response_clock", ["thread_id"])


def downgrade() -> None:
    op.drop_index("ix_response_clock_thread", table_name="response_clock")
    op.drop_index("ix_response_clock_day", table_name="response_clock")
    op.drop_table("response_clock")
