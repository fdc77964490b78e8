"""`inbox-app metrics`: Amazon's response-time figures for 7, 30 or 90 days, as text,
JSON, or a per-day CSV for the seller's own records."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from inbox_app.commands.common import fail, open_store_from_args
from inbox_app.services.metrics import (
    PERIODS,
    Counts,
    Metrics,
    UnknownMarketplaceError,
)
from inbox_app.services.metrics_people import PersonCounts
from inbox_app.services.metrics_service import MetricsService

CSV_HEADER = (
    "date",
    "messages",
    "within_24h",
    "late",
    "unanswered",
    "pending",
    "excluded",
    "late_response_rate",
    "average_response_hours",
)


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    db_parent: argparse.ArgumentParser,
) -> None:
    p = subparsers.add_parser(
        "metrics",
        parents=[db_parent],
        help="response-time figures as Amazon keeps them (7, 30 or 90 days)",
        description="Contact Response Time for the period ending now: answered within 24 h, "
        "late, unanswered, pending, excluded (no response needed), the late response rate, "
        "and the average and median response time, in total and per marketplace.",
    )
    # values are checked in run(), so a bad one gets one plain line (argparse prints usage)
    p.add_argument("--days", default="30", metavar="7|30|90", help="period (default 30)")
    p.add_argument("--marketplace", metavar="CODE", help="one marketplace only: US, DE, JP...")
    p.add_argument("--now", metavar="ISO", help="the end of the period (ISO 8601; default now)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--csv", metavar="FILE", help="write the per-day table to FILE")
    p.add_argument(
        "--by-person",
        action="store_true",
        help="on a team inbox: each teammate's answered messages and response times",
    )
    p.set_defaults(func=run)


def _parse_now(value: str | None) -> datetime | None:
    if value is None:
        return datetime.now(UTC).replace(microsecond=0)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def run(args: argparse.Namespace) -> int:
    choices = ", ".join(map(str, PERIODS))
    if args.days not in {str(p) for p in PERIODS}:
        return fail(f"--days must be one of {choices} (got {args.days!r})")
    now = _parse_now(args.now)
    if now is None:
        return fail(
            f"--now must be a date and time in ISO 8601, e.g. 2026-03-01T09:00 (got {args.now!r})"
        )
    csv_path = Path(args.csv) if args.csv else None
    if csv_path is not None and not csv_path.parent.is_dir():
        return fail(f"cannot write {csv_path}: the folder {csv_path.parent} does not exist")
    store = open_store_from_args(args)
    if store is None:
        return 1
    try:
        result, people = MetricsService(store).figures(
            days=int(args.days), now=now, marketplace=args.marketplace, by_person=args.by_person
        )
        if args.by_person and people is None:
            return fail("--by-person needs a team inbox (this store has no seats)")
    except UnknownMarketplaceError:
        return fail(f"unknown marketplace {args.marketplace!r}: use a code such as US, UK, DE")
    finally:
        store.close()
    if csv_path is not None:
        try:
            write_csv(result, csv_path)
        except OSError as exc:
            return fail(f"cannot write {csv_path}: {exc.strerror or exc}")
    if args.json:
        data = result.as_dict()
        if people is not None:
            data["by_person"] = [p.as_dict() for p in people]
        print(json.dumps(data, indent=2))
    else:
        print_text(result)
        if people is not None:
            print_people(people)
    return 0


def _cell(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def write_csv(result: Metrics, path: Path) -> None:
    """One row per UTC day of the period, oldest first."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(CSV_HEADER)
        for day in result.days:
            c = day.counts
            out.writerow(
                [
                    day.day.isoformat(),
                    c.messages,
                    c.within_24h,
                    c.late,
                    c.unanswered,
                    c.pending,
                    c.excluded,
                    _cell(c.late_response_rate),
                    _cell(c.average_response_hours),
                ]
            )


def _line(label: str, c: Counts) -> str:
    rate = "-" if c.late_response_rate is None else f"{c.late_response_rate:.1f} %"
    avg = "-" if c.average_response_hours is None else f"{c.average_response_hours:.1f} h"
    med = "-" if c.median_response_hours is None else f"{c.median_response_hours:.1f} h"
    return (
        f"{label:<8} {c.messages:>8} {c.within_24h:>8} {c.late:>6} {c.unanswered:>10} "
        f"{c.pending:>7} {c.excluded:>8} {rate:>9} {avg:>8} {med:>8}"
    )


def print_text(result: Metrics) -> None:
    scope = f", {result.marketplace}" if result.marketplace else ""
    print(f"Response times, {result.period_days} days to {result.now.isoformat()}{scope}")
    print(
        f"{'':<8} {'messages':>8} {'within':>8} {'late':>6} {'unanswered':>10} "
        f"{'pending':>7} {'excluded':>8} {'late rate':>9} {'average':>8} {'median':>8}"
    )
    print(_line("total", result.total))
    for code, counts in result.by_marketplace.items():
        print(_line(code, counts))
    sys.stdout.flush()


def _hours(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f} h"


def print_people(people: list[PersonCounts]) -> None:
    """The per-person table (a team inbox): replies no seat wrote are "(nobody)"."""
    print()
    print("By person")
    print(
        f"{'':<16} {'answered':>8} {'within':>8} {'late':>6} {'average':>8} {'median':>8} "
        f"{'assigned':>8}"
    )
    for p in people:
        label = (p.person or "(nobody)")[:16]
        print(
            f"{label:<16} {p.answered:>8} {p.within_24h:>8} {p.late:>6} "
            f"{_hours(p.average_response_hours):>8} {_hours(p.median_response_hours):>8} "
            f"{p.assigned_open:>8}"
        )
    sys.stdout.flush()
