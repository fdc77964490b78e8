"""PostgreSQL's full-text search reads a stored document instead of computing one per
row: `messages.search_doc`, a generated tsvector of subject and body, GIN-indexed (it
replaces 0001's expression index), so a search can walk the newest messages and stop
at its first window of matches instead of parsing every candidate's text again; and
trigram indexes for the buyer's alias and name and the order id, which a search
matches by substring (before: a scan of every thread and buyer, ~180 ms a search).
The urgency indexes carry `response_due_at` too (INCLUDE), so the list's keys by due
time come from an index-only scan (PostgreSQL cannot compute the coalesce of a column
an index does not hold: 12,000 open threads took a heap scan and a sort, 18 ms, now
2 ms). SQLite keeps its FTS5 table and its indexes: nothing changes there but the
version.

Adding the column rewrites the messages table: minutes on a million messages, once,
under the migration lock (the README's upgrade note says how long).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_DOC = "to_tsvector('simple', coalesce(subject, '') || ' ' || coalesce(body_text, ''))"
_DUE = "coalesce(response_due_at, 253402300799)"  # store/schema.py's due_key (NEVER_EPOCH)
_URGENCY = (
    ("ix_threads_due", f"state, {_DUE}, id"),
    ("ix_threads_mp_due", f"marketplace_id, state, {_DUE}, id"),
)
_TRIGRAM = (
    ("ix_buyers_alias_trgm", "buyers", "alias"),
    ("ix_buyers_name_trgm", "buyers", "display_name"),
    ("ix_threads_order_trgm", "threads", "amazon_order_id"),
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("SET LOCAL maintenance_work_mem = '256MB'")
    op.execute(
        f"ALTER TABLE messages ADD COLUMN search_doc tsvector GENERATED ALWAYS AS ({_DOC}) STORED"
    )
    op.execute("CREATE INDEX ix_messages_search_doc ON messages USING gin (search_doc)")
    op.execute("DROP INDEX IF EXISTS ix_messages_fts")
    for name, columns in _URGENCY:
        op.execute(f"DROP INDEX IF EXISTS {name}")
        op.execute(f"CREATE INDEX {name} ON threads ({columns}) INCLUDE (response_due_at)")
    # pg_trgm ships with PostgreSQL and is trusted (PostgreSQL 13+: the database's owner
    # may add it); a server without it keeps the slower substring scans
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError:
        return
    for name, table, column in _TRIGRAM:
        op.execute(f"CREATE INDEX {name} ON {table} USING gin ({column} gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, _table, _column in _TRIGRAM:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for name, columns in _URGENCY:
        op.execute(f"DROP INDEX IF EXISTS {name}")
        op.execute(f"CREATE INDEX {name} ON threads ({columns})")
    op.execute(f"CREATE INDEX IF NOT EXISTS ix_messages_fts ON messages USING gin ({_DOC})")
    op.execute("DROP INDEX IF EXISTS ix_messages_search_doc")
    op.execute("ALTER TABLE messages DROP COLUMN search_doc")
