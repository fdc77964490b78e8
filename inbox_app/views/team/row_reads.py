"""A team seat's reads of the thread list and the open thread, off the GUI thread: the
list's row blocks (while scrolling) and its re-reads (after a sync, a reply, a draft) in
the window runner's one-thread lane `ROWS`, in the order asked; the detail of the thread
just selected in the lane `DETAIL`, the newest asked for winning (J held down reads the
last thread, not each on the way). The window paints meanwhile: a row shows blank until
its block is in, a selected thread its header from the list row. A server out of reach
answers nothing: the listener says so and the window re-reads when it is back."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import QObject

from inbox_app.store.rows import ThreadDetail, ThreadRow
from inbox_app.store.server import is_unreachable
from inbox_app.views.task_runner import Task, TaskRunner

ROWS = "rows"
DETAIL = "detail"

Shown = Callable[[int, ThreadDetail | None], None]


class _Reads(Protocol):
    def thread_rows(self, ids: list[int]) -> Mapping[int, ThreadRow]: ...
    def thread_detail(self, thread_id: int) -> ThreadDetail | None: ...


def _unless_unreachable(exc: BaseException) -> None:
    if not is_unreachable(exc):
        raise exc


class RowReads(QObject):
    """`read(ids, then)`: the rows read in the lane, `then(rows)` on the GUI thread."""

    def __init__(self, service: _Reads, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._service = service
        self._lane = runner.lane(ROWS)

    def read(self, ids: list[int], then: Callable[[Mapping[int, ThreadRow]], None]) -> None:
        service = self._service

        def rows(_task: Task) -> Mapping[int, ThreadRow]:
            return service.thread_rows(ids)

        def failed(exc: BaseException) -> None:
            then({})  # nothing read (the rows are asked for again when shown)
            _unless_unreachable(exc)

        self._lane.run(rows, on_done=then, on_failed=failed)


class DetailReads(QObject):
    """`read(tid, then)`: the thread's detail read in the lane, `then(tid, detail)` on the
    GUI thread for the newest asked only; asked again while a read runs, the thread is
    read once more after it (the running read may be older than the change asked for)."""

    def __init__(self, service: _Reads, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._service = service
        self._lane = runner.lane(DETAIL)
        self._wanted: tuple[int, Shown] | None = None  # asked for, not read yet
        self._running = False

    def reading(self) -> bool:
        return self._running

    def read(self, tid: int, then: Shown) -> None:
        self._wanted = (tid, then)
        if not self._running:
            self._next()

    def _next(self) -> None:
        wanted, self._wanted = self._wanted, None
        if wanted is None:
            self._running = False
            return
        self._running = True
        tid, then = wanted
        service = self._service

        def detail(_task: Task) -> ThreadDetail | None:
            return service.thread_detail(tid)

        self._lane.run(
            detail,
            on_done=lambda found: self._done(tid, then, found),
            on_failed=self._failed,
        )

    def _done(self, tid: int, then: Shown, found: ThreadDetail | None) -> None:
        if self._wanted is not None:
            self._next()  # asked again meanwhile: that read is the one shown
            return
        self._running = False
        then(tid, found)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        if self._wanted is not None:
            self._next()
        _unless_unreachable(exc)
