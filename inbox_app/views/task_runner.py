"""The one way views run work off the GUI thread: `TaskRunner.run(fn, on_done=…)`.

`fn(task)` runs in a pool thread and gets its Task (progress, cooperative cancel); it must
not touch widgets. The callbacks run on the GUI thread. The runner keeps every task alive
until it has finished, so no caller keeps its own task bookkeeping (Anki `aqt/taskman.py`).
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

OnDone = Callable[[Any], object]
OnFailed = Callable[[BaseException], object]
OnProgress = Callable[[int, int], object]


class Task(QRunnable):
    """One piece of background work; `task.cancelled()` is the cooperative stop."""

    def __init__(self, fn: Callable[[Task], Any], emitter: _Emitter) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until it has finished
        self._fn = fn
        self._emitter = emitter
        self._cancel = threading.Event()
        self._over = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work has run and its answer is posted to the GUI thread (the
        callbacks run when that thread takes its posted events, e.g. sendPostedEvents)."""
        return self._over.wait(timeout)

    def report(self, done: int, total: int) -> None:
        self._deliver("progressed", done, total)

    def run(self) -> None:
        try:
            result: object = self._fn(self)
            exc: BaseException | None = None
        except Exception as error:  # delivered to the GUI thread as a failure
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            result, exc = None, error
        try:
            self._deliver("ended", result, exc)
        finally:
            self._over.set()  # after the answer is posted: a waiter can take it at once

    def _deliver(self, signal: str, *args: object) -> None:
        """Emit on the runner's emitter, which outlives the runner (see _pools): when the
        runner is gone (its window closed while this ran), Qt has disconnected it and
        nobody gets the answer. (Emitting on the runner itself, after checking that it
        still existed, left a window between the check and the emit in which the GUI
        thread could delete it.) When the process is ending and the interpreter has
        already dropped the emitter, nobody waits for the answer: it is let go."""
        try:
            getattr(self._emitter, signal).emit(self, *args)
        except RuntimeError:  # "Signal source has been deleted": the process is exiting
            return


class _Emitter(QObject):
    """What pool threads emit on; queued to the runner's (the GUI) thread."""

    ended = Signal(object, object, object)  # task, result, exception
    progressed = Signal(object, int, int)  # task, done, total


@dataclass(frozen=True, slots=True)
class _Callbacks:
    on_done: OnDone | None
    on_failed: OnFailed | None
    on_progress: OnProgress | None


# Pools outlive their runner. A QThreadPool that Qt deletes as a child (its window
# deleted) waits for its tasks inside the C++ destructor while this thread holds the
# GIL, and a task that needs the GIL to finish then never does: the process hangs.
# So a pool has no parent; it is kept here and dropped once its runner is gone and
# nothing runs or waits in it any more (then its destructor has nothing to wait for).
# The pool's emitter is kept with it, for the same reason: its tasks emit on it.
_pools: dict[QThreadPool, tuple[QObject, _Emitter]] = {}


def _keep(pool: QThreadPool, runner: QObject, emitter: _Emitter) -> None:
    for old, (owner, _emitter) in list(_pools.items()):
        if not shiboken6.isValid(owner) and old.waitForDone(0):
            del _pools[old]
    _pools[pool] = (runner, emitter)


def drain(msecs: int = 5000) -> bool:
    """Wait, at most `msecs` in all, for the tasks of every pool to finish. Called once
    the event loop has ended, so that no pool thread is still running (and emitting)
    while the interpreter tears the emitters down."""
    deadline = time.monotonic() + msecs / 1000
    done = True
    for pool in list(_pools):
        left = max(0, int((deadline - time.monotonic()) * 1000))
        done = pool.waitForDone(left) and done
    return done


class TaskRunner(QObject):
    """Runs tasks on its own pool and calls back on the GUI thread (it lives there)."""

    idle = Signal()  # the last running task has finished

    def __init__(self, max_threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool()  # no parent: see _pools
        self.pool.setMaxThreadCount(max_threads)
        self._emitter = _Emitter()  # no parent: kept with the pool (see _pools)
        _keep(self.pool, self, self._emitter)
        self._running: dict[Task, _Callbacks] = {}
        self._lanes: dict[str, TaskRunner] = {}
        # emitted from pool threads, queued to this object's (the GUI) thread
        self._emitter.ended.connect(self._ended)
        self._emitter.progressed.connect(self._progressed)

    def run(
        self,
        fn: Callable[[Task], Any],
        *,
        on_done: OnDone | None = None,
        on_failed: OnFailed | None = None,
        on_progress: OnProgress | None = None,
    ) -> Task:
        """Start `fn(task)` in the pool. Without `on_failed` an error goes to the
        application's excepthook (one clear sentence for the user, the traceback logged)."""
        task = Task(fn, self._emitter)
        self._running[task] = _Callbacks(on_done, on_failed, on_progress)
        self.pool.start(task)
        return task

    def lane(self, name: str, max_threads: int = 1) -> TaskRunner:
        """This runner's lane `name`: a pool of its own (made once, owned by this runner)
        for long work that must not hold this runner's threads meanwhile, e.g. an Amazon
        sync of every connection, which can take minutes within the rate limits; tasks
        in a one-thread lane run in order."""
        found = self._lanes.get(name)
        if found is None:
            found = self._lanes[name] = TaskRunner(max_threads, parent=self)
        return found

    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is empty (closing, tests); pending callbacks still run later."""
        return self.pool.waitForDone(msecs)

    def cancel_all(self) -> None:
        for task in self._running:
            task.cancel()

    @Slot(object, int, int)
    def _progressed(self, task: Task, done: int, total: int) -> None:
        callbacks = self._running.get(task)
        if callbacks is not None and callbacks.on_progress is not None:
            callbacks.on_progress(done, total)

    @Slot(object, object, object)
    def _ended(self, task: Task, result: object, exc: object) -> None:
        callbacks = self._running.pop(task, None)
        try:
            if callbacks is None:
                return
            if isinstance(exc, BaseException):
                if callbacks.on_failed is None:
                    raise exc
                callbacks.on_failed(exc)
            elif callbacks.on_done is not None:
                callbacks.on_done(result)
        finally:
            if not self._running:
                self.idle.emit()
