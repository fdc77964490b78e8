"""Presence between seats: another PROCESS (Marco's seat) opens and replies to a thread;
this window (Anna's) says so, warns in the compose pane, and holds Anna's reply for a
confirm once Marco answered after she started hers. Over the real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from inbox_app.store.migrate import Store
from tests.helpers.seats import run_seat
from tests.helpers.window import open_team_window

_MARCO = """
import sys
from inbox_app.services import presence
from inbox_app.services.seats import TeamSeats
from inbox_app.services.team_link import SeatPresence
from inbox_app.store.migrate import open_store
store = open_store(sys.argv[1])
seat = TeamSeats(store).register("Marco")
tid = int(sys.argv[3])
if sys.argv[2] == "answer":
    from inbox_app.store.schema import Message, utcnow
    with store.session() as s, s.begin():
        s.add(Message(thread_id=tid, direction="out", status="sent", subject="Re",
                      body_text="Marco's answer", sent_at=utcnow()))
    SeatPresence(store, seat.seat_id).beat(tid, presence.VIEWING)
else:
    SeatPresence(store, seat.seat_id).beat(tid, sys.argv[2])
store.close()
"""


def marco(data_dir: Path, url: str, what: str, thread_id: int) -> None:
    run_seat(data_dir, _MARCO, url, what, str(thread_id))


def test_marco_replying_is_shown_warned_and_his_answer_holds_annas_reply(
    qtbot: QtBot,
    main_window: Callable[..., QWidget],
    team_store: Callable[..., Store],
    tmp_path: Path,
    type_text: Callable[[QWidget, str], None],
) -> None:
    store, window, thread = open_team_window(main_window, team_store, qtbot, person="Anna")
    team = window.team  # type: ignore[attr-defined]
    label = window.findChild(QLabel, "teamPresenceLabel")
    warning = window.findChild(QLabel, "teamReplyWarning")
    assert label is not None and warning is not None
    marco(tmp_path / "marco", store.url, "viewing", thread.id)
    qtbot.waitUntil(lambda: label.text() == "Marco has this thread open", timeout=5000)
    assert label.isVisible() and not warning.isVisible()
    marco(tmp_path / "marco", store.url, "replying", thread.id)
    qtbot.waitUntil(lambda: label.text() == "Marco is replying", timeout=5000)
    assert warning.isVisible() and "Marco is already replying" in warning.text()

    compose = window.compose  # type: ignore[attr-defined]
    compose.ui.body.setFocus()
    qtbot.waitUntil(compose.ui.body.hasFocus)
    type_text(compose.ui.body, "Hello, your parcel left today.")
    assert thread.id in team.presence.reply_started
    marco(tmp_path / "marco", store.url, "answer", thread.id)
    qtbot.waitUntil(lambda: thread.id in team.presence.answered, timeout=5000)
    assert team.presence.answered[thread.id].person is None or isinstance(
        team.presence.answered[thread.id].person, str
    )

    seen: list[str] = []

    def refuse() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "teamAnsweredConfirm":
            seen.append(box.text())
            box.button(QMessageBox.StandardButton.No).click()
        else:
            QTimer.singleShot(20, refuse)

    QTimer.singleShot(0, refuse)
    assert compose.send() is False  # held: not queued
    assert seen and "answered this thread after you started your reply" in seen[0]
    assert compose.ui.body.toPlainText() == "Hello, your parcel left today."
