"""Import a seller's mail history from disk (mbox, Maildir, .eml files) through the ingest,
one transaction per batch of the façade's Work (MailService.import_mail calls it)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from inbox_app.mail.sources import count_messages, iter_messages
from inbox_app.services.ingest import MailOrigin, ingest_many
from inbox_app.services.work import Work

BATCH = 200


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


@dataclass
class ImportSummary:
    total: int = 0
    counts: Counter[str] = field(default_factory=Counter)  # imported / duplicate / ignored / ...
    problems: int = 0
    cancelled: bool = False


def import_path(
    work: Work,
    path: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: CancelFlag | None = None,
) -> ImportSummary:
    """Import every message under `path`, committing every BATCH messages."""
    total = count_messages(path)
    summary = ImportSummary()
    origin = MailOrigin(folder=f"import:{path.resolve()}")
    pending: list[bytes] = []

    def flush() -> None:
        with work.writing() as session:
            for result in ingest_many(session, work.blobs, [(raw, origin) for raw in pending]):
                summary.counts[result.status] += 1
                if result.problem:
                    summary.problems += 1
        pending.clear()
        if progress is not None:
            progress(summary.total, total)

    for _label, raw in iter_messages(path):
        if cancel is not None and cancel.is_set():
            summary.cancelled = True
            break
        pending.append(raw)
        summary.total += 1
        if len(pending) >= BATCH:
            flush()
    if pending:
        flush()
    return summary
