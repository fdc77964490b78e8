"""The Mail menu on a main window: placement, F9 send-and-receive, status widget."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from inbox_app.services.mail import MailService
from inbox_app.store.migrate import Store
from inbox_app.views.mail_menu import MailMenu
from inbox_app.views.sync_controller import SyncController, SyncRound
from tests.helpers.runner import with_own_runner


def test_mail_menu_sits_before_help_and_f9_syncs(qtbot: QtBot, store: Store) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("&File")
    # the main window keeps its menus by key; the Mail menu goes before "help"
    menus = {"help": window.menuBar().addMenu("&Help")}
    refreshed: list[bool] = []
    mail = with_own_runner(
        lambda runner: MailMenu(
            window,
            MailService(store),
            refresh=lambda: refreshed.append(True),
            runner=runner,
            menus=menus,
        )
    )
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Mail", "&Help"]
    assert window.statusBar().findChild(type(mail.status), "syncStatus") is mail.status
    # F9 is a window-wide shortcut (the window owns the action, so it works with the
    # menu bar hidden too); Qt routes the key, the test triggers the action it binds.
    assert mail.sync_action.shortcut().toString() == "F9"
    assert mail.sync_action in window.actions()
    assert mail.sync_action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    with qtbot.waitSignal(mail.controller.finished, timeout=10000) as blocker:
        mail.sync_action.trigger()
    result = blocker.args[0]
    assert isinstance(result, SyncRound) and result.summaries == [] and not result.errors
    assert refreshed == []  # nothing synced, nothing to refresh


def test_without_an_account_the_status_says_how_to_add_one(qtbot: QtBot, store: Store) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    mail = with_own_runner(lambda runner: MailMenu(window, MailService(store), runner=runner))
    with qtbot.waitSignal(mail.controller.finished, timeout=10000):
        mail.controller.sync_now()
    assert "Add account" in mail.status.label.text()
    with qtbot.waitSignal(mail.controller.finished, timeout=10000):
        mail.controller.sync_now(fetch=False)  # the outbox round: nothing to say
    assert mail.status.label.text() == ""


def test_an_outbox_round_with_nothing_due_never_reads_the_keyring(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inbox_app.services import accounts, mail

    MailService(store).add_account(
        accounts.AccountSpec(
            name="shop",
            address="me@shop.example",
            imap_host="127.0.0.1",
            smtp_host="127.0.0.1",
            user="me",
        ),
        "pw",
    )
    reads: list[str] = []
    monkeypatch.setattr(
        mail, "account_password", lambda account: reads.append(account.name) or "pw"
    )
    controller = with_own_runner(lambda runner: SyncController(MailService(store), runner=runner))
    with qtbot.waitSignal(controller.finished, timeout=10000) as done:
        controller.sync_now(fetch=False)
    assert reads == [] and done.args[0].summaries == []
