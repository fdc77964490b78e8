"""Another seat's change, re-read off the GUI thread: the changed threads' rows (and the
open conversation, when it is one of them) are read on the window's task runner and
applied in place when they arrive, so a slow or far team server never stalls the window.
Batches that come while a read runs are gathered and read next, once each."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from sqlalchemy.exc import SQLAlchemyError

from inbox_app.store.rows import ThreadDetail, ThreadRow
from inbox_app.store.server import is_unreachable
from inbox_app.views.task_runner import Task, TaskRunner


class _Reads(Protocol):
    def thread_rows(self, ids: list[int]) -> Mapping[int, ThreadRow]: ...
    def thread_detail(self, thread_id: int) -> ThreadDetail | None: ...


class _Rows(Protocol):
    def apply_rows(self, fresh: Mapping[int, ThreadRow], /) -> None: ...


class _Conversation(Protocol):
    def show_current(self, tid: int, detail: ThreadDetail | None, /) -> None: ...


@dataclass(frozen=True, slots=True)
class _Read:
    ids: list[int]
    rows: Mapping[int, ThreadRow]
    current: int | None  # the open thread, when it changed (its detail was read)
    detail: ThreadDetail | None


class LiveReads(QObject):
    """`changed(ids)` from the listener's coalesced batches (GUI thread). The rows read are
    applied to `rows` in place and the open thread's detail to `conversation`, but for the
    threads `held()` names (a change of this seat still being written); then `counts_stale`
    and `updated(ids)` say so (the window connects them, team/live.py)."""

    counts_stale = Signal()  # the saved views' counts may have changed
    updated = Signal(list)  # the ids whose rows were just applied

    def __init__(
        self,
        service: _Reads,
        runner: TaskRunner,
        *,
        current_thread: Callable[[], int | None],
        held: Callable[[], Collection[int]],
        rows: _Rows,
        conversation: _Conversation,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._current_thread = current_thread
        self._held = held
        self._rows = rows
        self._conversation = conversation
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
        tid = self._current_thread()
        current = tid if tid in ids else None
        service = self._service

        def read(_task: Task) -> _Read:
            rows = service.thread_rows(ids)
            detail = service.thread_detail(current) if current is not None else None
            return _Read(ids, rows, current, detail)

        self._runner.run(read, on_done=self._apply, on_failed=self._failed)

    def _apply(self, done: _Read) -> None:
        held = self._held()  # this seat's own clicks, not written yet: theirs stay shown
        self._rows.apply_rows({i: r for i, r in done.rows.items() if i not in held})
        if done.current is not None and done.current not in held:
            self._conversation.show_current(done.current, done.detail)
        self.counts_stale.emit()  # recounted in a worker
        self.updated.emit(done.ids)
        self._next()

    def _failed(self, exc: BaseException) -> None:
        self._reading = False
        if isinstance(exc, SQLAlchemyError) and is_unreachable(exc):
            return  # the listener says offline and catches up when the server is back
        raise exc
