"""Slow work off the GUI thread: a QRunnable whose results come back as signals.

The function runs in a pool thread and gets the Task (for progress and cancel); it must
not touch widgets. Receivers connect to `signals` with bound methods of GUI-thread
QObjects, so delivery is queued onto the GUI thread.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal


class TaskSignals(QObject):
    succeeded = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    progress = Signal(int, int)  # done, total
    finished = Signal()  # after succeeded or failed


class Task(QRunnable):
    """Run `fn(task)` on a QThreadPool; `task.cancelled()` is the cooperative stop."""

    def __init__(self, fn: Callable[[Task], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it until `finished`
        self._fn = fn
        self._cancel = threading.Event()
        self.signals = TaskSignals()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self._fn(self)
        except Exception as exc:  # delivered to the GUI thread as a failure
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        self.signals.finished.emit()
