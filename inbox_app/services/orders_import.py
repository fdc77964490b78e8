"""Import a Seller Central order report into the store: one transaction per file.

InboxService.import_orders (the window's worker and the CLI, per file) runs
`import_order_report` over its Work, with a progress callback and a cancel check.
Nothing is written when the file is refused, the import is cancelled, or anything
fails half-way.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from inbox_app.orders import (
    FILE_SUFFIXES,
    OrderReport,
    ParsedOrder,
    ReportError,
    RowProblem,
    peek_layout,
)
from inbox_app.orders.model import UnknownLayoutError, UnreadableReportError
from inbox_app.services.order_links import link_threads_to_orders
from inbox_app.services.orders_write import BatchWriter
from inbox_app.services.special_orders import apply_sku_rules, load_classifier
from inbox_app.services.work import Work
from inbox_app.store.errors import translate_operational_error
from inbox_app.store.schema import utcnow

__all__ = [
    "BATCH_ORDERS",
    "FILE_SUFFIXES",
    "CancelCheck",
    "ImportCancelled",
    "ImportSummary",
    "ProgressCallback",
    "ReportError",
    "RowProblem",
    "UnknownLayoutError",
    "UnreadableReportError",
    "import_order_report",
    "import_report_in_session",
    "peek_layout",
]

# Both are called on the importing (worker) thread: a Qt worker emits a signal from
# `progress` and reads a flag in `cancel`; neither may touch widgets.
# (data rows read so far, data rows in the file): called about every batch and at the end
ProgressCallback = Callable[[int, int], None]
# True when the user asked to stop: e.g. threading.Event().is_set
CancelCheck = Callable[[], bool]

BATCH_ORDERS = 1000


class ImportCancelled(Exception):  # noqa: N818 - a request, not an error
    """The import was cancelled; the file's transaction was rolled back, nothing written."""


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What one file did to the store."""

    path: str
    layout: str  # order-report | unshipped-orders | all-orders
    new: int  # orders created
    updated: int  # orders that existed and were refreshed from the file
    items: int  # item rows written (new or refreshed)
    skipped: tuple[RowProblem, ...]  # (line, reason) of each row left out
    rows: int  # data rows read
    linked_threads: int  # threads that got their order through this import
    encoding: str
    seconds: float


def import_order_report(
    work: Work,
    path: str | os.PathLike[str],
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> ImportSummary:
    """Import one report file in one transaction (safe to call from a worker thread).

    Raises ReportError (UnreadableReportError, UnknownLayoutError) for a file that
    cannot be imported, ImportCancelled, or a KnownStoreError (database busy, disk
    full); in every case nothing of the file is kept.
    """
    started = time.perf_counter()
    with OrderReport(path) as report:
        try:
            with work.writing() as session:
                summary = import_report_in_session(
                    session, report, progress=progress, cancel=cancel
                )
        except DBAPIError as exc:
            known = translate_operational_error(exc.orig if exc.orig is not None else exc)
            if known is not None:
                raise known from None
            raise
    return _with_time(summary, time.perf_counter() - started)


def import_report_in_session(
    session: Session,
    report: OrderReport,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> ImportSummary:
    """The import proper, in the caller's session and transaction (commits nothing)."""
    writer = BatchWriter(session, report.layout, load_classifier(session), utcnow())
    linked = 0

    def flush(batch: list[ParsedOrder]) -> None:
        nonlocal linked
        if cancel is not None and cancel():
            raise ImportCancelled(f"import of {report.path.name} cancelled; nothing was saved")
        _, existing_ids = writer.write(batch)
        if existing_ids:  # new orders got their type at insert
            apply_sku_rules(session, existing_ids, classifier=writer.classifier)
        linked += link_threads_to_orders(session, [o.amazon_order_id for o in batch])
        if progress is not None:
            progress(min(report.rows_read, report.total_rows), report.total_rows)

    batch: list[ParsedOrder] = []
    for order in report:
        batch.append(order)
        if len(batch) >= BATCH_ORDERS:
            flush(batch)
            batch = []
    if batch:
        flush(batch)
    if cancel is not None and cancel():
        raise ImportCancelled(f"import of {report.path.name} cancelled; nothing was saved")
    if progress is not None:
        progress(report.total_rows, report.total_rows)
    return ImportSummary(
        path=str(report.path),
        layout=report.layout.name,
        new=writer.new,
        updated=writer.updated,
        items=writer.items,
        skipped=tuple(report.problems),
        rows=report.rows_read,
        linked_threads=linked,
        encoding=report.encoding,
        seconds=0.0,
    )


def _with_time(summary: ImportSummary, seconds: float) -> ImportSummary:
    return replace(summary, seconds=round(seconds, 3))
