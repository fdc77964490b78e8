"""A team seat's thread changes made while the server is out of reach are kept on this
computer (services/offline_changes.py): Anna's seat, its own process with its real window,
marks a thread unread with the real test server stopped, the status bar says one change
waits, and she quits; the kept line is in a 0600 file of her data dir (no password in it).
Started again with the server back, the seat replays it: the thread is unread on the
server, written once, and the file is gone."""

from __future__ import annotations

import stat
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from inbox_app.store.migrate import Store
from tests.helpers.pgserver import PgCluster
from tests.helpers.seats import seat_process

_SEAT = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from inbox_app.settings import data_dir
for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
    QSettings.setPath(QSettings.Format.IniFormat, scope, str(data_dir() / "qsettings"))
app = QApplication([])
from inbox_app.app import app_settings, create_window
from inbox_app.services.seats import TeamSeats
from inbox_app.store.migrate import open_store
url, phase, go = sys.argv[1], sys.argv[2], Path(sys.argv[3])
store = open_store(url)
TeamSeats(store).register("Anna")
from inbox_app.services.inbox import InboxService
calls = []
service_mark_read = InboxService.mark_read
def counted(self, tid, read):  # every read/unread write this seat makes, from the start
    calls.append((tid, read))
    return service_mark_read(self, tid, read)
InboxService.mark_read = counted
window = create_window(store.url, settings=app_settings(), store=store)
window.show()
if phase != "first":  # (not marked read on opening it: the replayed change is what counts)
    window.commands.read_timer.setInterval(10**9)
writes = window.thread_writes
def when(cond, then):
    QTimer.singleShot(20, lambda: then() if cond() else when(cond, then))
def quiet():
    return not writes.pending() and not window.commands.read_timer.isActive()
def start():
    if phase != "first":  # the kept change is replayed as the window opens
        when(lambda: not writes._journal.path.exists() and quiet(), landed)
        return
    tid = window.models.threads.thread_at(0).id
    window.threads.select_thread(tid)
    when(lambda: window.current_thread_id() == tid and quiet(), lambda: ready(tid))
def ready(tid):
    calls.clear()
    print(f"ready {tid} {writes._journal.path}", flush=True)
    when(lambda: go.exists() and window.team.live.online is False, lambda: offline(tid))
def landed():
    print(f"landed {len(calls)} {window.statusBar().currentMessage()!r}", flush=True)
    window.close()
    app.quit()
def offline(tid):
    window.commands.mark_read(False)
    when(lambda: writes._journal.path.exists(), kept)
def kept():
    from PySide6.QtWidgets import QLabel
    banner = window.findChild(QLabel, "teamOfflineLabel")  # it covers the messages
    print("kept " + window.statusBar().currentMessage() + "|" + banner.text(), flush=True)
    window.close()  # quits while the server is still away
    app.quit()
ready_now = lambda: window.team.live.online is True and window.models.threads.rowCount() > 0
when(lambda: ready_now() and getattr(writes, "_journal", None) is not None, start)
QTimer.singleShot(90_000, app.quit)
app.exec()
store.close()
"""


def _read(proc: subprocess.Popen[str]) -> list[str]:
    """The seat's stdout lines, read on a thread as they come."""
    lines: list[str] = []

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))

    threading.Thread(target=read, daemon=True).start()
    return lines


def _wait(proc: subprocess.Popen[str], lines: list[str], qtbot: QtBot, prefix: str) -> str:
    qtbot.waitUntil(
        lambda: proc.poll() is not None or any(x.startswith(prefix) for x in lines),
        timeout=90_000,
    )
    found = [x for x in lines if x.startswith(prefix)]
    assert found, (lines, proc.stderr.read() if proc.stderr else "")
    return found[0]


def _finish(proc: subprocess.Popen[str]) -> str:
    code = proc.wait(timeout=60)
    err = proc.stderr.read() if proc.stderr else ""
    for pipe in (proc.stdout, proc.stderr):
        if pipe is not None:
            pipe.close()
    assert code == 0 and "Traceback" not in err, err
    return err


def _unread(store: Store, tid: int) -> bool:
    with store.engine.connect() as conn:
        return bool(
            conn.exec_driver_sql("SELECT unread FROM threads WHERE id = %(t)s", {"t": tid}).scalar()
        )


def test_a_change_made_offline_survives_a_quit_and_lands_once_at_the_next_start(
    qtbot: QtBot,
    team_store: Callable[..., Store],
    pg_cluster: PgCluster,
    tmp_path: Path,
) -> None:
    store = team_store(threads=20, person="Marco")
    data, go = tmp_path / "anna", tmp_path / "go"
    proc = seat_process(data, _SEAT, store.url, "first", str(go))
    try:
        lines = _read(proc)
        line = _wait(proc, lines, qtbot, "ready ")
        _, tid_text, where = line.split(" ", 2)
        tid, path = int(tid_text), Path(where)
        assert path.is_relative_to(data) and not path.exists()
        assert not _unread(store, tid)
        pg_cluster.stop()
        try:
            go.touch()
            said = _wait(proc, lines, qtbot, "kept ")
            # "1 change waiting for the team server" (its English plural form, or the source)
            message, banner = said.removeprefix("kept ").split("|")
            assert message.startswith("1 change") and message.endswith(" the team server")
            assert banner == "Offline: " + message  # said where it is seen while offline
            _finish(proc)  # quit with the server away
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            kept = path.read_text(encoding="utf-8").splitlines()
            assert len(kept) == 1 and f'"thread": {tid}' in kept[0] and '"kind": "read"' in kept[0]
            assert (pg_cluster.password or "no password") not in kept[0]
        finally:
            pg_cluster.start()
    finally:
        if proc.poll() is None:
            proc.kill()
    assert not _unread(store, tid)  # nothing reached the server while it was down
    again = seat_process(data, _SEAT, store.url, "again", str(go))
    try:
        line = _wait(again, _read(again), qtbot, "landed ")
        _finish(again)
    finally:
        if again.poll() is None:
            again.kill()
    assert line.startswith("landed 1 ")  # written once, at the start
    assert _unread(store, tid) and not path.exists()
