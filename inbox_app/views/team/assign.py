"""Assignment in the main window of a team inbox: Thread > "Assign to…" (A) and "Take it"
(Shift+A), the same in the thread list's context menu, and the "Mine" saved view.

Installed only when the store is a team inbox with more than one person: a single
seller never sees any of it. A change is one small write through the window's write
queue, then the window's own refresh path (threads_changed); the other seats hear of it
through the store's change notifications.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from inbox_app.models.roles import Role
from inbox_app.models.views_model import DEFAULT_VIEW, MINE_VIEW
from inbox_app.services.assignments import AssignError, Person, current_seat_id
from inbox_app.store.migrate import Store
from inbox_app.views.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Assign", text)


class AssignController(QObject):
    """Assigns the current (or right-clicked) thread; owns the assign actions and menus."""

    def __init__(self, window: MainWindow, seat_id: str, team: list[Person]) -> None:
        super().__init__(window)
        self.window = window
        self.seat_id = seat_id
        self.team = team
        self.menu: QMenu | None = None  # the last menu shown (tests drive it)
        thread_menu = window.menus.get("thread")
        if thread_menu is not None:
            thread_menu.addSeparator()  # the assignment actions, a group of their own
        self.assign_action = self._action(
            "assign", _tr("&Assign to…"), ("A", "Ctrl+Shift+G"), self.show_assign_menu
        )
        self.take_action = self._action(
            "take", _tr("&Take it (assign to me)"), ("Shift+A",), self.take
        )
        self.unassign_action = self._action("unassign", _tr("Unassi&gn"), (), self.unassign)
        window.thread_selected.connect(self._update)
        window.thread_cleared.connect(self._update)
        window.threads_updated.connect(self._update)
        view = window.ui.threads_view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._list_menu)
        self._update()

    def _action(
        self, name: str, text: str, keys: tuple[str, ...], slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action_{name}")
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        menu = self.window.menus.get("thread")
        if menu is not None:
            menu.addAction(action)
        self.window.addAction(action)
        return action

    def _update(self, *_args: object) -> None:
        row = self.window.current_thread()
        for action in (self.assign_action, self.take_action, self.unassign_action):
            action.setEnabled(row is not None)
        if row is not None:
            self.take_action.setEnabled(row.assignee_id != self.seat_id)
            self.unassign_action.setEnabled(row.assignee_id is not None)

    # --- menus ---------------------------------------------------------------------------

    def people_menu(self, thread_id: int, parent: QWidget) -> QMenu:
        """Every teammate (the assignee ticked), then nobody."""
        row = self.window.current_thread()  # the shown row: no query on the GUI thread
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
        tid = self.window.current_thread_id()
        if tid is None:
            return
        menu = self.people_menu(tid, self.window)
        view = self.window.ui.threads_view
        rect = view.visualRect(view.currentIndex())
        if view.viewport().rect().intersects(rect):
            pos = view.viewport().mapToGlobal(rect.bottomLeft())
        else:
            label = self.window.ui.conversation.due_label
            pos = label.mapToGlobal(QPoint(0, label.height()))
        self._show(menu, pos)

    def _list_menu(self, pos: QPoint) -> None:
        """Right-click (or the menu key) on a row: that thread's assignment and actions."""
        view = self.window.ui.threads_view
        index = view.indexAt(pos)
        if not index.isValid():
            return
        self.window.threads.select_thread(index.data(Role.ID))
        tid = self.window.current_thread_id()
        if tid is None:
            return
        menu = QMenu(view)
        menu.setObjectName("threadContextMenu")
        menu.addMenu(self.people_menu(tid, menu))
        menu.addAction(self.take_action)
        menu.addAction(self.unassign_action)
        menu.addSeparator()
        actions = self.window.actions_
        for name in ("reply", "mark_unread", "mark_read", "no_response", "reopen"):
            if actions[name].isVisible():
                menu.addAction(actions[name])
        self._show(menu, view.viewport().mapToGlobal(pos))

    def _show(self, menu: QMenu, pos: QPoint) -> None:
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = menu
        menu.popup(pos)

    # --- changes -------------------------------------------------------------------------

    def take(self) -> None:
        tid = self.window.current_thread_id()
        if tid is not None:
            self.assign(tid, self.seat_id)

    def unassign(self) -> None:
        tid = self.window.current_thread_id()
        if tid is not None:
            self.assign(tid, None)

    def assign(self, thread_id: int, seat_id: str | None) -> None:
        """One small write (queued while the store is busy), then the window's refresh."""
        window = self.window
        name = next((p.person for p in self.team if p.seat_id == seat_id), None)

        def done(_result: object) -> None:
            window.threads_changed([thread_id])
            window.statusBar().showMessage(
                _tr("Assigned to %1").replace("%1", name)
                if name is not None
                else _tr("Assigned to nobody"),
                5000,
            )

        try:
            window.writes.run(
                ("assign", thread_id),
                lambda: window.service.assign(thread_id, seat_id),
                on_done=done,
                on_failed=self._failed,
            )
        except AssignError as exc:
            self._failed(exc)

    def _failed(self, _exc: BaseException) -> None:
        self.window.statusBar().showMessage(
            _tr("The thread could not be assigned: it is gone, or that person left the team."),
            8000,
        )


def install_assignment(window: MainWindow, store: Store) -> AssignController | None:
    """The assignment UI on a team inbox with more than one person; None otherwise."""
    seat_id = current_seat_id(store)
    team = window.service.team() if seat_id is not None else []
    if seat_id is None or len(team) < 2:
        if window.view_key == MINE_VIEW:
            window.show_view(DEFAULT_VIEW)
        return None
    window.service.seat_id = seat_id
    window.threads.seat_id = seat_id
    window.models.views.add_view(MINE_VIEW)
    controller = AssignController(window, seat_id, team)
    if window.view_key == MINE_VIEW:
        window.show_view(MINE_VIEW)
    window.refresh_counts()
    return controller
