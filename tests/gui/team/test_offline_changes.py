"""A team seat's thread changes made while the server is out of reach are kept on this
computer (services/offline_changes.py): Anna's seat, its own process with its real window,
with the real test server stopped marks a thread unread, takes it, marks it read again and
"no response needed"; the offline banner says four changes wait, and she quits. The four lines
are in a 0600 file of her data dir, in that order (no password in it). Started again with
the server back, the seat replays them: each written once, in the order made (read after
unread: the thread ends read), and the file is gone."""

from __future__ import annotations

import ast
import json
import stat
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from inbox_app.seat import seat_for
from inbox_app.services.offline_changes import KeptChange, OfflineChanges
from inbox_app.store.migrate import Store
from inbox_app.store.schema import utcnow
from inbox_app.store.team_schema import Seat
from tests.helpers.pgserver import PgCluster
from tests.helpers.seats import seat_process
from tests.helpers.thread_writes import settle

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
def counting(name):  # every small write this seat makes, from the start, in order
    original = getattr(InboxService, name)
    def counted(self, *args):
        calls.append((name, *args))
        return original(self, *args)
    setattr(InboxService, name, counted)
for name in ("mark_read", "assign", "mark_no_response_needed", "reopen"):
    counting(name)
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
        when(lambda: not writes.journal.path.exists() and quiet(), landed)
        return
    tid = window.models.threads.thread_at(0).id
    window.threads.select_thread(tid)
    when(lambda: window.current_thread_id() == tid and quiet(), lambda: ready(tid))
def ready(tid):
    calls.clear()
    print(f"ready {tid} {window.assign.seat_id} {writes.journal.path}", flush=True)
    when(lambda: go.exists() and window.team.live.online is False, lambda: offline(tid))
def landed():
    print("landed " + repr(calls), flush=True)
    window.close()
    app.quit()
def offline(tid):
    window.commands.mark_read(False)
    window.assign.take()
    window.commands.mark_read(True)
    window.commands.mark_no_response_needed()
    when(lambda: len(writes.journal.entries()) == 4, kept)
def kept():
    from PySide6.QtWidgets import QLabel
    banner = window.findChild(QLabel, "teamOfflineLabel")  # it covers the messages
    print("kept " + window.statusBar().currentMessage() + "|" + banner.text(), flush=True)
    window.close()  # quits while the server is still away
    app.quit()
ready_now = lambda: window.team.live.online is True and window.models.threads.rowCount() > 0
when(lambda: ready_now() and writes.journal is not None, start)
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


def _stored(store: Store, tid: int) -> tuple[bool, str, str | None]:
    """The thread on the server: unread, state, assignee's seat."""
    with store.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT t.unread, t.state, a.seat_id FROM threads t"
            " LEFT JOIN thread_assignments a ON a.thread_id = t.id WHERE t.id = %(t)s",
            {"t": tid},
        ).one()
    return bool(row[0]), str(row[1]), row[2]


def test_changes_made_offline_survive_a_quit_and_land_once_in_order_at_the_next_start(
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
        _, tid_text, anna, where = line.split(" ", 3)
        tid, path = int(tid_text), Path(where)
        assert path.is_relative_to(data) and not path.exists()
        before = _stored(store, tid)
        assert before == (False, "open", None)
        pg_cluster.stop()
        try:
            go.touch()
            said = _wait(proc, lines, qtbot, "kept ")
            # "4 changes waiting for the team server" (its English plural form, or the source)
            message, banner = said.removeprefix("kept ").split("|")
            assert banner.startswith("Offline: 4 change") and banner.endswith(" the team server")
            assert "team server" not in message  # said once, where it is seen offline
            _finish(proc)  # quit with the server away
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            text = path.read_text(encoding="utf-8")
            kept = [json.loads(x) for x in text.splitlines()]
            assert [(x["kind"], x["thread"], x["value"]) for x in kept] == [
                ("read", tid, False),
                ("assign", tid, anna),
                ("read", tid, True),
                ("no_response", tid, None),
            ]
            assert len({x["id"] for x in kept}) == 4
            assert (pg_cluster.password or "no password") not in text
        finally:
            pg_cluster.start()
    finally:
        if proc.poll() is None:
            proc.kill()
    assert _stored(store, tid) == before  # nothing reached the server while it was down
    again = seat_process(data, _SEAT, store.url, "again", str(go))
    try:
        line = _wait(again, _read(again), qtbot, "landed ")
        _finish(again)
    finally:
        if again.poll() is None:
            again.kill()
    # each written once, at the start, in the order made
    assert ast.literal_eval(line.removeprefix("landed ")) == [
        ("mark_read", tid, False),
        ("assign", tid, anna),
        ("mark_read", tid, True),
        ("mark_no_response_needed", tid),
    ]
    assert _stored(store, tid) == (False, "no_response_needed", anna)  # read: in order
    assert not path.exists()


BO = "seat-bo-0000"


def _subject(store: Store, tid: int) -> str:
    with store.engine.connect() as conn:
        return str(
            conn.exec_driver_sql("SELECT subject FROM threads WHERE id = %(t)s", {"t": tid}).scalar()
        )


def test_a_kept_change_the_server_refuses_is_said_and_the_ones_after_it_land(
    qtbot: QtBot, main_window: Callable[..., Any], team_store: Callable[..., Store]
) -> None:
    """An earlier run kept three changes; one gives a thread to Bo, who left the team
    since: at the start it is refused and said (which change, which thread, why), its line
    goes, and the two after it land, in order."""
    store = team_store(threads=20, person="Anna")
    with store.session() as s, s.begin():
        now = utcnow()
        s.add(Seat(id=BO, person="Bo", joined_at=now, last_seen_at=now, left_at=now))
    with store.engine.connect() as conn:
        a, b = (r[0] for r in conn.exec_driver_sql("SELECT id FROM threads ORDER BY id LIMIT 2"))
    seat = seat_for(store.url)
    assert seat is not None
    journal = OfflineChanges.for_seat(store.url, seat.seat_id)
    journal.keep(KeptChange("assign", a, BO))
    journal.keep(KeptChange("no_response", b))
    journal.keep(KeptChange("assign", b, seat.seat_id))
    window = main_window(store=store, show=False)
    writes = window.thread_writes
    said: list[tuple[list[int], str]] = []
    writes.failed.connect(lambda ids, text: said.append((ids, text)))
    with qtbot.waitActive(window):
        window.show()
    qtbot.waitUntil(lambda: not journal.path.exists() and not writes.pending(), timeout=20_000)
    assert [ids for ids, _text in said] == [[a]]
    text, subject = said[0][1], _subject(store, a)
    # which change, which thread (its start and its order number), why
    assert text.startswith(f"A change made while offline (assigned, “{subject[:16]}")
    assert text.endswith(
        f"{subject[-20:]}”) was not saved: the thread is gone, or that person left the team."
    )
    assert _stored(store, a)[2] is None  # nobody has it: Bo's is not half-made
    assert _stored(store, b)[1:] == ("no_response_needed", seat.seat_id)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == text)


def test_changes_asked_for_before_the_seat_knows_the_server_is_gone_are_all_on_disk(
    qtbot: QtBot,
    main_window: Callable[..., Any],
    team_store: Callable[..., Store],
    pg_cluster: PgCluster,
) -> None:
    """Three clicks right after the server stopped, before the listener noticed: the
    first finds the server away in the write lane, and the two waiting behind it are put
    on disk then too, in order (a seat killed now loses none); all land once it is back."""
    store = team_store(threads=20, person="Anna")
    window = main_window(store=store)
    tid = settle(window, qtbot)
    writes, commands, live = window.thread_writes, window.commands, window.team.live
    qtbot.waitUntil(lambda: live.online is True)
    journal = writes.journal
    assert journal is not None and not journal.path.exists()
    pg_cluster.stop()
    try:
        assert live.online is True  # (not told yet: no event has run since)
        commands.mark_read(False)
        commands.mark_no_response_needed()
        commands.mark_read(True)
        qtbot.waitUntil(lambda: len(journal.entries()) == 3, timeout=20_000)
        assert [(c.kind, c.thread_id, c.value) for c in journal.entries()] == [
            ("read", tid, False),
            ("no_response", tid, None),
            ("read", tid, True),
        ]
        assert writes.pending() == 3
        banner = window.findChild(QLabel, "teamOfflineLabel")
        qtbot.waitUntil(lambda: banner.text() == "Offline: " + writes.waiting_text(3))
        assert banner.isVisible()
    finally:
        pg_cluster.start()
    qtbot.waitUntil(lambda: writes.pending() == 0, timeout=30_000)
    assert not journal.path.exists()
    assert _stored(store, tid)[:2] == (False, "no_response_needed")
