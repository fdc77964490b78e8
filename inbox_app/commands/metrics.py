"""`inbox-app metrics`: Amazon's response-time figures for 7, 30 or 90 days, as text,
JSON, or a per-day CSV for the seller's own records."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from inbox_app.commands import localize
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
        wrong = _tr("--days must be one of {choices} (got {value})")
        return fail(wrong.format(choices=choices, value=repr(args.days)))
    now = _parse_now(args.now)
    if now is None:
        wrong = _tr(
            "--now must be a date and time in ISO 8601, e.g. 2026-03-01T09:00 (got {value})"
        )
        return fail(wrong.format(value=repr(args.now)))
    csv_path = Path(args.csv) if args.csv else None
    if csv_path is not None and not csv_path.parent.is_dir():
        wrong = _tr("cannot write {path}: the folder {folder} does not exist")
        return fail(wrong.format(path=csv_path, folder=csv_path.parent))
    store = open_store_from_args(args)
    if store is None:
        return 1
    try:
        result, people = MetricsService(store).figures(
            days=int(args.days), now=now, marketplace=args.marketplace, by_person=args.by_person
        )
        if args.by_person and people is None:
            return fail(_tr("--by-person needs a team inbox (this store has no seats)"))
    except UnknownMarketplaceError:
        wrong = _tr("unknown marketplace {code}: use a code such as US, UK, DE")
        return fail(wrong.format(code=repr(args.marketplace)))
    finally:
        store.close()
    if csv_path is not None:
        try:
            write_csv(result, csv_path)
        except OSError as exc:
            wrong = _tr("cannot write {path}: {why}")
            return fail(wrong.format(path=csv_path, why=exc.strerror or exc))
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


def _hours(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f} h"


def _row(label: str, c: Counts) -> list[str]:
    rate = "-" if c.late_response_rate is None else f"{c.late_response_rate:.1f} %"
    return [
        label,
        *map(str, (c.messages, c.within_24h, c.late, c.unanswered, c.pending, c.excluded)),
        rate,
        _hours(c.average_response_hours),
        _hours(c.median_response_hours),
    ]


def print_text(result: Metrics) -> None:
    if result.marketplace:
        title = _tr("Response times, {days} days to {now}, {marketplace}")
    else:
        title = _tr("Response times, {days} days to {now}")
    print(
        title.format(
            days=result.period_days, now=result.now.isoformat(), marketplace=result.marketplace
        )
    )
    header = [
        "",
        _tr("messages"),
        _tr("within"),
        _tr("late"),
        _tr("unanswered"),
        _tr("pending"),
        _tr("excluded"),
        _tr("late rate"),
        _tr("average"),
        _tr("median"),
    ]
    rows = [_row(_tr("total"), result.total)]
    rows += [_row(code, counts) for code, counts in result.by_marketplace.items()]
    print("\n".join(localize.table(header, rows)))
    sys.stdout.flush()


def print_people(people: list[PersonCounts]) -> None:
    """The per-person table (a team inbox): replies no seat wrote are "(nobody)"."""
    print()
    print(_tr("By person"))
    header = [
        "",
        _tr("answered"),
        _tr("within"),
        _tr("late"),
        _tr("average"),
        _tr("median"),
        _tr("assigned"),
    ]
    rows = [
        [
            (p.person or _tr("(nobody)"))[:16],
            *map(str, (p.answered, p.within_24h, p.late)),
            _hours(p.average_response_hours),
            _hours(p.median_response_hours),
            str(p.assigned_open),
        ]
        for p in people
    ]
    print("\n".join(localize.table(header, rows)))
    sys.stdout.flush()


def _tr(text: str) -> str:
    return localize.translate("Cli", text)
