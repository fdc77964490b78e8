"""What a mail sync says while it runs and when it is done: its progress (phase, folder,
counts) for a status bar or a terminal, and the summary of one account's sync in the
interface's language. No I/O here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol

from inbox_app.mail.sentences import say
from inbox_app.services.outbox import OutboxSummary

Phase = Literal["connect", "fetch", "send", "done"]


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class SyncProgress:
    phase: Phase
    folder: str = ""
    done: int = 0
    total: int = 0
    message: str = ""


@dataclass
class SyncSummary:
    account: str
    fetched: int = 0
    imported: int = 0
    duplicates: int = 0
    ignored: int = 0
    unmatched: int = 0
    problems: int = 0
    confirmed: int = 0  # "may have been sent" messages found in the Sent folder
    outbox: OutboxSummary | None = None
    errors: list[str] = field(default_factory=list)
    # subjects of messages that may have been sent and wait for the seller's decision
    uncertain: tuple[str, ...] = ()
    cancelled: bool = False
    thread_ids: set[int] = field(default_factory=set)  # threads that got new mail

    @property
    def ok(self) -> bool:
        return not self.errors

    def lines(self) -> list[str]:
        out = [
            say(
                "fetched_confirmed" if self.confirmed else "fetched",
                account=self.account,
                fetched=self.fetched,
                imported=self.imported,
                known=self.duplicates,
                ignored=self.ignored,
                confirmed=self.confirmed,
            )
        ]
        if self.outbox is not None:
            o = self.outbox
            out.append(
                say(
                    "outbox_sent",
                    account=self.account,
                    sent=o.sent,
                    failed=o.failed,
                    uncertain=o.unknown,
                    retrying=o.retrying,
                    held=o.held,
                )
            )
        out.extend(f"{self.account}: {e}" for e in self.errors)
        if self.uncertain:
            out.append(f"{self.account}: {self.uncertain_text()}")
        return out

    def uncertain_text(self) -> str:
        """The reminder said on every sync while a send is uncertain."""
        n = len(self.uncertain)
        shown = ", ".join(f"“{s[:60]}”" for s in self.uncertain[:3]) + (", …" if n > 3 else "")
        if n == 1:
            return say("uncertain_one", subjects=shown)
        return say("uncertain_many", count=n, subjects=shown)


ProgressFn = Callable[[SyncProgress], None]


def count(summary: SyncSummary, status: str, problem: str | None) -> None:
    """One ingested mail counted in the summary by its outcome."""
    if status == "imported":
        summary.imported += 1
    elif status == "duplicate":
        summary.duplicates += 1
    elif status == "ignored":
        summary.ignored += 1
    else:
        summary.unmatched += 1
    if problem:
        summary.problems += 1
