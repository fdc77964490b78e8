"""The other seats in the thread list of a team inbox: who is on which thread, as a chip on
its row. Read on the presence worker (one small query, bounded by the team's size) when the
live listener says presence changed; applied in place (the changed rows' dataChanged, never
a reset); a person leaves the row at the time their heartbeat expires, by a timer of its
own, not on the next poll."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from inbox_app.models.thread_list_model import ThreadListModel
from inbox_app.services.presence import Someone
from inbox_app.services.team_link import SeatPresence
from inbox_app.views.task_runner import TaskRunner
from inbox_app.views.team.live import LiveUpdates

Listed = Mapping[int, tuple[Someone, ...]]
_MAX_WAIT_MS = 3_600_000  # a QTimer's interval stays an int; a later expiry is re-armed


class ListPresence(QObject):
    """Keeps the list models' presence (`set_presence`) up to date for one seat."""

    shown = Signal(list)  # thread ids whose chip changed (after a read or an expiry)

    def __init__(
        self,
        models: list[ThreadListModel],
        here: SeatPresence,
        runner: TaskRunner,
        live: LiveUpdates,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._models, self._here, self._runner = models, here, runner
        self._listed: dict[int, tuple[Someone, ...]] = {}
        self._reading = False
        self._again = False
        self.reads = 0  # reads done (tests wait for them)
        self.expiry = QTimer(self)
        self.expiry.setSingleShot(True)
        self.expiry.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one fires up to 5% early
        self.expiry.timeout.connect(self._show)
        live.presence_changed.connect(self.read)
        live.caught_up.connect(self.read)
        self.read()

    def others(self, thread_id: int) -> tuple[Someone, ...]:
        return self._listed.get(thread_id, ())

    def read(self, *_args: object) -> None:
        """Who is where now (on the worker); a change during a read is read after it."""
        if self._reading:
            self._again = True
            return
        self._reading = True
        here = self._here
        self._runner.run(lambda _t: here.others_listed(), on_done=self._read, on_failed=self._lost)

    def _read(self, listed: object) -> None:
        self._reading = False
        self.reads += 1
        if isinstance(listed, dict):
            self._listed = listed
            self._show()
        if self._again:
            self._again = False
            self.read()

    def _lost(self, _exc: BaseException) -> None:
        """Best effort: a lost server is said by the live banner; caught_up reads again."""
        self._reading = False
        if self._again:
            self._again = False
            self.read()

    def _show(self) -> None:
        """Drop who has expired by now, repaint what changed, wake at the next expiry."""
        now = datetime.now(UTC)
        live: dict[int, tuple[Someone, ...]] = {}
        for tid, people in self._listed.items():
            kept = tuple(p for p in people if p.expires_at is None or p.expires_at > now)
            if kept:
                live[tid] = kept
        self._listed = live
        changed: set[int] = set()
        for model in self._models:
            changed.update(model.set_presence(live))
        expiries = [p.expires_at for ps in live.values() for p in ps if p.expires_at is not None]
        if expiries:
            wait = (min(expiries) - now).total_seconds() * 1000
            self.expiry.start(max(1, min(_MAX_WAIT_MS, int(wait) + 1)))
        else:
            self.expiry.stop()
        if changed:
            self.shown.emit(sorted(changed))
