"""Deadline alerts, decided without Qt: which threads are due within the alert window,
which notifications to show (one per threshold crossing, several threads coalesced into
one), and which shown ones to withdraw because their threads were answered or marked.

The ledger remembers every (thread, deadline, threshold) already announced, so nothing
is repeated; a new buyer message moves the deadline and makes a new one to announce.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time

from inbox_app.services.deadlines import Deadline

DEFAULT_THRESHOLDS_MIN = (120, 60)  # notify 2 h and 1 h before a deadline


@dataclass(frozen=True)
class AlertSettings:
    thresholds_min: tuple[int, ...] = DEFAULT_THRESHOLDS_MIN
    quiet_start: time | None = None  # local wall-clock times; start > end spans midnight
    quiet_end: time | None = None
    show_buyer_text: bool = False  # the buyer's words in notifications (private: off)

    @property
    def window_s(self) -> int:
        """Threads due within this many seconds count as due (the largest threshold)."""
        return max(self.thresholds_min, default=0) * 60

    def quiet(self, local: time) -> bool:
        if self.quiet_start is None or self.quiet_end is None:
            return False
        if self.quiet_start <= self.quiet_end:
            return self.quiet_start <= local < self.quiet_end
        return local >= self.quiet_start or local < self.quiet_end


@dataclass(frozen=True)
class Notice:
    """One notification to show: the threads that crossed `threshold_min` just now."""

    key: str  # stable for this crossing: what a withdrawal refers to
    threshold_min: int
    threads: tuple[Deadline, ...]


@dataclass(frozen=True)
class AlertPlan:
    due: tuple[Deadline, ...]  # due within the window (overdue ones included)
    show: tuple[Notice, ...]
    withdraw: tuple[str, ...]  # keys of shown notices whose threads all stopped being due


@dataclass
class AlertLedger:
    """What was announced and what is still on screen (kept by the controller)."""

    announced: set[tuple[int, int, int]] = field(default_factory=set)
    on_screen: dict[str, frozenset[tuple[int, int]]] = field(default_factory=dict)

    def plan(
        self,
        deadlines: Sequence[Deadline],
        now: datetime,
        settings: AlertSettings,
        *,
        quiet: bool = False,
    ) -> AlertPlan:
        due = tuple(d for d in deadlines if d.seconds_left(now) <= settings.window_s)
        live = {(d.thread_id, int(d.due_at.timestamp())) for d in due}
        withdraw = tuple(k for k, threads in self.on_screen.items() if not threads & live)
        for k in withdraw:
            del self.on_screen[k]
        show: list[Notice] = []
        # the tightest threshold a thread has crossed is the one to announce; the looser
        # ones it passed at the same time (e.g. first seen 50 min before) are spent too
        for threshold in sorted(settings.thresholds_min):
            crossing = []
            for d in due:
                mark = (d.thread_id, int(d.due_at.timestamp()), threshold)
                if d.seconds_left(now) <= threshold * 60 and mark not in self.announced:
                    self._spend(d, settings.thresholds_min, threshold)
                    if d.seconds_left(now) > 0:  # overdue: Amazon's clock already ran out
                        crossing.append(d)
            if crossing and not quiet:
                key = f"{threshold}:{int(now.timestamp())}"
                show.append(Notice(key, threshold, tuple(crossing)))
                self.on_screen[key] = frozenset(
                    (d.thread_id, int(d.due_at.timestamp())) for d in crossing
                )
        return AlertPlan(due=due, show=tuple(show), withdraw=withdraw)

    def _spend(self, d: Deadline, thresholds: Iterable[int], crossed: int) -> None:
        stamp = int(d.due_at.timestamp())
        for t in thresholds:
            if t >= crossed:
                self.announced.add((d.thread_id, stamp, t))
