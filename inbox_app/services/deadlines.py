"""The open threads closest to Amazon's 24-hour deadline: for the dashboard's list and
the deadline alerts. One indexed read (ix_threads_due), never a scan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, text

from inbox_app.store import statements
from inbox_app.store.epochs import NEVER_EPOCH
from inbox_app.store.schema import DUE_KEY_SQL

_DUE = f"""
SELECT threads.id, threads.subject, threads.response_due_at, marketplaces.code, threads.snippet
FROM threads LEFT JOIN marketplaces ON marketplaces.id = threads.marketplace_id
WHERE threads.state = 'open' AND {DUE_KEY_SQL} <= :until
ORDER BY {DUE_KEY_SQL}, threads.id
LIMIT :limit
"""


@dataclass(frozen=True)
class Deadline:
    """An open thread that owes the buyer an answer by `due_at`."""

    thread_id: int
    subject: str
    due_at: datetime
    marketplace: str | None
    # the start of the thread's last message (the buyer's, on an open thread): shown only
    # when the seller allows the buyer's text in notifications
    preview: str = ""

    def seconds_left(self, now: datetime) -> int:
        return int((self.due_at - now).total_seconds())


def upcoming(conn: Connection, *, until: datetime | None = None, limit: int = 20) -> list[Deadline]:
    """Open threads by due time, most urgent (overdue first) up to `until` (default: all)."""
    bound = NEVER_EPOCH - 1 if until is None else int(until.timestamp())
    rows = statements.fetch(
        conn, ("deadlines", "upcoming"), lambda: text(_DUE), {"until": bound, "limit": limit}
    )
    return [
        Deadline(
            int(tid), str(subject or ""), datetime.fromtimestamp(int(due), UTC), code, snippet or ""
        )
        for tid, subject, due, code, snippet in rows
    ]
