"""Assignment in the main window of a team inbox: Thread > "Assign to…" (A) and "Take it"
(Shift+A), the same in the thread list's context menu.

The controller gets only what it uses (the window's thread writes, the service's assign,
the current thread, the thread list and the header's anchor, the list actions its context
menu repeats) and talks back through signals; `assign_install.install_assignment` reads
the team off the GUI thread, builds it and wires it to the window. A change is shown at
once and written off the GUI thread (views/thread_writes.py), then `assigned`; the other
seats hear of it through the store's change notifications.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from inbox_app.models.roles import Role
from inbox_app.services.assignments import AssignError, Person
from inbox_app.services.inbox import InboxService
from inbox_app.services.offline_changes import KeptChange
from inbox_app.store.rows import ThreadRow
from inbox_app.views.actions import Actions
from inbox_app.views.thread_list_view import ThreadListView
from inbox_app.views.thread_writes import ThreadWrites, assign_edit, refused_text

# the window's actions the list's context menu repeats (when they apply to the row)
LIST_ACTIONS = ("reply", "mark_unread", "mark_read", "no_response", "reopen")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Assign", text)


class CurrentThread(Protocol):
    """The thread list's current thread (views/window_threads.py ThreadsController)."""

    def current_thread(self) -> ThreadRow | None: ...
    def current_thread_id(self) -> int | None: ...
    def select_thread(self, thread_id: int | None, *, fallback_first: bool = ...) -> None: ...


class AssignController(QObject):
    """Assigns the current (or right-clicked) thread; owns the assign actions and menus."""

    assigned = Signal(list)  # thread ids whose assignee changed (written, read back)
    status_message = Signal(str, int)  # text, timeout in ms

    def __init__(
        self,
        service: InboxService,
        writes: ThreadWrites,
        current: CurrentThread,
        *,
        seat_id: str,
        team: list[Person],
        threads_view: ThreadListView,
        header_anchor: QWidget,
        actions: Actions,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._writes = writes
        self._current = current
        self._list = threads_view
        self._anchor = header_anchor  # the menu opens under it when the row is out of view
        self._window_actions = actions
        self.seat_id = seat_id
        self.team = team
        self.menu: QMenu | None = None  # the last menu shown (tests drive it)
        self.assign_action = self._action(
            "assign", _tr("&Assign to…"), ("A", "Ctrl+Shift+G"), self.show_assign_menu
        )
        self.take_action = self._action(
            "take", _tr("&Take it (assign to me)"), ("Shift+A",), self.take
        )
        self.unassign_action = self._action("unassign", _tr("Unassi&gn"), (), self.unassign)
        threads_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        threads_view.customContextMenuRequested.connect(self._list_menu)
        self.update_actions()

    def _action(
        self, name: str, text: str, keys: tuple[str, ...], slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action_{name}")
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        return action

    def actions(self) -> list[QAction]:
        """Assign to…, Take it, Unassign: for the Thread menu and the window's shortcuts."""
        return [self.assign_action, self.take_action, self.unassign_action]

    def update_actions(self, *_args: object) -> None:
        """The current thread changed (or was re-read): which actions apply to it."""
        row = self._current.current_thread()
        for action in self.actions():
            action.setEnabled(row is not None)
        if row is not None:
            self.take_action.setEnabled(row.assignee_id != self.seat_id)
            self.unassign_action.setEnabled(row.assignee_id is not None)

    # --- menus ---------------------------------------------------------------------------

    def people_menu(self, thread_id: int, parent: QWidget) -> QMenu:
        """Every teammate (the assignee ticked), then nobody."""
        row = self._current.current_thread()  # the shown row: no query on the GUI thread
        current = row.assignee_id if row is not None and row.id == thread_id else None
        menu = QMenu(_tr("Assign to"), parent)
        menu.setObjectName("assignMenu")
        group = QActionGroup(menu)
        for person in self.team:
            label = person.person
            if person.seat_id == self.seat_id:
                label = _tr("%1 (me)").replace("%1", person.person)
            action = menu.addAction(label.replace("&", "&&"))
            action.setObjectName(f"assignTo_{person.seat_id}")
            action.setCheckable(True)
            action.setChecked(person.seat_id == current)
            action.setActionGroup(group)
            action.triggered.connect(lambda _=False, s=person.seat_id: self.assign(thread_id, s))
        menu.addSeparator()
        nobody = menu.addAction(_tr("Nobody (unassign)"))
        nobody.setObjectName("assignToNobody")
        nobody.setEnabled(current is not None)
        nobody.triggered.connect(lambda: self.assign(thread_id, None))
        return menu

    def show_assign_menu(self) -> None:
        """A: the people, under the current row (the header's assignee when it is out of view)."""
        tid = self._current.current_thread_id()
        if tid is None:
            return
        view = self._list
        menu = self.people_menu(tid, view)
        rect = view.visualRect(view.currentIndex())
        if view.viewport().rect().intersects(rect):
            pos = view.viewport().mapToGlobal(rect.bottomLeft())
        else:
            pos = self._anchor.mapToGlobal(QPoint(0, self._anchor.height()))
        self._show(menu, pos)

    def _list_menu(self, pos: QPoint) -> None:
        """Right-click (or the menu key) on a row: that thread's assignment and actions."""
        view = self._list
        index = view.indexAt(pos)
        if not index.isValid():
            return
        self._current.select_thread(index.data(Role.ID))
        tid = self._current.current_thread_id()
        if tid is None:
            return
        menu = QMenu(view)
        menu.setObjectName("threadContextMenu")
        menu.addMenu(self.people_menu(tid, menu))
        menu.addAction(self.take_action)
        menu.addAction(self.unassign_action)
        menu.addSeparator()
        for name in LIST_ACTIONS:
            action = self._window_actions[name]
            if action.isVisible():
                menu.addAction(action)
        self._show(menu, view.viewport().mapToGlobal(pos))

    def _show(self, menu: QMenu, pos: QPoint) -> None:
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = menu
        menu.popup(pos)

    # --- changes -------------------------------------------------------------------------

    def take(self) -> None:
        tid = self._current.current_thread_id()
        if tid is not None:
            self.assign(tid, self.seat_id)

    def unassign(self) -> None:
        tid = self._current.current_thread_id()
        if tid is not None:
            self.assign(tid, None)

    def assign(self, thread_id: int, seat_id: str | None) -> None:
        """Shown at once and said; written in order off the GUI thread, then `assigned`."""
        name = next((p.person for p in self.team if p.seat_id == seat_id), None)
        service = self._service
        self._writes.change(
            [thread_id],
            assign_edit(seat_id, name),
            lambda: service.assign(thread_id, seat_id),
            counts=True,  # "Mine"
            say=_refused,
            done=lambda: self.assigned.emit([thread_id]),
            kept=KeptChange("assign", thread_id, seat_id),
        )
        self.update_actions()  # the row shows its new assignee already
        self.status_message.emit(
            _tr("Assigned to %1").replace("%1", name)
            if name is not None
            else _tr("Assigned to nobody"),
            5000,
        )


def _refused(exc: BaseException) -> str:
    if isinstance(exc, AssignError):
        return _tr("The thread could not be assigned: it is gone, or that person left the team.")
    return refused_text(exc)
