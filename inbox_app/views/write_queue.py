"""Writes from the GUI thread that never stall it: each waits briefly for the store's lock
and, when another program holds it, waits in this queue and is retried until it lands.

One queue per window (handed to its panes, like the draft lock), for the drafts; a thread's
small changes (read, state, assignment) are written off the GUI thread instead
(views/thread_writes.py). A newer write under the
same key replaces an older one still waiting (the newest draft text wins, never an older).
A team seat whose server is out of reach (`set_offline`) keeps its writes here, untried,
until the server is back: the window never waits on the network for them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from inbox_app.store.busy import brief_waits  # no SQLAlchemy (a test keeps it so)

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


@dataclass(frozen=True, slots=True)
class _Waiting:
    write: Callable[[], Any]
    on_done: OnDone | None
    on_failed: OnFailed | None
    payload: object


def worth_waiting(exc: BaseException) -> bool:
    """A write failed in a way worth keeping it for a later try (the store busy, the team
    server out of reach; nothing else is): also views/thread_writes.py's rule."""
    from inbox_app.store.busy import is_busy
    from inbox_app.store.server import is_unreachable  # SQLAlchemy: after the first paint

    return is_busy(exc) or is_unreachable(exc)


class WriteQueue(QObject):
    """`run(key, write)`: write now if the lock is free within a moment, else later."""

    busy_changed = Signal(bool)  # True: something waits for the store; False: all saved
    landed = Signal(object)  # the key of a write that waited and is now saved

    def __init__(
        self, parent: QObject | None = None, *, first_retry_ms: int = 150, max_retry_ms: int = 2000
    ) -> None:
        super().__init__(parent)
        self._waiting: dict[Hashable, _Waiting] = {}
        self._first = first_retry_ms
        self._max = max_retry_ms
        self._offline = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.retry)
        app = QCoreApplication.instance()
        if app is not None:
            # quitting: one last try that may wait the full busy timeout (nothing is lost)
            app.aboutToQuit.connect(self.last_try)

    def run(
        self,
        key: Hashable,
        write: Callable[[], Any],
        *,
        on_done: OnDone | None = None,
        on_failed: OnFailed | None = None,
        payload: object = None,
    ) -> bool:
        """Run `write()` now (waiting at most a moment for the lock); True when it ran.

        When the store is busy it waits here (False); `on_done(result)` runs once it has
        landed. Any other error is raised (or handed to `on_failed` on a retry)."""
        had = bool(self._waiting)
        self._waiting.pop(key, None)
        if self._offline:  # the server is out of reach: keep it, do not wait on it
            return self._keep_waiting(key, _Waiting(write, on_done, on_failed, payload), had)
        try:
            with brief_waits():
                result = write()
        except Exception as exc:
            if not worth_waiting(exc):
                self._settled(had)
                raise
            return self._keep_waiting(key, _Waiting(write, on_done, on_failed, payload), had)
        self._settled(had)
        if on_done is not None:
            on_done(result)
        return True

    def _keep_waiting(self, key: Hashable, item: _Waiting, had: bool) -> bool:
        self._waiting[key] = item
        if not self._offline and not self._timer.isActive():
            self._timer.start(self._first)
        if not had:
            self.busy_changed.emit(True)
        return False

    @property
    def offline(self) -> bool:
        return self._offline

    def set_offline(self, offline: bool) -> None:
        """The team server went out of reach (True) or is back (False: retry now)."""
        if offline == self._offline:
            return
        self._offline = offline
        if offline:
            self._timer.stop()
        else:
            self._timer.setInterval(self._first)
            self.retry()

    def drop(self, key: Hashable) -> None:
        """Forget a waiting write (what it would save is no longer wanted)."""
        had = bool(self._waiting)
        self._waiting.pop(key, None)
        self._settled(had)

    def waiting(self, key: Hashable) -> bool:
        return key in self._waiting

    def payload(self, key: Hashable) -> object:
        """What the caller left with a waiting write (e.g. the draft's text), or None."""
        item = self._waiting.get(key)
        return item.payload if item is not None else None

    def pending(self) -> int:
        return len(self._waiting)

    def last_try(self) -> None:
        """Closing: every waiting write once more, waiting the full busy timeout."""
        self.retry(patient=True)

    def retry(self, *, patient: bool = False) -> None:
        """Try every waiting write again, oldest first; `patient` waits the full timeout."""
        had = bool(self._waiting)
        if self._offline and not patient:
            return
        for key in list(self._waiting):
            item = self._waiting.get(key)
            if item is None:
                continue
            try:
                if patient:
                    result = item.write()
                else:
                    with brief_waits():
                        result = item.write()
            except Exception as exc:
                if worth_waiting(exc):
                    break  # still locked or out of reach: keep the order, try again later
                del self._waiting[key]
                if item.on_failed is None:
                    raise
                item.on_failed(exc)
                continue
            if self._waiting.get(key) is item:
                del self._waiting[key]
            if item.on_done is not None:
                item.on_done(result)
            self.landed.emit(key)
        if self._waiting and not self._offline:
            self._timer.start(min(self._max, max(self._first, self._timer.interval() * 2)))
        elif had:
            self._timer.setInterval(self._first)
            self.busy_changed.emit(False)

    def _settled(self, had: bool) -> None:
        if had and not self._waiting:
            self._timer.stop()
            self._timer.setInterval(self._first)
            self.busy_changed.emit(False)
