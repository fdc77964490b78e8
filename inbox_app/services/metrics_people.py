"""Response times per person on a team inbox: for each buyer message answered in the
period, the teammate whose reply answered it (the reply's author, message_authors), and
each teammate's open assigned threads. Replies no seat wrote (Seller Central, before the
team) count under nobody. Same period and definitions as services.metrics. No Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from statistics import median
from typing import Any

from sqlalchemy import Connection, text

from inbox_app.services.metrics import PERIODS, WINDOW, period_params
from inbox_app.store import statements

# the answered buyer messages of the period (as MIDDLE_SQL counts them) and the seat
# whose reply answered each: the first sent reply (by id) with an author at the clock's
# replied_at. Joins, not a subquery per answered message: the replies with an author are
# few, so the planner joins them to the period's clock rows at once (a correlated
# subquery looked up every answered message's thread: ~10 s for 90 days of 1M messages).
_ANSWERED_SQL = """
WITH answered AS (
  SELECT message_id, thread_id, replied_at, replied_at - received_at AS resp
  FROM response_clock
  WHERE received_day BETWEEN :first_day AND :last_day
    AND received_at > :start AND received_at <= :now AND replied_at <= :now
    AND (excluded_at IS NULL OR excluded_at > :now OR replied_at <= excluded_at){mp}
), firsts AS (
  SELECT a.message_id AS mid, min(r.id) AS rid
  FROM answered a
  JOIN messages r ON r.thread_id = a.thread_id AND r.sent_at = a.replied_at
  JOIN message_authors ma ON ma.message_id = r.id
  WHERE r.direction = 'out' AND r.status = 'sent'
    AND r.sent_at > :start AND r.sent_at <= :now  -- the period's replies only
  GROUP BY a.message_id
)
SELECT ma.seat_id AS seat, a.resp
FROM answered a
LEFT JOIN firsts f ON f.mid = a.message_id
LEFT JOIN message_authors ma ON ma.message_id = f.rid
"""
_SEATS_SQL = "SELECT id, person, left_at FROM seats ORDER BY person, id"
_ASSIGNED_SQL = """
SELECT a.seat_id, count(*) FROM thread_assignments a JOIN threads t ON t.id = a.thread_id
WHERE t.state = 'open' GROUP BY a.seat_id
"""


@dataclass(frozen=True)
class PersonCounts:
    """One teammate's figures (seat_id None: replies no seat wrote)."""

    seat_id: str | None
    person: str | None
    within_24h: int = 0
    late: int = 0
    response_seconds: int = 0
    median_response_hours: float | None = None
    assigned_open: int = 0

    @property
    def answered(self) -> int:
        return self.within_24h + self.late

    @property
    def average_response_hours(self) -> float | None:
        return None if self.answered == 0 else self.response_seconds / self.answered / 3600

    def as_dict(self) -> dict[str, Any]:
        def r(v: float | None) -> float | None:
            return None if v is None else round(v, 2)

        return {
            "person": self.person,
            "seat_id": self.seat_id,
            "answered": self.answered,
            "within_24h": self.within_24h,
            "late": self.late,
            "average_response_hours": r(self.average_response_hours),
            "median_response_hours": r(self.median_response_hours),
            "assigned_open": self.assigned_open,
        }


def _rows(conn: Connection, key: str, sql: str, params: Mapping[str, Any]) -> list[Any]:
    return statements.fetch(conn, ("metrics_people", key), lambda: text(sql), params)


def has_team(conn: Connection) -> bool:
    return bool(_rows(conn, "seats", _SEATS_SQL, {}))


def per_person(
    conn: Connection, *, days: int, now: datetime, marketplace: str | None = None
) -> list[PersonCounts] | None:
    """Each teammate's answered messages, within 24 h and late, average and median
    response time, open assigned threads; None on a store without a team."""
    if days not in PERIODS:
        raise ValueError(f"the period must be one of {', '.join(map(str, PERIODS))} days")
    seats = _rows(conn, "seats", _SEATS_SQL, {})
    if not seats:
        return None
    params, mp = period_params(conn, days=days, now=now, marketplace=marketplace)
    times: dict[str | None, list[int]] = {}
    for seat, resp in _rows(conn, f"answered{mp}", _ANSWERED_SQL.format(mp=mp), params):
        times.setdefault(None if seat is None else str(seat), []).append(int(resp))
    assigned = {str(s): int(n) for s, n in _rows(conn, "assigned", _ASSIGNED_SQL, {})}
    out: list[PersonCounts] = []
    for seat_id, person, left_at in seats:
        mine = times.pop(str(seat_id), [])
        if left_at is not None and not mine and not assigned.get(str(seat_id)):
            continue  # a seat that left and answered nothing in the period
        out.append(_counts(str(seat_id), str(person), mine, assigned.get(str(seat_id), 0)))
    nobody = times.pop(None, [])
    if nobody:
        out.append(_counts(None, None, nobody, 0))
    return out


def _counts(seat_id: str | None, person: str | None, resp: list[int], open_: int) -> PersonCounts:
    within = sum(1 for t in resp if t <= WINDOW)
    return PersonCounts(
        seat_id,
        person,
        within_24h=within,
        late=len(resp) - within,
        response_seconds=sum(resp),
        median_response_hours=median(resp) / 3600 if resp else None,
        assigned_open=open_,
    )
