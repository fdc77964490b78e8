"""What the metrics dashboard shows, read in one unit of work off the GUI thread: the
three periods' figures and the open threads closest to their deadline, on the
connection MetricsService opens. No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from inbox_app.services.deadlines import Deadline, upcoming
from inbox_app.services.metrics import PERIODS, Metrics, compute
from inbox_app.services.metrics_people import PersonCounts, has_team, per_person

if TYPE_CHECKING:
    from sqlalchemy import Connection

DEADLINES_SHOWN = 12


@dataclass(frozen=True)
class DashboardSnapshot:
    now: datetime
    periods: dict[int, Metrics]  # 7, 30, 90
    deadlines: tuple[Deadline, ...]
    people: dict[int, list[PersonCounts]] | None = None  # per period; None without a team


def load_snapshot(
    conn: Connection, now: datetime, limit: int = DEADLINES_SHOWN
) -> DashboardSnapshot:
    """Everything the dashboard needs, from one read snapshot (the caller's connection)."""
    periods = {days: compute(conn, days=days, now=now) for days in PERIODS}
    deadlines = tuple(upcoming(conn, limit=limit))
    people = None
    if has_team(conn):
        people = {days: per_person(conn, days=days, now=now) or [] for days in PERIODS}
    return DashboardSnapshot(now=now, periods=periods, deadlines=deadlines, people=people)
