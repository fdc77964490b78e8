"""The whole window over a team store on a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from inbox_app.store.migrate import Store
from inbox_app.views.team.connect_dialog import TeamConnectDialog


def test_the_window_opens_a_team_store(
    qtbot: QtBot, main_window: Callable[..., QWidget], team_store: Callable[..., Store]
) -> None:
    store = team_store(threads=300, person="Anna")
    window = main_window(store=store)
    qtbot.waitUntil(lambda: window.models.threads.rowCount() > 0)  # type: ignore[attr-defined]
    label = window.findChild(QLabel, "teamSeatLabel")
    assert label is not None and label.text() == "Team inbox: Anna"
    action = window.findChild(QAction, "teamConnectAction")
    assert action is not None
    action.trigger()
    dialog = window.findChild(TeamConnectDialog, "teamConnectDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.person_edit.text() == "Anna"
    dialog.reject()
