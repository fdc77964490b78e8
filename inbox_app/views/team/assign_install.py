"""The assignment's one wiring place: on a team inbox with more than one person, read the
team on the window's task runner (a PostgreSQL round trip the GUI thread never waits
for), then build the AssignController with what it uses, put its actions in the Thread
menu, add the "Mine" saved view and connect it to the window. A single seller never sees
any of it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

from inbox_app.models.views_model import DEFAULT_VIEW, MINE_VIEW, ViewsModel
from inbox_app.services.assignments import Person, current_seat_id
from inbox_app.services.inbox import InboxService
from inbox_app.store.migrate import Store
from inbox_app.views.actions import Actions
from inbox_app.views.task_runner import TaskRunner
from inbox_app.views.team.assign import AssignController, CurrentThread
from inbox_app.views.thread_list_view import ThreadListView
from inbox_app.views.thread_writes import ThreadWrites


class _Threads(CurrentThread, Protocol):
    seat_id: str | None  # "Mine" lists this seat's threads


class _Models(Protocol):
    @property
    def views(self) -> ViewsModel: ...


class _Header(Protocol):
    @property
    def due_label(self) -> QWidget: ...


class _Ui(Protocol):
    @property
    def threads_view(self) -> ThreadListView: ...
    @property
    def conversation(self) -> _Header: ...


class AssignHost(Protocol):
    """What the assignment needs of the main window (views/main_window.py)."""

    @property
    def thread_selected(self) -> SignalInstance: ...
    @property
    def thread_cleared(self) -> SignalInstance: ...
    @property
    def threads_updated(self) -> SignalInstance: ...
    @property
    def service(self) -> InboxService: ...
    @property
    def runner(self) -> TaskRunner: ...
    @property
    def thread_writes(self) -> ThreadWrites: ...
    @property
    def threads(self) -> _Threads: ...
    @property
    def models(self) -> _Models: ...
    @property
    def ui(self) -> _Ui: ...
    @property
    def menus(self) -> dict[str, QMenu]: ...
    @property
    def actions_(self) -> Actions: ...
    @property
    def view_key(self) -> str: ...

    def show_view(self, key: str) -> None: ...
    def refresh_counts(self) -> None: ...
    def threads_changed(self, ids: list[int]) -> None: ...
    def statusBar(self) -> QStatusBar: ...
    def addAction(self, action: QAction, /) -> None: ...


Installed = Callable[[AssignController | None], object]


def install_assignment(
    host: AssignHost,
    store: Store,
    installed: Installed,
    *,
    back_online: SignalInstance | None = None,
) -> None:
    """Offer assignment on `store` if it is a team inbox with more than one person:
    `installed(controller)` once the team has been read (off the GUI thread), or
    `installed(None)`. A team that cannot be read because the server is out of reach is
    read again when `back_online` says the server is back."""
    seat_id = current_seat_id(store.url)  # the settings file only: no round trip
    if seat_id is None:
        _without(host)
        installed(None)
        return
    service, runner = host.service, host.runner

    def read() -> None:
        runner.run(lambda _task: service.team(), on_done=answered, on_failed=failed)

    def answered(team: list[Person]) -> None:
        if len(team) < 2:
            _without(host)
            installed(None)
        else:
            installed(_build(host, seat_id, team))

    def failed(exc: BaseException) -> None:
        from inbox_app.store.server import is_unreachable  # SQLAlchemy: after the first paint

        if back_online is None or not is_unreachable(exc):
            raise exc  # a bug: the excepthook says one sentence and logs it

        def again(online: bool) -> None:
            if online:
                back_online.disconnect(again)
                read()

        back_online.connect(again)

    read()


def _without(host: AssignHost) -> None:
    """No assignment here: a remembered "Mine" shows the default view instead."""
    if host.view_key == MINE_VIEW:
        host.show_view(DEFAULT_VIEW)


def _build(host: AssignHost, seat_id: str, team: list[Person]) -> AssignController:
    host.service.seat_id = seat_id
    host.threads.seat_id = seat_id
    ui = host.ui
    controller = AssignController(
        host.service,
        host.thread_writes,
        host.threads,
        seat_id=seat_id,
        team=team,
        threads_view=ui.threads_view,
        header_anchor=ui.conversation.due_label,
        actions=host.actions_,
        parent=ui.threads_view,
    )
    thread_menu = host.menus.get("thread")
    if thread_menu is not None:
        thread_menu.addSeparator()  # the assignment actions, a group of their own
    for action in controller.actions():
        if thread_menu is not None:
            thread_menu.addAction(action)
        host.addAction(action)  # the shortcuts work with the menu bar hidden too
    host.thread_selected.connect(controller.update_actions)
    host.thread_cleared.connect(controller.update_actions)
    host.threads_updated.connect(controller.update_actions)
    controller.status_message.connect(host.statusBar().showMessage)
    host.models.views.add_view(MINE_VIEW)
    if host.view_key == MINE_VIEW:
        host.show_view(MINE_VIEW)  # read again, now with this seat
    host.refresh_counts()
    return controller
