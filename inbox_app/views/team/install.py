"""A team inbox in the main window: Settings > "Connect to a team inbox…" on every store,
and on a shared (PostgreSQL) store this seat's name in the status bar."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox

from inbox_app.seat import SeatConfig, load_seat
from inbox_app.services.team_link import TeamLink
from inbox_app.store.migrate import Store
from inbox_app.store.server import where
from inbox_app.views.task_runner import TaskRunner
from inbox_app.views.team.connect_dialog import TeamConnectDialog
from inbox_app.views.team.list_presence import ListPresence
from inbox_app.views.team.live import LiveUpdates, install_live
from inbox_app.views.team.presence import LANE, PresenceController


def _tr(text: str) -> str:
    return QCoreApplication.translate("Team", text)


class TeamInWindow:
    """The team's parts of one window (kept by the window as `window.team`)."""

    def __init__(self, window: QMainWindow, runner: TaskRunner) -> None:
        self.window = window
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
        self.window.statusBar().addPermanentWidget(label)
        self.seat_label = label


def install_team(
    window: QMainWindow, store: Store, menus: dict[str, QMenu], runner: TaskRunner
) -> TeamInWindow:
    link = TeamLink(store)  # the team's parts get only what they use of the store
    team = TeamInWindow(window, runner)
    action = QAction(_tr("Connect to a &team inbox…"), window)
    action.setObjectName("teamConnectAction")
    action.triggered.connect(team.connect_dialog)
    window.addAction(action)
    menu = menus.get("settings")
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
        team.live = install_live(window, link)  # every window on a team store is live
        if seat is not None:
            compose = getattr(window, "compose", None)
            team.presence = PresenceController(
                window,
                link.presence(seat.seat_id),
                seat,
                team.live,
                compose,
                runner=runner.lane(LANE),
                on_close=link.on_close,
            )
            models = getattr(window, "models", None)
            if models is not None:  # the chips, read on the presence worker too
                team.list_presence = ListPresence(
                    [models.threads, models.order_threads],
                    link.presence(seat.seat_id),
                    team.presence.runner,
                    team.live,
                    window,
                )
    return team
