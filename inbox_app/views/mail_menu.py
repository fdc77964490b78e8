"""The window's Mail menu and sync status: add/remove accounts, send and receive (F9),
stop; the window refreshes in place after every sync round."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from inbox_app.services.mail import MailService
from inbox_app.views.account_dialog import AccountDialog
from inbox_app.views.sync_controller import SyncController, SyncRound, SyncStatusWidget
from inbox_app.views.task_runner import TaskRunner


def _tr(text: str) -> str:
    return QCoreApplication.translate("MailMenu", text)


def ask_password(parent: QWidget, account: str) -> str | None:
    """Ask for a password that is kept only until Seller Inbox closes."""
    text, ok = QInputDialog.getText(
        parent,
        _tr("Password needed"),
        _tr("Password for the mail account “%1” (kept only until you close Seller Inbox):").replace(
            "%1", account
        ),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


class MailMenu(QObject):
    """Owns the sync controller and the Mail menu of a main window."""

    def __init__(
        self,
        window: QMainWindow,
        service: MailService,
        *,
        runner: TaskRunner,
        menus: Mapping[str, QMenu] | None = None,
        refresh: Callable[[], object] | None = None,
        threads_changed: Callable[[list[int]], object] | None = None,
    ) -> None:
        """`menus`: the window's menus by key (the Mail menu goes before "help");
        `refresh()` and `threads_changed(ids)`: the window re-reads after a sync."""
        super().__init__(window)
        self._window = window
        self._service = service
        self._runner = runner
        self.controller = SyncController(
            service,
            runner=self._runner,
            parent=self,
            password_prompt=lambda name: ask_password(window, name),
        )
        self.status = SyncStatusWidget(self.controller, window)
        window.statusBar().insertPermanentWidget(0, self.status)
        self._refresh = refresh
        self._threads_changed = threads_changed
        self.controller.finished.connect(self._synced)
        self.menu = window.menuBar().addMenu(_tr("&Mail"))
        self.menu.setObjectName("mailMenu")
        # keep Help last, where people look for it (found by key, not by translated title)
        help_menu = menus["help"].menuAction() if menus is not None and "help" in menus else None
        if help_menu is not None:
            window.menuBar().insertMenu(help_menu, self.menu)
        self.add_action = self._action(_tr("&Add account…"), "Ctrl+Shift+M", self.add_account)
        self.sync_action = self._action(_tr("&Send and receive"), "F9", self.sync_now)
        self.stop_action = self._action(_tr("S&top"), "Ctrl+Shift+F9", self.controller.cancel)
        self.menu.addSeparator()
        self.remove_action = self._action(_tr("&Remove account…"), "", self.remove_account)

    def _action(self, text: str, shortcut: str, slot: object) -> QAction:
        action = QAction(text, self._window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.menu.addAction(action)
        self._window.addAction(action)
        return action

    @Slot()
    def add_account(self) -> None:
        if AccountDialog.ask(self._service, runner=self._runner, parent=self._window) is not None:
            self.controller.sync_now()

    @Slot()
    def sync_now(self) -> None:
        self.controller.sync_now()

    @Slot()
    def remove_account(self) -> None:
        names = [a.name for a in self._service.accounts()]
        if not names:
            QMessageBox.information(
                self._window, _tr("No mail account"), _tr("There is no mail account to remove.")
            )
            return
        name, ok = QInputDialog.getItem(
            self._window, _tr("Remove account"), _tr("Account to remove:"), names, 0, False
        )
        if not ok:
            return
        answer = QMessageBox.question(
            self._window,
            _tr("Remove account"),
            _tr("Remove “%1” and forget its password? Its threads and messages stay.").replace(
                "%1", name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service = self._service  # keyring: off the GUI thread
        self._runner.run(lambda _t: service.remove_account(name), on_failed=self._failed)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self._window, _tr("Mail account"), str(exc))

    @Slot(object)
    def _synced(self, result: SyncRound) -> None:
        """New mail: those threads update in place (new ones inserted where they sort);
        an outbox round: the loaded rows refresh in place."""
        changed = sorted({t for summary in result.summaries for t in summary.thread_ids})
        if changed and self._threads_changed is not None:
            self._threads_changed(changed)
        elif result.summaries and self._refresh is not None:
            self._refresh()

    def start(self, first_sync_ms: int = 1500) -> None:
        """Periodic fetch and outbox flushing; the first round soon after start-up."""
        from PySide6.QtCore import QTimer

        self.controller.start_timers()
        QTimer.singleShot(first_sync_ms, self.controller, self.controller.sync_now)
