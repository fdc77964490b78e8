"""Amazon's Contact Response Time figures for a period ending now, computed in SQL.

Over the buyer messages received in the period (see store.clock for which messages
count and what answers them): answered within 24 h, late (answered after more than
24 h), unanswered (no reply, older than 24 h), pending (no reply, younger: counted
nowhere yet) and excluded ("no response needed"). Late response rate =
(late + unanswered) / (within + late + unanswered). Average and median response time
over the answered ones. The same per marketplace and per (UTC) day. No Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, text

from inbox_app.services.metrics_sql import (
    BUCKET_PART,
    DAILY_PART,
    MIDDLE_SQL,
    MP_SQL,
    NO_MP_SQL,
    SUMMARY_SQL,
    locate_middle,
)
from inbox_app.store import statements

PERIODS = (7, 30, 90)
DAY = 86400
WINDOW = 24 * 3600  # Amazon's response window, weekends and holidays included

_CODES = "SELECT id, code FROM marketplaces"
_CODE_ID = "SELECT id FROM marketplaces WHERE code = :code"
UNKNOWN_MARKETPLACE = "unknown"


@dataclass(frozen=True)
class Counts:
    """One group's figures: the whole period, one marketplace, or one day."""

    messages: int = 0
    within_24h: int = 0
    late: int = 0
    unanswered: int = 0
    pending: int = 0
    excluded: int = 0
    response_seconds: int = 0  # total over the answered ones
    median_response_hours: float | None = None

    @property
    def answered(self) -> int:
        return self.within_24h + self.late

    @property
    def late_response_rate(self) -> float | None:
        """(late + unanswered) / (within + late + unanswered), in percent."""
        counted = self.within_24h + self.late + self.unanswered
        return None if counted == 0 else 100.0 * (self.late + self.unanswered) / counted

    @property
    def average_response_hours(self) -> float | None:
        return None if self.answered == 0 else self.response_seconds / self.answered / 3600

    def plus(self, other: Counts) -> Counts:
        return Counts(
            self.messages + other.messages,
            self.within_24h + other.within_24h,
            self.late + other.late,
            self.unanswered + other.unanswered,
            self.pending + other.pending,
            self.excluded + other.excluded,
            self.response_seconds + other.response_seconds,
        )

    def with_median(self, hours: float | None) -> Counts:
        return Counts(
            self.messages,
            self.within_24h,
            self.late,
            self.unanswered,
            self.pending,
            self.excluded,
            self.response_seconds,
            hours,
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "messages": self.messages,
            "within_24h": self.within_24h,
            "late": self.late,
            "unanswered": self.unanswered,
            "pending": self.pending,
            "excluded": self.excluded,
            "late_response_rate": _round(self.late_response_rate),
            "average_response_hours": _round(self.average_response_hours),
            "median_response_hours": _round(self.median_response_hours),
        }


@dataclass(frozen=True)
class DayCounts:
    day: date
    counts: Counts


@dataclass(frozen=True)
class Metrics:
    """A period's figures: the total, per marketplace code, and per UTC day (every day)."""

    period_days: int
    now: datetime
    marketplace: str | None
    total: Counts
    by_marketplace: dict[str, Counts] = field(default_factory=dict)
    days: tuple[DayCounts, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """The `inbox-app metrics --json` object."""
        return {
            "period_days": self.period_days,
            **self.total.as_dict(),
            "by_marketplace": {code: c.as_dict() for code, c in self.by_marketplace.items()},
        }


class UnknownMarketplaceError(ValueError):
    """The marketplace code is not one the store knows."""


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _rows(conn: Connection, key: str, sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    return statements.fetch(conn, ("metrics", key), lambda: text(sql), params)


def marketplace_codes(conn: Connection) -> dict[str, str]:
    """Marketplace id -> code (US, DE...)."""
    return {str(i): str(c) for i, c in _rows(conn, "codes", _CODES, {})}


def period_params(
    conn: Connection, *, days: int, now: datetime, marketplace: str | None
) -> tuple[dict[str, Any], str]:
    """The bound values of a `days`-day period ending at `now`, and the SQL that limits a
    query to `marketplace` (a code; "" for all). Raises ValueError for another period
    and UnknownMarketplaceError for a code the store does not know."""
    if days not in PERIODS:
        raise ValueError(f"the period must be one of {', '.join(map(str, PERIODS))} days")
    now_s = int(now.timestamp())
    start = now_s - days * DAY
    params: dict[str, Any] = {
        "now": now_s,
        "start": start,
        "first_day": (start + 1) // DAY,
        "last_day": now_s // DAY,
    }
    if marketplace is None:
        return params, ""
    found = _rows(conn, "code_id", _CODE_ID, {"code": marketplace.upper()})
    if not found:
        raise UnknownMarketplaceError(marketplace)
    params["mp"] = found[0][0]
    return params, MP_SQL


def compute(
    conn: Connection, *, days: int, now: datetime, marketplace: str | None = None
) -> Metrics:
    """The figures for the `days` days ending at `now` (optionally one marketplace code)."""
    params, mp_sql = period_params(conn, days=days, now=now, marketplace=marketplace)
    rows = _rows(conn, f"summary{mp_sql}", SUMMARY_SQL.format(mp=mp_sql), params)
    daily = [r[1:] for r in rows if r[0] == DAILY_PART]
    histograms: dict[object, dict[int, int]] = {}
    for _part, bucket, mp_id, answered, *_ in (r for r in rows if r[0] == BUCKET_PART):
        histograms.setdefault(mp_id, {})[int(bucket)] = int(answered or 0)
    medians = _medians(conn, histograms, params, filtered=marketplace is not None)
    frame = Metrics(days, now, marketplace.upper() if marketplace else None, Counts())
    return _assemble(frame, daily, medians, marketplace_codes(conn), params)


_TOTAL = object()  # the key of the whole period's median in _medians' answer


def _middle_seconds(
    conn: Connection, mp_sql: str, hist: Mapping[int, int], params: Mapping[str, Any]
) -> float | None:
    middle = locate_middle(hist)
    if middle is None:
        return None
    found = _rows(
        conn, f"middle{mp_sql}", MIDDLE_SQL.format(mp=mp_sql), {**params, **middle.params()}
    )
    values = [int(v) for (v,) in found]
    return sum(values) / len(values) if values else None


def _medians(
    conn: Connection,
    histograms: Mapping[object, Mapping[int, int]],
    params: Mapping[str, Any],
    *,
    filtered: bool,
) -> dict[object, float | None]:
    """Median response seconds: the period's (key _TOTAL) and each marketplace id's."""
    total: dict[int, int] = {}
    for hist in histograms.values():
        for bucket, count in hist.items():
            total[bucket] = total.get(bucket, 0) + count
    out: dict[object, float | None] = {
        _TOTAL: _middle_seconds(conn, MP_SQL if filtered else "", total, params)
    }
    for mp_id, hist in histograms.items():
        if filtered:  # one marketplace: its median is the period's
            out[mp_id] = out[_TOTAL]
        elif mp_id is None:
            out[mp_id] = _middle_seconds(conn, NO_MP_SQL, hist, params)
        else:
            out[mp_id] = _middle_seconds(conn, MP_SQL, hist, {**params, "mp": mp_id})
    return out


def _code(codes: Mapping[str, str], mp_id: object) -> str:
    code = codes.get(str(mp_id), "") if mp_id is not None else ""
    return code or UNKNOWN_MARKETPLACE


def _assemble(
    frame: Metrics,
    daily: Iterable[tuple[Any, ...]],
    medians: Mapping[object, float | None],
    codes: Mapping[str, str],
    params: Mapping[str, Any],
) -> Metrics:
    """Fold the per-(day, marketplace) totals: a few hundred rows, never one per message."""
    per_day: dict[int, Counts] = {}
    per_mp: dict[str, Counts] = {}
    total = Counts()
    for day, mp_id, *numbers in daily:
        c = Counts(*(int(n or 0) for n in numbers))
        code = _code(codes, mp_id)
        per_day[int(day)] = per_day.get(int(day), Counts()).plus(c)
        per_mp[code] = per_mp.get(code, Counts()).plus(c)
        total = total.plus(c)
    for mp_id, seconds in medians.items():
        hours = None if seconds is None else seconds / 3600
        if mp_id is _TOTAL:
            total = total.with_median(hours)
            continue
        code = _code(codes, mp_id)
        if code in per_mp:
            per_mp[code] = per_mp[code].with_median(hours)
    first, last = int(params["first_day"]), int(params["last_day"])
    series = tuple(
        DayCounts(datetime.fromtimestamp(d * DAY, UTC).date(), per_day.get(d, Counts()))
        for d in range(first, last + 1)
    )
    return replace(frame, total=total, by_marketplace=dict(sorted(per_mp.items())), days=series)
