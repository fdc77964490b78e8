"""The assignment controller gets what it uses, not the window: built here over a bare
thread list, an anchor label, the window's actions and the thread writes over a runner
(no MainWindow), it takes, reassigns and unassigns through the service and reports back
through its signals."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from inbox_app.services.inbox import InboxService
from inbox_app.store.migrate import Store
from inbox_app.store.rows import ThreadDetail, ThreadRow
from inbox_app.views.actions import Actions
from inbox_app.views.task_runner import TaskRunner
from inbox_app.views.team.assign import AssignController
from inbox_app.views.thread_list_view import ThreadListView
from inbox_app.views.thread_writes import ThreadWrites
from tests.helpers.factories import add_seats, make_thread


class _Current:
    """One current thread, re-read from the service (as the thread list would show it)."""

    def __init__(self, service: InboxService, thread_id: int) -> None:
        self.service, self.thread_id = service, thread_id
        self.shown: list[tuple[str, object]] = []

    def current_thread(self) -> ThreadRow | None:
        return self.service.thread_rows([self.thread_id]).get(self.thread_id)

    def current_thread_id(self) -> int | None:
        return self.thread_id

    def select_thread(self, thread_id: int | None, *, fallback_first: bool = True) -> None:
        assert thread_id == self.thread_id

    def show_current(self, tid: int, detail: ThreadDetail | None) -> None:
        self.shown.append(("read back", tid))

    def show_edited(self, row: ThreadRow) -> None:
        self.shown.append(("edited", row.assignee))


def test_the_controller_assigns_with_only_what_it_is_given(qtbot: QtBot, store: Store) -> None:
    tid = make_thread(store)
    seats = add_seats(store, "Anna", "Bo")
    service = InboxService(store)
    view = ThreadListView()
    qtbot.addWidget(view)
    owner = QObject()
    current = _Current(service, tid)
    runner = TaskRunner(parent=owner)
    controller = AssignController(
        service,
        ThreadWrites(service, runner, current, parent=owner),
        current,
        seat_id=seats["Anna"],
        team=service.team(),
        threads_view=view,
        header_anchor=QLabel(view),
        actions=Actions(owner),
        parent=owner,
    )
    assert [a.objectName() for a in controller.actions()] == [
        "action_assign",
        "action_take",
        "action_unassign",
    ]
    assert controller.take_action.isEnabled() and not controller.unassign_action.isEnabled()
    heard: list[tuple[object, ...]] = []
    controller.assigned.connect(lambda ids: heard.append(("assigned", ids)))
    controller.status_message.connect(lambda text, ms: heard.append(("status", text, ms)))
    controller.take_action.trigger()
    assert heard == [("status", "Assigned to Anna", 5000)]  # said at once
    assert current.shown == [("edited", "Anna")]  # and shown at once
    qtbot.waitUntil(lambda: len(heard) == 2)
    assert heard[1] == ("assigned", [tid])  # written in the runner's lane, read back
    assert current.shown[1:] == [("read back", tid)]
    controller.update_actions()
    assert not controller.take_action.isEnabled() and controller.unassign_action.isEnabled()
    menu = controller.people_menu(tid, view)
    people = [(a.text(), a.isChecked()) for a in menu.actions() if a.isCheckable()]
    assert people == [("Anna (me)", True), ("Bo", False)]
    menu.actions()[1].trigger()  # Bo
    qtbot.waitUntil(lambda: len(heard) == 4)
    assert heard[2:] == [("status", "Assigned to Bo", 5000), ("assigned", [tid])]
    assert service.thread_rows([tid])[tid].assignee == "Bo"
    controller.update_actions()
    controller.unassign_action.trigger()
    qtbot.waitUntil(lambda: len(heard) == 6)
    assert heard[4:] == [("status", "Assigned to nobody", 5000), ("assigned", [tid])]
    assert service.thread_rows([tid])[tid].assignee is None
