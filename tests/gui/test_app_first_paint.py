"""Start-up after a crash and the first paint: the window paints from a preview while the
store file is verified, and adopts the verified store or refuses it."""

from __future__ import annotations

from pathlib import Path

from inbox_app import app


def _fake_loop(monkeypatch, body):
    """Replace QApplication.exec (a real exec/exit would leave Qt's quit flag set for the
    event loops of later tests) and QApplication.exit with recorders."""
    from PySide6.QtWidgets import QApplication

    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    monkeypatch.setattr(QApplication, "exec", lambda self: body())
    return exits


def _visible_window():
    from PySide6.QtWidgets import QApplication

    return next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "mainWindow" and w.isVisible()
    )


def _delete_later_now() -> None:
    """run() ends with window.deleteLater(): delete it now, so none of its timers fires
    in a later test (there is no event loop after a faked exec)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _crash_while_open(path: str) -> None:
    """A real process opens the store and is killed with it open (an unclean shutdown)."""
    import signal
    import subprocess
    import sys

    code = (
        "import os, signal, sys\n"
        "from inbox_app.store.migrate import open_store\n"
        "open_store('sqlite:///' + sys.argv[1])\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, path], check=False, timeout=120)
    assert done.returncode == -signal.SIGKILL


def test_after_a_crash_the_first_page_shows_from_a_preview_while_the_file_is_verified(
    qapp, qtbot, demo_store, monkeypatch
):
    import threading

    import inbox_app.store.migrate as migrate

    store = demo_store(threads=300)
    path = store.url.removeprefix("sqlite:///")
    store.close()
    _crash_while_open(path)  # so the whole file is checked, behind the preview
    release = threading.Event()
    real_check = migrate.check_sqlite_file

    def slow_check(p):
        release.wait(10)
        real_check(p)

    monkeypatch.setattr(migrate, "check_sqlite_file", slow_check)
    seen = {}

    def body() -> int:
        w = _visible_window()
        seen["rows"] = w.models.threads.rowCount()
        seen["pending"] = w.service._pending is not None
        release.set()
        qtbot.waitUntil(lambda: w.service._pending is None, timeout=10000)
        tid = w.current_thread_id()
        w.service.mark_read(tid, False)  # a write goes to the verified store
        seen["unread"] = w.service.thread_detail(tid).thread.unread
        return 0

    exits = _fake_loop(monkeypatch, body)
    assert app.run(db=path, demo=False) == 0
    assert seen["rows"] > 0 and seen["pending"] and seen["unread"]
    assert exits == []


def test_damage_found_after_a_crash_and_the_preview_closes_the_window_with_exit_2(
    qapp, qtbot, demo_store, monkeypatch, shown_errors
):
    import threading

    import inbox_app.store.migrate as migrate
    from inbox_app.store.errors import NotADatabaseError

    store = demo_store(threads=300)
    path = store.url.removeprefix("sqlite:///")
    store.close()
    _crash_while_open(path)  # so the whole file is checked, behind the preview
    release = threading.Event()

    def failing_check(p):
        release.wait(10)
        raise NotADatabaseError("the file is damaged (test)")

    monkeypatch.setattr(migrate, "check_sqlite_file", failing_check)

    def body() -> int:
        w = _visible_window()
        w.commands.read_timer.stop()  # no auto mark-read racing the failing check
        release.set()
        qtbot.waitUntil(lambda: not w.isVisible(), timeout=10000)
        return 0

    exits = _fake_loop(monkeypatch, body)
    assert app.run(db=path, demo=False) == app.EXIT_STORE_ERROR
    _delete_later_now()
    assert shown_errors == ["the file is damaged (test)"]
    qtbot.waitUntil(lambda: exits == [app.EXIT_STORE_ERROR])


def _store_file(demo_store) -> str:
    store = demo_store(threads=300)
    path = store.url.removeprefix("sqlite:///")
    store.close()
    return path


def _spy_verified_opens(monkeypatch) -> list[str]:
    """The urls the verified open was started on (the real open still runs). The gate's
    fallback timeout is pushed out of reach: only the first paint opens it here."""
    import inbox_app.store.migrate as migrate
    from inbox_app import first_paint, store_opening

    monkeypatch.setattr(store_opening, "GATE_TIMEOUT_S", 60.0)
    monkeypatch.setattr(first_paint, "GATE_TIMEOUT_S", 60.0)
    started: list[str] = []
    real_open = migrate.open_store

    def spy(url, **kwargs):
        started.append(url)
        return real_open(url, **kwargs)

    monkeypatch.setattr(migrate, "open_store", spy)
    return started


def test_a_normal_start_paints_from_the_preview_then_adopts_the_verified_store(
    qapp, qtbot, demo_store, monkeypatch
):
    import inbox_app.store.migrate as migrate

    path = _store_file(demo_store)  # closed cleanly: no whole-file check is due
    checks: list[object] = []
    monkeypatch.setattr(migrate, "check_sqlite_file", checks.append)
    started = _spy_verified_opens(monkeypatch)
    seen = {}

    def body() -> int:
        w = _visible_window()
        seen["rows"] = w.models.threads.rowCount()
        seen["pending"] = w.service._pending is not None  # reads come from the preview
        seen["opens before the paint"] = list(started)
        seen["compose before"] = w.compose
        # the first paint opens the gate: the verified open runs, the panes are built
        qtbot.waitUntil(lambda: w.service.verified and w.compose is not None, timeout=10000)
        qtbot.waitUntil(lambda: w.counts.latest is not None, timeout=10000)  # recounted
        tid = w.current_thread_id()
        w.service.mark_read(tid, False)  # a write goes to the verified store
        seen["unread"] = w.service.thread_detail(tid).thread.unread
        return 0

    exits = _fake_loop(monkeypatch, body)
    assert app.run(db=path, demo=False) == 0
    assert seen["rows"] > 0 and seen["pending"] is True
    assert seen["opens before the paint"] == [] and len(started) == 1
    assert seen["compose before"] is None and seen["unread"] is True
    assert checks == [] and exits == []
    assert not list(Path(path).parent.glob(Path(path).name + "-open-*")), "clean exit"
    _delete_later_now()


def test_a_store_the_verified_open_refuses_after_the_preview_is_refused_unwritten(
    qapp, qtbot, demo_store, monkeypatch, shown_errors
):
    # the preview paints, then the verified open finds the file cannot be written: the
    # refusal is shown, the window closes, exit code 2, and no write reaches the file
    import hashlib
    import sqlite3

    import inbox_app.store.migrate as migrate
    from inbox_app.store.errors import KnownStoreError, ReadOnlyStoreError

    path = _store_file(demo_store)
    started = _spy_verified_opens(monkeypatch)
    refusal = "the store cannot be written (test)"

    def refuse(_engine):
        raise ReadOnlyStoreError(refusal)

    monkeypatch.setattr(migrate, "seed_reference_data", refuse)

    def unread() -> int:
        con = sqlite3.connect(path)
        try:
            return int(con.execute("SELECT count(*) FROM threads WHERE unread").fetchone()[0])
        finally:
            con.close()

    before = hashlib.sha256(Path(path).read_bytes()).hexdigest(), unread()
    seen = {}

    def body() -> int:
        w = _visible_window()
        w.commands.read_timer.stop()  # (the explicit write below is the one tried)
        seen["rows"] = w.models.threads.rowCount()
        seen["opens before the paint"] = list(started)
        qtbot.waitUntil(lambda: not w.isVisible(), timeout=10000)
        try:
            w.service.mark_read(w.current_thread_id(), True)
        except KnownStoreError as exc:
            seen["write"] = str(exc)
        seen["compose"] = w.compose
        return 0

    exits = _fake_loop(monkeypatch, body)
    assert app.run(db=path, demo=False) == app.EXIT_STORE_ERROR
    _delete_later_now()
    assert seen["rows"] > 0 and seen["opens before the paint"] == []
    assert shown_errors == [refusal] and seen["write"] == refusal
    assert seen["compose"] is None, "no pane that writes was built over the refused store"
    qtbot.waitUntil(lambda: exits == [app.EXIT_STORE_ERROR])
    assert (hashlib.sha256(Path(path).read_bytes()).hexdigest(), unread()) == before


def test_a_store_with_a_damaged_version_record_is_refused_before_any_window(
    qapp, demo_store, monkeypatch, shown_errors
):
    # the preview reads only a store it can tell is ours with one version record; this
    # one goes to the verified open first, which refuses it before a window exists
    import sqlite3

    from PySide6.QtWidgets import QApplication

    path = _store_file(demo_store)
    con = sqlite3.connect(path)
    con.execute("INSERT INTO alembic_version (version_num) VALUES ('0001')")
    con.commit()
    con.close()
    windows: list[object] = []
    monkeypatch.setattr(QApplication, "exec", lambda self: windows.append(1) or 0)
    assert app.run(db=path, demo=False) == app.EXIT_STORE_ERROR
    assert windows == [] and len(shown_errors) == 1
    assert "damaged schema version record" in shown_errors[0]


def test_the_first_page_is_painted_before_the_writing_panes_are_built(
    qapp, qtbot, demo_store, monkeypatch
):
    from inbox_app.services import policy_checks

    monkeypatch.setattr(policy_checks, "_warm_up", policy_checks._WarmUp())
    store = demo_store(threads=300)
    path = store.url.removeprefix("sqlite:///")
    store.close()
    seen = {}

    def body() -> int:
        w = _visible_window()
        seen["rows"] = w.models.threads.rowCount()
        seen["compose at show"] = w.compose
        seen["mail at show"] = w.mail
        # the first paint releases them: the compose pane, the Mail menu, the rule set
        qtbot.waitUntil(lambda: w.compose is not None and w.mail is not None, timeout=10000)
        qtbot.waitUntil(policy_checks._warm_up.ready.is_set, timeout=20000)
        seen["mail menu"] = w.mail.menu.menuAction() in w.menuBar().actions()
        return 0

    exits = _fake_loop(monkeypatch, body)
    assert app.run(db=path, demo=False) == 0
    assert seen["rows"] > 0
    assert seen["compose at show"] is None and seen["mail at show"] is None
    assert seen["mail menu"]
    assert exits == []
    _delete_later_now()


def test_quitting_right_after_the_first_paint_waits_for_the_rule_sets_warm_up(
    qapp, qtbot, demo_store, monkeypatch
):
    """A seller who quits within a second of the start: the warm-up thread (compiling
    patterns, importing the sniffers) has ended before run() returns, so it is never
    caught mid-import by the interpreter's teardown (that aborts the process)."""
    import threading

    from inbox_app.services import policy_checks

    warm_up = policy_checks._WarmUp()
    monkeypatch.setattr(policy_checks, "_warm_up", warm_up)
    release = threading.Event()
    built = threading.Event()
    real_build = warm_up.build

    def slow_build() -> None:
        release.wait(30)  # still building when the window quits
        real_build()
        built.set()

    monkeypatch.setattr(warm_up, "build", slow_build)
    store = demo_store(threads=50)
    path = store.url.removeprefix("sqlite:///")
    store.close()

    def body() -> int:
        qtbot.waitUntil(lambda: warm_up.thread is not None, timeout=10000)
        threading.Timer(0.3, release.set).start()
        return 0  # quit while the warm-up runs

    _fake_loop(monkeypatch, body)
    assert app.run(db=path, demo=False) == 0
    assert warm_up.thread is not None and not warm_up.thread.is_alive()
    assert built.is_set()
    _delete_later_now()


BEFORE_THE_FIRST_PAGE = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
app = QApplication(sys.argv[:1])
from inbox_app.app import create_window
w = create_window(sys.argv[1], hold_panes=True)
w.show()
deadline = time.monotonic() + 30
while w.models.threads.rowCount() == 0 and time.monotonic() < deadline:
    QTest.qWait(20)
w.ui.threads_view.viewport().repaint()
HEAVY = ("httpx", "imapclient", "PIL", "magic", "inbox_app.amazon.client",
         "inbox_app.policy.engine", "inbox_app.views.compose.pane", "inbox_app.views.amazon_window",
         "inbox_app.views.message_card", "inbox_app.views.safe_html", "nh3")
print("ROWS", w.models.threads.rowCount())
print("BEFORE", [m for m in HEAVY if m in sys.modules])
print("HELD", w.current_thread_id() is not None, w.current_thread() is None, len(w.ui.conversation.cards()))
w.release_panes()
while w.compose is None and time.monotonic() < deadline:
    QTest.qWait(20)
print("AFTER", [m for m in HEAVY if m in sys.modules])
print("SHOWN", w.current_thread() is not None and w.current_thread().id == w.current_thread_id(), len(w.ui.conversation.cards()) > 0)
w.close()
"""


def test_the_first_page_waits_for_neither_the_checker_nor_the_amazon_client(demo_store, tmp_path):
    # each is a tenth of a second or more of imports: the window's shell reached the Amazon
    # window (its dialogs, the compose pane) by its class, and the rule set's warm-up the
    # rule engine; they load with the panes built after the first paint (the clients and
    # file parsers later still: tests/gui/test_window_imports.py)
    import os
    import subprocess
    import sys

    store = demo_store(threads=60)
    url = store.url
    store.close()
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", BEFORE_THE_FIRST_PAGE, url],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=root,
        # its own settings: a view remembered by another run could show no rows
        env={**os.environ, "PYTHONPATH": str(root), "XDG_CONFIG_HOME": str(tmp_path / "cfg")},
        check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
    assert int(lines["ROWS"]) > 0
    assert lines["BEFORE"] == "[]", lines["BEFORE"]
    after = lines["AFTER"]
    assert "inbox_app.views.compose.pane" in after and "inbox_app.views.amazon_window" in after
    # the current thread is chosen in the list before the first page, but its conversation
    # (the message cards, their safe-HTML modules) is read and built after it
    assert lines["HELD"] == "True True 0", lines["HELD"]
    assert "inbox_app.views.message_card" in after
    assert lines["SHOWN"] == "True True", lines["SHOWN"]
