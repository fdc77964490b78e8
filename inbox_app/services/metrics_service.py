"""The façade the dashboard and the deadline alerts call: each method is one read of the
store (its own connection), safe on a worker thread. Views hold this, never the Store. No Qt."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from inbox_app.services.dashboard import DEADLINES_SHOWN, DashboardSnapshot, load_snapshot
from inbox_app.services.deadlines import Deadline, upcoming
from inbox_app.services.work import Work
from inbox_app.store.migrate import Store

if TYPE_CHECKING:
    from inbox_app.services.metrics import Metrics
    from inbox_app.services.metrics_people import PersonCounts


class MetricsService:
    """Read-only use-cases over one store: the dashboard's snapshot, the due threads and
    the period's figures (`inbox-app metrics`)."""

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

    def figures(
        self, *, days: int, now: datetime, marketplace: str | None = None, by_person: bool = False
    ) -> tuple[Metrics, list[PersonCounts] | None]:
        """The response-time figures of the `days` days ending at `now` and, with
        `by_person`, each teammate's (None on a store without a team), from one snapshot;
        raises UnknownMarketplaceError for an unknown `marketplace` code."""
        from inbox_app.services.metrics import compute
        from inbox_app.services.metrics_people import per_person

        with self._work.reader() as conn:
            result = compute(conn, days=days, now=now, marketplace=marketplace)
            if not by_person:
                return result, None
            return result, per_person(conn, days=days, now=now, marketplace=marketplace)
