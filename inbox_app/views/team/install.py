"""A team inbox in the main window: Settings > "Connect to a team inbox…" on every store,
and on a shared (PostgreSQL) store this seat's name in the status bar."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QStatusBar, QWidget

from inbox_app.models.thread_list_model import ThreadListModel
from inbox_app.seat import SeatConfig, load_seat
from inbox_app.services.team_link import TeamLink
from inbox_app.store.migrate import Store
from inbox_app.store.server import where
from inbox_app.views.task_runner import TaskRunner
from inbox_app.views.team.connect_dialog import TeamConnectDialog
from inbox_app.views.team.list_presence import ListPresence
from inbox_app.views.team.live import LiveHost, LiveUpdates, install_live
from inbox_app.views.team.presence import LANE, PresenceController, PresenceHost

if TYPE_CHECKING:  # not a circle: the compose pane imports nothing of the team's
    from inbox_app.views.compose.pane import ComposePane


def _tr(text: str) -> str:
    return QCoreApplication.translate("Team", text)


class _Models(Protocol):
    @property
    def threads(self) -> ThreadListModel: ...
    @property
    def order_threads(self) -> ThreadListModel: ...


class TeamHost(LiveHost, PresenceHost, Protocol):
    """What the team's parts use of the main window (views/main_window.py), and no more:
    the live updates' (LiveHost), the Settings menu, the compose pane (presence warns in
    it and holds its Send) and both thread lists (the presence chips)."""

    @property
    def models(self) -> _Models: ...
    @property
    def menus(self) -> dict[str, QMenu]: ...
    @property
    def compose(self) -> ComposePane | None: ...

    def addAction(self, action: QAction, /) -> None: ...


class TeamInWindow:
    """The team's parts of one window (kept by the window as `window.team`)."""

    def __init__(self, window: QWidget, status_bar: QStatusBar, runner: TaskRunner) -> None:
        self.window = window
        self._status = status_bar
        self.runner = runner
        self.seat: SeatConfig | None = None
        self.seat_label: QLabel | None = None
        self.live: LiveUpdates | None = None
        self.presence: PresenceController | None = None
        self.list_presence: ListPresence | None = None

    def connect_dialog(self) -> TeamConnectDialog:
        current = load_seat()
        dialog = TeamConnectDialog(
            runner=self.runner, parent=self.window, person=current.person if current else ""
        )
        dialog.accepted.connect(lambda: self._joined(dialog))
        dialog.open()
        return dialog

    def _joined(self, dialog: TeamConnectDialog) -> None:
        seat = dialog.joined
        if seat is None:
            return
        QMessageBox.information(
            self.window,
            _tr("Connect to a team inbox"),
            _tr("You joined the team inbox at %1 as %2. Seller Inbox opens it from its next start.")
            .replace("%1", where(seat.url))
            .replace("%2", seat.person),
        )

    def settle(self) -> None:
        """The store closes: wait for the window's background reads still running."""
        with contextlib.suppress(RuntimeError):  # the window (and its pool) went first
            self.runner.wait(5000)

    def show_seat(self, seat: SeatConfig) -> None:
        self.seat = seat
        label = QLabel(_tr("Team inbox: %1").replace("%1", seat.person), self.window)
        label.setObjectName("teamSeatLabel")
        label.setToolTip(where(seat.url))
        self._status.addPermanentWidget(label)
        self.seat_label = label


def install_team(host: TeamHost, store: Store, runner: TaskRunner) -> TeamInWindow:
    """Settings > "Connect to a team inbox…"; on a shared store this seat's name, the live
    updates, presence and the chips, each given only what it uses."""
    link = TeamLink(store)  # the team's parts get only what they use of the store
    top = host.window()
    team = TeamInWindow(top, host.statusBar(), runner)
    action = QAction(_tr("Connect to a &team inbox…"), top)
    action.setObjectName("teamConnectAction")
    action.triggered.connect(team.connect_dialog)
    host.addAction(action)
    menu = host.menus.get("settings")
    if menu is not None:
        menu.addSeparator()
        menu.addAction(action)
    if link.shared:
        from inbox_app.seat import seat_for

        seat = seat_for(link.url)
        if seat is not None:
            team.show_seat(seat)
        # closers run last-in first: the listener stops, then the window's work settles,
        # so no query holds a pooled connection while the engine is disposed
        link.on_close(team.settle)
        team.live = install_live(host, link)  # every window on a team store is live
        if seat is not None:
            team.presence = PresenceController(
                host,
                link.presence(seat.seat_id),
                seat,
                team.live,
                host.compose,
                runner=runner.lane(LANE),
                on_close=link.on_close,
            )
            models = host.models  # the chips, read on the presence worker too
            team.list_presence = ListPresence(
                [models.threads, models.order_threads],
                link.presence(seat.seat_id),
                team.presence.runner,
                team.live,
                top,
            )
    return team
