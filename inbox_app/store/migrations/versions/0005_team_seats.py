"""A team on one inbox: seats, presence, thread assignment, reply authors; on PostgreSQL
the triggers that NOTIFY every seat of a change.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Frozen copies (revisions import nothing from the live package): the channel every seat
# LISTENs on and the payloads, "<kind>:<thread id>".
CHANNEL = "inbox_changes"
_NOTIFY_FUNCTION = f"""
CREATE OR REPLACE FUNCTION inbox_notify_change() RETURNS trigger AS $$
DECLARE
    row_data record;
BEGIN
    IF TG_OP = 'DELETE' THEN row_data := OLD; ELSE row_data := NEW; END IF;
    IF TG_TABLE_NAME = 'threads' THEN
        PERFORM pg_notify('{CHANNEL}', 'thread:' || row_data.id);
    ELSIF TG_TABLE_NAME = 'messages' THEN
        PERFORM pg_notify('{CHANNEL}', 'message:' || row_data.thread_id);
    ELSIF TG_TABLE_NAME = 'thread_assignments' THEN
        PERFORM pg_notify('{CHANNEL}', 'assignment:' || row_data.thread_id);
    ELSIF TG_TABLE_NAME = 'presence' THEN
        PERFORM pg_notify('{CHANNEL}', 'presence:' || coalesce(row_data.thread_id, 0));
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql
"""
_TRIGGERS = {
    "threads": "AFTER INSERT OR UPDATE",
    "messages": "AFTER INSERT OR UPDATE OF status, body_text",
    "thread_assignments": "AFTER INSERT OR UPDATE OR DELETE",
    "presence": "AFTER INSERT OR UPDATE OR DELETE",
}


def upgrade() -> None:
    op.create_table(
        "seats",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("person", sa.String(length=120), nullable=False),
        sa.Column("joined_at", sa.BigInteger(), nullable=False),
        sa.Column("last_seen_at", sa.BigInteger(), nullable=False),
        sa.Column("left_at", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seats")),
    )
    op.create_table(
        "presence",
        sa.Column("seat_id", sa.String(length=36), nullable=False),
        sa.Column("thread_id", sa.Integer(), nullable=True),
        sa.Column("activity", sa.String(length=10), nullable=False),
        sa.Column("since", sa.BigInteger(), nullable=False),
        sa.Column("expires_at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["seat_id"], ["seats.id"], name=op.f("fk_presence_seat_id_seats"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["thread_id"],
            ["threads.id"],
            name=op.f("fk_presence_thread_id_threads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("seat_id", name=op.f("pk_presence")),
    )
    op.create_index("ix_presence_thread", "presence", ["thread_id", "expires_at"])
    op.create_table(
        "thread_assignments",
        sa.Column("thread_id", sa.Integer(), nullable=False),
        sa.Column("seat_id", sa.String(length=36), nullable=False),
        sa.Column("assigned_by", sa.String(length=36), nullable=True),
        sa.Column("assigned_at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["thread_id"],
            ["threads.id"],
            name=op.f("fk_thread_assignments_thread_id_threads"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["seat_id"],
            ["seats.id"],
            name=op.f("fk_thread_assignments_seat_id_seats"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("thread_id", name=op.f("pk_thread_assignments")),
    )
    op.create_index("ix_thread_assignments_seat", "thread_assignments", ["seat_id", "thread_id"])
    op.create_table(
        "message_authors",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("seat_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_message_authors_message_id_messages"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["seat_id"],
            ["seats.id"],
            name=op.f("fk_message_authors_seat_id_seats"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("message_id", name=op.f("pk_message_authors")),
    )
    op.create_index("ix_message_authors_seat", "message_authors", ["seat_id", "message_id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_NOTIFY_FUNCTION)
        for table, when in _TRIGGERS.items():
            op.execute(
                f"CREATE TRIGGER {table}_notify {when} ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION inbox_notify_change()"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in _TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
        op.execute("DROP FUNCTION IF EXISTS inbox_notify_change()")
    op.drop_table("message_authors")
    op.drop_table("thread_assignments")
    op.drop_table("presence")
    op.drop_table("seats")
