"""The current thread's small writes from the window: "no response needed", reopen, read
and unread (by hand, or once it has been shown a moment), each shown at once and written
off the GUI thread (views/thread_writes.py), and which of those actions apply to the
thread shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from inbox_app.models.roles import Role
from inbox_app.services.inbox import InboxService
from inbox_app.services.offline_changes import KeptChange
from inbox_app.store.rows import ThreadRow
from inbox_app.views.actions import Actions
from inbox_app.views.thread_list_view import ThreadListView
from inbox_app.views.thread_writes import (
    ThreadWrites,
    no_response_edit,
    reopen_edit,
    unread_edit,
)

MARK_READ_AFTER_MS = 1500  # J-J-J skimming does not mark everything read


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class ThreadCommands(QObject):
    """Writes to the thread current in `threads_view`; `show_row` says which one is shown."""

    status_message = Signal(str, int)  # text ("" clears), timeout in ms (0: stays)

    def __init__(
        self,
        service: InboxService,
        *,
        threads_view: ThreadListView,
        actions: Actions,
        writes: ThreadWrites,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._list = threads_view
        self._actions = actions
        self._writes = writes
        self._row: ThreadRow | None = None
        self.read_timer = QTimer(self)
        self.read_timer.setSingleShot(True)
        self.read_timer.setInterval(MARK_READ_AFTER_MS)
        self.read_timer.timeout.connect(self.auto_mark_read)

    def _current_id(self) -> int | None:
        index = self._list.currentIndex()
        value = index.data(Role.ID) if index.isValid() else None
        return value if isinstance(value, int) else None

    def show_row(self, row: ThreadRow | None, fresh: bool) -> None:
        """The thread shown (None: none); `fresh`: it has just become current (an unread
        one is marked read after a moment), else it was read again in place."""
        if fresh:
            self.read_timer.stop()
        self._row = row
        self._update_actions()
        if fresh and row is not None and row.unread:
            self.read_timer.start()

    def _update_actions(self) -> None:
        row, a = self._row, self._actions
        has, closed = row is not None, row is not None and row.state == "no_response_needed"
        for name in ("reply", "mark_read", "mark_unread", "order_type", "show_order"):
            a[name].setEnabled(has)
        a["no_response"].setEnabled(has and not closed)
        a["reopen"].setEnabled(closed)
        a["no_response"].setVisible(not closed)
        a["reopen"].setVisible(closed)

    def mark_no_response_needed(self) -> None:
        tid = self._current_id()
        if tid is None:
            return
        service = self._service
        self._writes.change(
            [tid],
            no_response_edit,
            lambda: service.mark_no_response_needed(tid),
            counts=True,
            kept=KeptChange("no_response", tid),
        )
        self.status_message.emit(_tr("Marked as no response needed (Ctrl+Shift+E reopens)"), 6000)

    def reopen(self) -> None:
        tid = self._current_id()
        if tid is None:
            return
        service = self._service
        self._writes.change(
            [tid],
            reopen_edit,
            lambda: service.reopen(tid),
            counts=True,
            kept=KeptChange("reopen", tid),
        )

    def mark_read(self, read: bool) -> None:
        tid = self._current_id()
        if tid is None:
            return
        self.read_timer.stop()
        service = self._service
        self._writes.change(
            [tid],
            unread_edit(read),
            lambda: service.mark_read(tid, read),
            kept=KeptChange("read", tid, read),
        )

    def auto_mark_read(self) -> None:
        row = self._row
        if row is None or not row.unread:
            return
        if not self._service.verified:
            # still a read-only preview: a write would wait for the check on this thread
            # (and report a damaged file a second time); try again after the next pause
            self.read_timer.start()
            return
        self.mark_read(True)
