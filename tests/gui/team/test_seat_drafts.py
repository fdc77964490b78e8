"""Each seat drafts its own reply: Marco's real window in ANOTHER PROCESS and Anna's here
both type a reply to the same thread of the real PostgreSQL server; neither replaces the
other's text, no conflict bar shows, each sees its own, and Anna is still warned that
Marco is replying."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from inbox_app.services.compose import ComposeService
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Message
from inbox_app.store.team_schema import Seat
from tests.helpers.seats import seat_process
from tests.helpers.window import open_team_window
from tests.helpers.writes import save_landed

# Marco's seat: the real window, typing into its compose pane like a person
_MARCO = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
app = QApplication([])
from inbox_app.app import app_settings, create_window
from inbox_app.services.seats import TeamSeats
from inbox_app.store.migrate import open_store
url, tid, go = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
store = open_store(url)
TeamSeats(store).register("Marco")
window = create_window(store.url, settings=app_settings(), store=store)
window.show()
def typ(text, then):
    body = window.compose.ui.body
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(body, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    window.compose.flush()  # on its way in the window's write lane
    when(lambda: window.writes.pending() == 0, lambda: saved(then))
def saved(then):
    assert window.compose.saver.stored, "Marco's draft was not saved"
    assert not window.compose.conflict.isVisible(), "Marco got the conflict bar"
    then()
def when(cond, then):
    QTimer.singleShot(20, lambda: then() if cond() else when(cond, then))
def start():
    window.threads.select_thread(tid)
    when(lambda: window.compose.thread_id == tid, first)
def first():
    typ("Marco here: it left today.", typed)
def typed():
    print("typed", flush=True)
    when(go.exists, second)
def second():
    typ(" Tracking follows.", finish)
def finish():
    print("pane " + window.compose.ui.body.toPlainText(), flush=True)
    window.close()
    app.quit()
when(lambda: window.team.live.online is True, start)
QTimer.singleShot(60_000, app.quit)
app.exec()
store.close()
"""


def _lines(proc: subprocess.Popen[str]) -> tuple[list[str], threading.Thread]:
    """Marco's stdout lines, read on a thread (the window here keeps running)."""
    lines: list[str] = []

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return lines, reader


def _close(proc: subprocess.Popen[str], reader: threading.Thread) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    reader.join(timeout=10)
    for pipe in (proc.stdout, proc.stderr):
        if pipe is not None:
            pipe.close()


def test_two_seats_typing_one_thread_each_keep_their_own_draft(
    qtbot: QtBot,
    main_window: Callable[..., QWidget],
    team_store: Callable[..., Store],
    tmp_path: Path,
    type_text: Callable[[QWidget, str], None],
) -> None:
    store, window, thread = open_team_window(main_window, team_store, qtbot, person="Anna")
    team = window.team  # type: ignore[attr-defined]
    compose = window.compose  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: compose.thread_id == thread.id)
    warning = window.findChild(QLabel, "teamReplyWarning")
    assert warning is not None

    go = tmp_path / "go"
    proc = seat_process(tmp_path / "marco", _MARCO, store.url, str(thread.id), str(go))
    lines, reader = _lines(proc)
    try:
        qtbot.waitUntil(lambda: "typed" in lines or proc.poll() is not None, timeout=60_000)
        assert "typed" in lines, proc.stderr.read() if proc.stderr else ""
        # Marco's typing is presence: Anna is warned before she starts hers
        qtbot.waitUntil(warning.isVisible, timeout=5000)
        assert "Marco is already replying" in warning.text()
        assert compose.ui.body.toPlainText() == ""  # his draft is not put in her pane

        compose.ui.body.setFocus()
        qtbot.waitUntil(compose.ui.body.hasFocus)
        type_text(compose.ui.body, "Anna here: refund on its way.")
        assert save_landed(qtbot, compose)
        assert not compose.conflict.isVisible()

        # Marco goes on typing after Anna saved: his save does not meet hers
        with qtbot.waitSignal(
            team.live.changed, timeout=30_000, check_params_cb=lambda ids: thread.id in ids
        ):
            go.touch()
            qtbot.waitUntil(lambda: any(x.startswith("pane ") for x in lines), timeout=30_000)
        assert proc.wait(timeout=30) == 0, proc.stderr.read() if proc.stderr else ""
        assert "pane Marco here: it left today. Tracking follows." in lines
        type_text(compose.ui.body, " Sorry again.")
        assert save_landed(qtbot, compose)
        assert not compose.conflict.isVisible()
        assert compose.ui.body.toPlainText() == "Anna here: refund on its way. Sorry again."
    finally:
        _close(proc, reader)

    with store.session() as s:
        seats = {p: i for i, p in s.execute(select(Seat.id, Seat.person))}
        drafts = s.execute(
            select(Message.draft_seat_id, Message.body_text).where(
                Message.thread_id == thread.id, Message.status == "draft"
            )
        ).all()
    assert sorted(drafts) == sorted(
        [
            (seats["Anna"], "Anna here: refund on its way. Sorry again."),
            (seats["Marco"], "Marco here: it left today. Tracking follows."),
        ]
    )
    mine = ComposeService(store, seat_id=seats["Anna"]).load_draft(thread.id)
    assert mine is not None and mine.body.startswith("Anna here")
