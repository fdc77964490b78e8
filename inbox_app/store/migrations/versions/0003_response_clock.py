"""The response clock: one row per buyer message with its reply and "no response
needed" times, filled from the messages and the event log already in the store.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# as they were when this revision shipped (store/clock.py keeps the live copy)
CLOCK_INDEX_COLUMNS = ["received_day", "marketplace_id", "received_at", "replied_at", "excluded_at"]
FILL_ALL_SQL = """
INSERT INTO response_clock
  (message_id, thread_id, marketplace_id, received_at, received_day, replied_at, excluded_at)
SELECT m.id, m.thread_id, t.marketplace_id, m.created_at, m.created_at / 86400,
  (SELECT min(r.sent_at) FROM messages r
    WHERE r.thread_id = m.thread_id AND r.direction = 'out' AND r.status = 'sent'
      AND r.sent_at > m.created_at),
  (SELECT min(e.at) FROM events e
    WHERE e.thread_id = m.thread_id AND e.kind = 'no_response_needed'
      AND e.message_id >= m.id
      AND e.id > coalesce((SELECT max(o.id) FROM events o
                           WHERE o.thread_id = m.thread_id AND o.kind = 'reopened'), 0))
FROM messages m JOIN threads t ON t.id = m.thread_id
WHERE m.direction = 'in' AND m.status = 'received' AND m.notice_kind IS NULL
"""

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
    op.create_index("ix_response_clock_day", "response_clock", CLOCK_INDEX_COLUMNS)
    op.create_index("ix_response_clock_thread", "response_clock", ["thread_id"])


def downgrade() -> None:
    op.drop_index("ix_response_clock_thread", table_name="response_clock")
    op.drop_index("ix_response_clock_day", table_name="response_clock")
    op.drop_table("response_clock")
