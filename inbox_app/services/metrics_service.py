"""The façade the dashboard and the deadline alerts call: each method is one read of the
store (its own connection), safe on a worker thread. Views hold this, never the Store. No Qt."""

from __future__ import annotations

from datetime import datetime

from inbox_app.services.dashboard import DEADLINES_SHOWN, DashboardSnapshot, load_snapshot
from inbox_app.services.deadlines import Deadline, upcoming
from inbox_app.services.work import Work
from inbox_app.store.migrate import Store


class MetricsService:
    """Read-only use-cases over one store: the dashboard's snapshot and the due threads."""

    def __init__(self, store: Store) -> None:
        self._work = Work(store)

    def snapshot(self, now: datetime, limit: int = DEADLINES_SHOWN) -> DashboardSnapshot:
        """Everything the dashboard shows, from one read snapshot."""
        with self._work.reader() as conn:
            return load_snapshot(conn, now, limit)

    def due_before(self, until: datetime, limit: int = 200) -> list[Deadline]:
        """Open threads whose reply is due before `until`, the most urgent first."""
        with self._work.reader() as conn:
            return upcoming(conn, until=until, limit=limit)
