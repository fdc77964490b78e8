"""A seat that loses the team's PostgreSQL server keeps its drafts: the real test server is
stopped (pg_ctl stop) under a real window, the draft typed meanwhile goes to a 0600 file
in the data dir, the window says so, and when the server is started again the draft is in
the shared store once and the file is gone. A seat killed (SIGKILL) while offline finds its
kept draft at its next start and, as its draft moved on on the server meanwhile, keeps
both texts."""

from __future__ import annotations

import signal
import stat
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from inbox_app.store.migrate import Store
from inbox_app.store.schema import Message
from tests.helpers.pgserver import PgCluster
from tests.helpers.seats import seat_process
from tests.helpers.window import open_team_window
from tests.helpers.writes import save_landed

KEPT = "The team server cannot be reached: your draft is kept on this computer"


def _drafts(store: Store, thread_id: int) -> list[str]:
    with store.session() as s:
        return list(
            s.scalars(
                select(Message.body_text).where(
                    Message.thread_id == thread_id, Message.status == "draft"
                )
            )
        )


def test_a_draft_typed_while_the_server_is_down_is_kept_here_and_lands_once(
    qtbot: QtBot,
    main_window: Callable[..., QWidget],
    team_store: Callable[..., Store],
    pg_cluster: PgCluster,
    type_text: Callable[[QWidget, str], None],
) -> None:
    store, window, thread = open_team_window(main_window, team_store, qtbot, person="Anna")
    pane = window.compose  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: pane.thread_id == thread.id)
    kept = pane.saver.kept
    assert kept is not None and not kept.path.exists()
    banner = window.findChild(QLabel, "teamOfflineLabel")
    assert banner is not None
    pg_cluster.stop()
    try:
        qtbot.waitUntil(banner.isVisible, timeout=15_000)
        assert "Your drafts are kept on this computer" in banner.text()
        pane.ui.body.setFocus()
        type_text(pane.ui.body, "Anna offline: it ships on Monday.")
        assert not pane.flush()  # not in the shared store: kept here
        assert stat.S_IMODE(kept.path.stat().st_mode) == 0o600
        assert [d.content.body for d in kept.entries()] == ["Anna offline: it ships on Monday."]
        assert [d.thread_id for d in kept.entries()] == [thread.id]
        assert pane.ui.status.text().startswith(KEPT)
        type_text(pane.ui.body, " Sorry!")
        assert not pane.flush()
        # one entry per draft, the newest text; no temporary file left beside it
        assert [d.content.body for d in kept.entries()] == [
            "Anna offline: it ships on Monday. Sorry!"
        ]
        assert sorted(p.name for p in kept.path.parent.iterdir()) == [kept.path.name]
    finally:
        pg_cluster.start()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: not kept.path.exists(), timeout=10_000)
    assert _drafts(store, thread.id) == ["Anna offline: it ships on Monday. Sorry!"]
    assert not pane.conflict.isVisible()
    assert pane.ui.body.toPlainText() == "Anna offline: it ships on Monday. Sorry!"
    type_text(pane.ui.body, " Thanks.")
    assert save_landed(qtbot, pane)  # online again: saved straight to the server
    assert not kept.path.exists()
    assert _drafts(store, thread.id) == ["Anna offline: it ships on Monday. Sorry! Thanks."]


# Anna's seat as its own process: the real window, typing into its compose pane
_SEAT = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from inbox_app.settings import data_dir
for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
    QSettings.setPath(QSettings.Format.IniFormat, scope, str(data_dir() / "qsettings"))
app = QApplication([])
from inbox_app.app import app_settings, create_window
from inbox_app.services.seats import TeamSeats
from inbox_app.store.migrate import open_store
url, tid, phase, go = sys.argv[1], int(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
store = open_store(url)
TeamSeats(store).register("Anna")
window = create_window(store.url, settings=app_settings(), store=store)
window.show()
def typ(text):
    body = window.compose.ui.body
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(body, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    return window.compose.flush()
def when(cond, then):
    QTimer.singleShot(20, lambda: then() if cond() else when(cond, then))
def start():
    global tid
    tid = tid or window.models.threads.thread_at(0).id
    window.threads.select_thread(tid)
    when(lambda: window.compose.thread_id == tid, first if phase == "first" else again)
def first():
    typ("Written online.")  # on its way in the window's write lane
    when(lambda: window.writes.pending() == 0, first_saved)
def first_saved():
    assert window.compose.saver.stored, "the online draft was not saved"
    print(f"saved {tid} {window.compose.saver.kept.path}", flush=True)
    when(lambda: go.exists() and window.team.live.online is False, offline)
def offline():
    assert not typ(" Typed offline."), "saved with the server down?"
    print("kept", flush=True)
def again():
    kept = window.compose.saver.kept
    when(lambda: not kept.path.exists() and window.writes.pending() == 0, landed)
def landed():
    print("pane " + window.compose.ui.body.toPlainText().replace("\\n", "|"), flush=True)
    window.close()
    app.quit()
ready = lambda: window.team.live.online is True and window.models.threads.rowCount() > 0
when(lambda: window.compose is not None and ready(), start)
QTimer.singleShot(90_000, app.quit)
app.exec()
store.close()
"""


def _lines(proc: subprocess.Popen[str]) -> tuple[list[str], threading.Thread]:
    lines: list[str] = []

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return lines, reader


def _close(proc: subprocess.Popen[str], reader: threading.Thread) -> str:
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=30)
    reader.join(timeout=10)
    err = proc.stderr.read() if proc.stderr else ""
    for pipe in (proc.stdout, proc.stderr):
        if pipe is not None:
            pipe.close()
    return err


def _wait(lines: list[str], proc: subprocess.Popen[str], prefix: str, qtbot: QtBot) -> str:
    def seen() -> bool:
        return proc.poll() is not None or any(x.startswith(prefix) for x in lines)

    qtbot.waitUntil(seen, timeout=90_000)
    found = [x for x in lines if x.startswith(prefix)]
    assert found, (lines, proc.stderr.read() if proc.stderr else "")
    return found[0]


def test_a_seat_killed_while_offline_keeps_its_draft_and_both_texts_survive_a_conflict(
    qtbot: QtBot,
    team_store: Callable[..., Store],
    pg_cluster: PgCluster,
    tmp_path: Path,
) -> None:
    store = team_store(threads=20, person="Marco")
    data, go = tmp_path / "anna", tmp_path / "go"
    proc = seat_process(data, _SEAT, store.url, "0", "first", str(go))
    lines, reader = _lines(proc)
    try:
        _, tid, where = _wait(lines, proc, "saved ", qtbot).split(" ", 2)
        thread_id, path = int(tid), Path(where)
        assert path.is_relative_to(data) and not path.exists()
        pg_cluster.stop()
        try:
            go.touch()
            _wait(lines, proc, "kept", qtbot)
            proc.send_signal(signal.SIGKILL)  # dies before the server is back
            proc.wait(timeout=30)
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            assert "Written online. Typed offline." in path.read_text(encoding="utf-8")
        finally:
            pg_cluster.start()
    finally:
        _close(proc, reader)
    assert _drafts(store, thread_id) == ["Written online."]
    # meanwhile Anna's draft moved on on the server (her laptop, say): a newer version
    with store.session() as s, s.begin():
        s.execute(
            update(Message)
            .where(Message.thread_id == thread_id, Message.status == "draft")
            .values(body_text="Edited on the laptop.", version=Message.version + 1)
        )
    again = seat_process(data, _SEAT, store.url, str(thread_id), "again", str(go))
    lines, reader = _lines(again)
    try:
        shown = _wait(lines, again, "pane ", qtbot)
        assert again.wait(timeout=30) == 0
    finally:
        err = _close(again, reader)
    assert "Traceback" not in err, err
    assert not path.exists()
    # one draft, with both texts: hers from before the kill first, the laptop's below
    assert _drafts(store, thread_id) == [
        "Written online. Typed offline.\n\nEdited on the laptop.\n"
    ]
    assert shown == "pane Written online. Typed offline.||Edited on the laptop.|"
