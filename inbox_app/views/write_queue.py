"""The window's draft writes (and Send's queueing), off the GUI thread and in order.

One queue per window (handed to its panes, like the draft lock). `run(key, write)` hands
`write()` to the window runner's one-thread lane `LANE`, the lane the thread writes
(views/thread_writes.py) use too, so every write of a window lands in the order it was
asked for and the GUI thread never waits for the store (on a team seat, a network round
trip to PostgreSQL). A newer write under the same key that has not started yet replaces
the older one (the newest draft text wins, never an older; a day of typing offline is one
write per draft, not one per pause). Send is a write behind the draft's save in the same
lane: it runs once the save has landed, and not at all when the save did not.

A store held by another program (SQLite's lock) or a team server out of reach keeps the
write in the lane: it is tried again, patiently, until it lands (`waiting` says so once,
and `on_wait` runs in the worker the first time, e.g. to keep the text on disk). Closing
(`close`) tries what waits once more and waits for it a bounded time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from inbox_app.store.busy import brief_waits  # no SQLAlchemy (a test keeps it so)
from inbox_app.views.task_runner import Task, TaskRunner

LANE = "writes"  # the window runner's lane: one thread, so writes land in order
FIRST_RETRY_S = 0.15
MAX_RETRY_S = 2.0

OnDone = Callable[[Any], object]
OnFailed = Callable[[BaseException], object]


def busy_text() -> str:
    """The one sentence the window shows while a draft waits for the store."""
    return QCoreApplication.translate(
        "WriteQueue",
        "The store is busy (another program is writing); your draft is kept and will be "
        "saved in a moment.",
    )


def busy_change_text() -> str:
    """The same for a change (read, answered, reopened) that waits for the store."""
    return QCoreApplication.translate(
        "WriteQueue",
        "The store is busy (another program is writing); your change is kept and will be "
        "saved in a moment.",
    )


def worth_waiting(exc: BaseException) -> bool:
    """A write failed in a way worth keeping it for a later try (the store busy, the team
    server out of reach; nothing else is)."""
    from inbox_app.store.busy import is_busy
    from inbox_app.store.server import is_unreachable  # SQLAlchemy: after the first paint

    return is_busy(exc) or is_unreachable(exc)


def unreachable(exc: BaseException) -> bool:
    from inbox_app.store.server import is_unreachable

    return is_unreachable(exc)


def write_until_landed(
    task: Task,
    write: Callable[[], Any],
    wake: threading.Event,
    closing: threading.Event,
    on_wait: Callable[[BaseException], object] | None = None,
) -> Any:
    """Write once with a brief wait for the lock; while the store is busy or the server out
    of reach, say so (task.report(1 if out of reach else 0, 1); `on_wait(exc)` here, once)
    and try again, patiently, until it lands, fails in another way, or the window closes."""
    pause = FIRST_RETRY_S
    brief = True
    while True:
        try:
            if brief:
                with brief_waits():
                    return write()
            return write()
        except Exception as exc:
            if not worth_waiting(exc) or (closing.is_set() and not brief):
                raise
            if brief:
                if on_wait is not None:
                    on_wait(exc)
                task.report(int(unreachable(exc)), 1)
                brief = False
                continue  # a patient try waits the store's full busy timeout
            wake.wait(pause)
            wake.clear()
            pause = min(MAX_RETRY_S, pause * 2)


@dataclass(frozen=True, slots=True)
class _Write:
    key: Hashable
    write: Callable[[], Any]
    on_done: OnDone | None
    on_failed: OnFailed | None
    on_wait: Callable[[BaseException], object] | None
    payload: object


@dataclass(frozen=True, slots=True)
class _Outcome:
    item: _Write | None  # None: a newer write of the key had already run in its place
    result: object = None
    error: BaseException | None = None


class WriteQueue(QObject):
    """`run(key, write)`: written in the lane, in order; answers on the GUI thread."""

    busy_changed = Signal(bool)  # True: a write waits for the store; False: all landed
    waiting_for = Signal(object, bool)  # key, out of reach (else busy): it is kept, retried
    landed = Signal(object)  # the key of a write that is now saved

    def __init__(self, parent: QObject | None = None, *, lane: TaskRunner) -> None:
        super().__init__(parent)
        self._lane = lane
        self._lock = threading.Lock()
        self._next: dict[Hashable, _Write] = {}  # asked for, not started (the newest)
        self._running: dict[Hashable, _Write] = {}  # started in the lane, not answered
        self._busy = False
        self._offline = False
        self._wake = threading.Event()  # the server is back (or closing): retry now
        self._closing = threading.Event()
        # keys whose last write failed in the worker (Send behind it must not run)
        self._refused: set[Hashable] = set()
        self._stalled = threading.Event()  # a running write waits for the store

    # --- asking (GUI thread) -------------------------------------------------------------

    def run(
        self,
        key: Hashable,
        write: Callable[[], Any],
        *,
        on_done: OnDone | None = None,
        on_failed: OnFailed | None = None,
        on_wait: Callable[[BaseException], object] | None = None,
        payload: object = None,
    ) -> None:
        """Write `write()` in the lane after everything asked before; `on_done(result)` or
        `on_failed(exc)` on the GUI thread once it is over. `on_wait(exc)` runs in the
        worker the first time the store is busy or out of reach (the write is kept)."""
        item = _Write(key, write, on_done, on_failed, on_wait, payload)
        with self._lock:
            scheduled = key in self._next
            self._next[key] = item
        if scheduled:
            return  # the task already in the lane for this key takes the newest
        self._lane.run(
            lambda task: self._work(task, key),
            on_done=self._answered,
            on_progress=lambda away, _total: self._waiting(key, bool(away)),
        )

    def waiting(self, key: Hashable) -> bool:
        """A write of `key` is asked for or running and not yet answered."""
        with self._lock:
            return key in self._next or key in self._running

    def payload(self, key: Hashable) -> object:
        """What the caller left with the newest write of `key` not yet landed, or None."""
        with self._lock:
            item = self._next.get(key) or self._running.get(key)
        return item.payload if item is not None else None

    def unlanded(self) -> list[object]:
        """The payloads of every write not answered yet (running first, then waiting)."""
        with self._lock:
            items = [*self._running.values(), *self._next.values()]
        return [item.payload for item in items]

    def drop(self, key: Hashable) -> None:
        """Forget a write of `key` that has not started (it is no longer wanted)."""
        with self._lock:
            self._next.pop(key, None)
        self._settled()

    def pending(self) -> int:
        with self._lock:
            return len(self._next.keys() | self._running.keys())

    def refused(self, key: Hashable) -> bool:
        """In the worker: the last write of `key` failed (a Send behind it must not go)."""
        with self._lock:
            return key in self._refused

    def stalled(self) -> bool:
        """A write is waiting for the store (busy, or the server out of reach): what is
        asked for now waits behind it."""
        return self._stalled.is_set()

    @property
    def offline(self) -> bool:
        return self._offline

    def set_offline(self, offline: bool) -> None:
        """The team server went out of reach (True) or is back (False: retry now)."""
        self._offline = offline
        if not offline:
            self._wake.set()

    def close(self, msecs: int = 5000) -> bool:
        """Closing: what waits is tried once more, and waited for at most `msecs`; True
        when every write has run (its answer may still be on its way)."""
        self._closing.set()
        self._wake.set()
        return self._lane.wait(msecs)

    # --- the worker ----------------------------------------------------------------------

    def _work(self, task: Task, key: Hashable) -> _Outcome:
        with self._lock:
            item = self._next.pop(key, None)
            if item is None:
                return _Outcome(None)  # dropped before it started
            self._running[key] = item

        def wait(exc: BaseException) -> None:
            self._stalled.set()
            if item.on_wait is not None:
                item.on_wait(exc)

        try:
            result = write_until_landed(task, item.write, self._wake, self._closing, wait)
        except Exception as exc:
            with self._lock:
                self._refused.add(key)
            return _Outcome(item, error=exc)
        finally:
            self._stalled.clear()
        with self._lock:
            self._refused.discard(key)
        return _Outcome(item, result)

    # --- answers (GUI thread) ------------------------------------------------------------

    def _waiting(self, key: Hashable, away: bool) -> None:
        if not self._busy:
            self._busy = True
            self.busy_changed.emit(True)
        self.waiting_for.emit(key, away)

    def _answered(self, outcome: _Outcome) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed meanwhile
        item = outcome.item
        if item is None:
            self._settled()
            return
        with self._lock:
            if self._running.get(item.key) is item:
                del self._running[item.key]
        try:
            if outcome.error is not None:
                if item.on_failed is None:
                    raise outcome.error
                item.on_failed(outcome.error)
                return
            if item.on_done is not None:
                item.on_done(outcome.result)
            self.landed.emit(item.key)
        finally:
            self._settled()

    def _settled(self) -> None:
        if self._busy and not self.pending():
            self._busy = False
            self.busy_changed.emit(False)


__all__ = [
    "LANE",
    "WriteQueue",
    "busy_change_text",
    "busy_text",
    "unreachable",
    "worth_waiting",
    "write_until_landed",
]
