"""`inbox-app import-orders FILE...`: import Seller Central order reports, with progress."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from inbox_app.commands import localize
from inbox_app.commands.common import open_store_from_args
from inbox_app.commands.localize import terminal_text
from inbox_app.services.inbox import InboxService
from inbox_app.services.orders_import import (
    ImportSummary,
    ReportError,
)
from inbox_app.store.errors import KnownStoreError

SHOWN_PROBLEMS = 20
PROGRESS_EVERY = 10_000  # rows


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    db_parent: argparse.ArgumentParser,
) -> None:
    parser = subparsers.add_parser(
        "import-orders",
        parents=[db_parent],
        help="import Seller Central order reports (tab-separated flat files)",
        description=(
            "Import order reports downloaded from Seller Central: order report, unshipped "
            "orders, All Orders by order date or last update. Each file is imported in one "
            "transaction; re-importing a file updates the orders it holds."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", type=Path, help="report file(s)")
    parser.set_defaults(func=run)


class _Progress:
    """Prints "name: rows/total (pct%)" to stderr about every PROGRESS_EVERY rows."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.next_at = PROGRESS_EVERY

    def __call__(self, done: int, total: int) -> None:
        if done < self.next_at or done >= total:
            return
        rows = _tr("{name}: {done} / {total} rows").format(
            name=self.name, done=f"{done:,}", total=f"{total:,}"
        )
        percent = f" ({100 * done // total}%)" if total else ""
        print(f"{rows}{percent}", file=sys.stderr, flush=True)
        self.next_at = (done // PROGRESS_EVERY + 1) * PROGRESS_EVERY


def format_summary(summary: ImportSummary) -> list[str]:
    name = Path(summary.path).name
    head = _tr(
        "{name}: {layout}, {rows} rows: {new} new orders, {updated} updated, {items} items, "
        "{skipped} rows skipped"
    ).format(
        name=name,
        layout=summary.layout,
        rows=f"{summary.rows:,}",
        new=f"{summary.new:,}",
        updated=f"{summary.updated:,}",
        items=f"{summary.items:,}",
        skipped=f"{len(summary.skipped):,}",
    )
    if summary.linked_threads:
        head += _tr(", {count} threads linked").format(count=f"{summary.linked_threads:,}")
    lines = [f"{head} ({summary.seconds:.1f} s)"]
    for problem in summary.skipped[:SHOWN_PROBLEMS]:
        reason = localize.report_text(problem.reason)
        lines.append("  " + _tr("line {line}: {reason}").format(line=problem.line, reason=reason))
    if len(summary.skipped) > SHOWN_PROBLEMS:
        more = f"{len(summary.skipped) - SHOWN_PROBLEMS:,}"
        lines.append("  " + _tr("... and {count} more").format(count=more))
    return lines


def run(args: argparse.Namespace) -> int:
    store = open_store_from_args(args)
    if store is None:
        return 1
    refused = 0
    orders = InboxService(store)
    try:
        for path in args.files:
            try:
                summary = orders.import_orders(path, progress=_Progress(path.name))
            except ReportError as exc:
                refused += 1
                refusal = _tr("{path}: refused, nothing imported: {why}")
                print(
                    "inbox-app: " + refusal.format(path=path, why=terminal_text(exc)),
                    file=sys.stderr,
                )
                continue
            except KnownStoreError as exc:
                refused += 1
                failed = _tr("{path}: nothing imported: {why}")
                print(
                    "inbox-app: " + failed.format(path=path, why=terminal_text(exc)),
                    file=sys.stderr,
                )
                continue
            print("\n".join(format_summary(summary)), flush=True)
    finally:
        store.close()
    return 1 if refused else 0


def _tr(text: str) -> str:
    return localize.translate("Cli", text)
