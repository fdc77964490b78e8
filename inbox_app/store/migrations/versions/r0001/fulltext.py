"""Revision 0001's full-text search: the SQLite FTS5 table and its triggers, and the
PostgreSQL GIN index, as that revision created them."""

from __future__ import annotations

from alembic import op

# What this revision created, frozen here: later changes to the live schema modules
# must not change what an old revision does.
FTS_DDL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5("
    "subject, body, buyer, order_id, tokenize = 'unicode61 remove_diacritics 2')",
]
FTS_TRIGGERS = [
    """CREATE TRIGGER IF NOT EXISTS messages_ai AFTER INSERT ON messages BEGIN
  INSERT INTO search_index(rowid, subject, body, buyer, order_id)
  SELECT new.id, new.subject, new.body_text,
         coalesce(b.display_name, '') || ' ' || coalesce(b.alias, ''),
         coalesce(t.amazon_order_id, '')
  FROM threads t LEFT JOIN buyers b ON b.id = t.buyer_id WHERE t.id = new.thread_id;
END""",
    """CREATE TRIGGER IF NOT EXISTS messages_ad AFTER DELETE ON messages BEGIN
  DELETE FROM search_index WHERE rowid = old.id;
END""",
    """CREATE TRIGGER IF NOT EXISTS messages_au AFTER UPDATE OF subject, body_text ON messages
BEGIN
  UPDATE search_index SET subject = new.subject, body = new.body_text WHERE rowid = new.id;
END""",
    """CREATE TRIGGER IF NOT EXISTS threads_au_order AFTER UPDATE OF amazon_order_id ON threads
BEGIN
  UPDATE search_index SET order_id = coalesce(new.amazon_order_id, '')
  WHERE rowid IN (SELECT id FROM messages WHERE thread_id = new.id);
END""",
    """CREATE TRIGGER IF NOT EXISTS buyers_au_name AFTER UPDATE OF display_name ON buyers
BEGIN
  UPDATE search_index
  SET buyer = coalesce(new.display_name, '') || ' ' || coalesce(new.alias, '')
  WHERE rowid IN (SELECT m.id FROM messages m JOIN threads t ON t.id = m.thread_id
                  WHERE t.buyer_id = new.id);
END""",
]
PG_FTS_DDL = [
    "CREATE INDEX IF NOT EXISTS ix_messages_fts ON messages USING gin "
    "(to_tsvector('simple', coalesce(subject, '') || ' ' || coalesce(body_text, '')))",
]


def create_search_index() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for ddl in FTS_DDL + FTS_TRIGGERS:
            op.execute(ddl)
    elif bind.dialect.name == "postgresql":
        for ddl in PG_FTS_DDL:
            op.execute(ddl)
