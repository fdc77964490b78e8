"""Amazon's response clock, one row per buyer message: when it came, when it was answered.

`response_clock` is derived data, rebuilt in SQL for a thread whenever the thread's
messages or its "no response needed" marks change (services.threads calls
`refresh_clock`), so a 90-day report reads one covering index instead of pairing
every buyer message with its reply at read time. The same SELECT fills it for a whole
store (the migration that adds it, the demo generator).

Definitions, as Amazon counts them:
- a buyer message is incoming, received, and not one of Amazon's notices (bounces,
  blocked-message notices); Seller Central copies are outgoing;
- it is answered by the first reply sent strictly after it on the same thread (a sent
  outgoing message, the Seller Central copy included; queued, failed or bounced ones
  are not sent): `replied_at`;
- a standing "no response needed" mark (the event the app writes, naming the last
  message it covers; a later "reopened" event withdraws it) covers the messages up to
  the one it names: `excluded_at` is the time of the earliest such mark.

`response_bucket` puts the final response time on a coarse, monotonic scale (quarter
hours under 2 h, hours under 48 h, days beyond): the median is found from bucket counts
and then read exactly from the one or two buckets that hold it (services.metrics).
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, ForeignKey, Index, Integer, String, Table, text
from sqlalchemy.orm import Session

from inbox_app.store.schema import Base

response_clock = Table(
    "response_clock",
    Base.metadata,
    Column(
        "message_id",
        Integer,
        ForeignKey("messages.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    ),
    Column("thread_id", Integer, ForeignKey("threads.id", ondelete="CASCADE"), nullable=False),
    Column("marketplace_id", String(20)),
    Column("received_at", BigInteger, nullable=False),
    # whole UTC days since the epoch: the chart's buckets, and the index's leading column
    Column("received_day", Integer, nullable=False),
    Column("replied_at", BigInteger),
    Column("excluded_at", BigInteger),
    Column("response_bucket", Integer),
)
# a period's rows grouped by (day, bucket, marketplace) stream out of the index without a
# sort, and the rows of one bucket over a period are a seek per day
CLOCK_INDEX_COLUMNS = (
    "received_day",
    "response_bucket",
    "marketplace_id",
    "received_at",
    "replied_at",
    "excluded_at",
)
Index("ix_response_clock_bucket", *(response_clock.c[name] for name in CLOCK_INDEX_COLUMNS))
Index("ix_response_clock_thread", response_clock.c.thread_id)

# replied_at - received_at -> bucket; never smaller for a longer response time
BUCKET_SQL = """CASE
  WHEN replied_at IS NULL THEN NULL
  WHEN replied_at - received_at < 7200 THEN (replied_at - received_at) / 900
  WHEN replied_at - received_at < 172800 THEN 6 + (replied_at - received_at) / 3600
  ELSE 52 + (replied_at - received_at) / 86400 END"""
_COLUMNS = (
    "message_id, thread_id, marketplace_id, received_at, received_day, replied_at, excluded_at,"
    " response_bucket"
)
_SELECT = f"""
SELECT message_id, thread_id, marketplace_id, received_at, received_day, replied_at,
  excluded_at, {BUCKET_SQL}
FROM (SELECT m.id AS message_id, m.thread_id AS thread_id, t.marketplace_id AS marketplace_id,
  m.created_at AS received_at, m.created_at / 86400 AS received_day,
  (SELECT min(r.sent_at) FROM messages r
    WHERE r.thread_id = m.thread_id AND r.direction = 'out' AND r.status = 'sent'
      AND r.sent_at > m.created_at) AS replied_at,
  (SELECT min(e.at) FROM events e
    WHERE e.thread_id = m.thread_id AND e.kind = 'no_response_needed'
      AND e.message_id >= m.id
      AND e.id > coalesce((SELECT max(o.id) FROM events o
                           WHERE o.thread_id = m.thread_id AND o.kind = 'reopened'), 0))
    AS excluded_at
FROM messages m JOIN threads t ON t.id = m.thread_id
WHERE m.direction = 'in' AND m.status = 'received' AND m.notice_kind IS NULL
{{thread}}) AS c
"""
# {_COLUMNS} only: no user input ever reaches these strings
REFRESH_THREAD = (
    text("DELETE FROM response_clock WHERE thread_id = :thread_id"),
    text(
        f"INSERT INTO response_clock ({_COLUMNS}) "
        + _SELECT.format(thread="AND m.thread_id = :thread_id")
    ),
)
FILL_ALL_SQL = f"INSERT INTO response_clock ({_COLUMNS}) " + _SELECT.format(thread="")


def refresh_clock(session: Session, thread_id: int) -> None:
    """Rebuild one thread's rows (a handful of indexed statements)."""
    session.flush()
    for statement in REFRESH_THREAD:
        session.execute(statement, {"thread_id": thread_id})
