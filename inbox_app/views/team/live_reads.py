"""Another seat's change, re-read off the GUI thread: the changed threads' rows (and the
open conversation, when it is one of them) are read on the window's task runner and
applied in place when they arrive, so a slow or far team server never stalls the window.
Batches that come while a read runs are gathered and read next, once each."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject
from sqlalchemy.exc import SQLAlchemyError

from inbox_app.store.rows import ThreadDetail, ThreadRow
from inbox_app.store.server import is_unreachable
from inbox_app.views.task_runner import Task, TaskRunner


class _Reads(Protocol):
    def thread_rows(self, ids: list[int]) -> Mapping[int, ThreadRow]: ...
    def thread_detail(self, thread_id: int) -> ThreadDetail | None: ...


@dataclass(frozen=True, slots=True)
class _Read:
    ids: list[int]
    rows: Mapping[int, ThreadRow]
    current: int | None  # the open thread, when it changed (its detail was read)
    detail: ThreadDetail | None


class LiveReads(QObject):
    """`changed(ids)` from the listener's coalesced batches (GUI thread)."""

    def __init__(self, window: Any, runner: TaskRunner) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._service: _Reads = window.service
        self._pending: dict[int, None] = {}
        self._reading = False

    @property
    def reading(self) -> bool:
        return self._reading

    def changed(self, ids: list[int]) -> None:
        self._pending.update(dict.fromkeys(ids))
        if not self._reading:
            self._next()

    def _next(self) -> None:
        ids, self._pending = list(self._pending), {}
        if not ids:
            self._reading = False
            return
        self._reading = True
        tid = self._window.current_thread_id()
        current = tid if tid in ids else None
        service = self._service

        def read(_task: Task) -> _Read:
            rows = service.thread_rows(ids)
            detail = service.thread_detail(current) if current is not None else None
            return _Read(ids, rows, current, detail)

        self._runner.run(read, on_done=self._apply, on_failed=self._failed)

    def _apply(self, done: _Read) -> None:
        window = self._window
        writes = getattr(window, "thread_writes", None)
        held = writes.held() if writes is not None else set()  # this seat's own clicks
        window.models.threads.apply_rows({i: r for i, r in done.rows.items() if i not in held})
        if done.current is not None and done.current not in held:
            window.threads.show_current(done.current, done.detail)
        window.threads.counts_stale.emit()  # recounted in a worker
        window.threads_updated.emit(done.ids)
        self._next()

    def _failed(self, exc: BaseException) -> None:
        self._reading = False
        if isinstance(exc, SQLAlchemyError) and is_unreachable(exc):
            return  # the listener says offline and catches up when the server is back
        raise exc
