"""The full-text index's SQL: SQLite's FTS5 table over messages with the triggers that
keep it in step, its rebuild (the demo builder drops the triggers for a bulk load), and
PostgreSQL's stored search document with its GIN index over the same text.

Migration 0001 keeps its own copy of what it created: change the index through a new
migration, then here.
"""

from __future__ import annotations

# FTS5 full-text index over messages (SQLite only): one row per message, rowid =
# messages.id, kept in step by triggers. Created by the migration, not by create_all.
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
FTS_DROP_TRIGGERS = [
    "DROP TRIGGER IF EXISTS messages_ai",
    "DROP TRIGGER IF EXISTS messages_ad",
    "DROP TRIGGER IF EXISTS messages_au",
    "DROP TRIGGER IF EXISTS threads_au_order",
    "DROP TRIGGER IF EXISTS buyers_au_name",
]
FTS_REBUILD = (
    "INSERT INTO search_index(rowid, subject, body, buyer, order_id) "
    "SELECT m.id, m.subject, m.body_text, "
    "coalesce(b.display_name, '') || ' ' || coalesce(b.alias, ''), "
    "coalesce(t.amazon_order_id, '') "
    "FROM messages m JOIN threads t ON t.id = m.thread_id LEFT JOIN buyers b ON b.id = t.buyer_id"
)

# PostgreSQL (migration 0011; 0001 made an expression index instead): a stored generated
# tsvector of the same text, GIN-indexed, which the search reads (queries/search_pages.py)
PG_SEARCH_DOC = "messages.search_doc"
PG_SEARCH_DOC_DDL = [
    "ALTER TABLE messages ADD COLUMN search_doc tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple', coalesce(subject, '') || ' ' || coalesce(body_text, ''))) STORED",
    "CREATE INDEX ix_messages_search_doc ON messages USING gin (search_doc)",
]
