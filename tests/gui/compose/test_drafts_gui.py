"""Drafts survive: the pane destroyed and rebuilt, thread switches, and a kill -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from inbox_app.services import drafts
from inbox_app.services.compose import ComposeService
from inbox_app.store.migrate import Store, open_store
from inbox_app.views.compose.pane import ComposePane
from tests.helpers.factories import make_thread, thread_state
from tests.helpers.writes import landed

TypeText = Callable[[QWidget, str], None]
ROOT = Path(__file__).resolve().parents[3]


def test_draft_restored_after_the_pane_is_destroyed_and_rebuilt(
    store: Store,
    db_path: Path,
    make_pane: Callable[..., ComposePane],
    type_text: TypeText,
    qtbot: Any,
) -> None:
    tid = make_thread(store, marketplace="DE")
    pane = make_pane(tid, save_delay_ms=700)
    pane.ui.body.setFocus()
    with qtbot.waitSignal(pane.draft_saved, timeout=3000) as saved:
        type_text(pane.ui.body, "Grüße, Ihr Paket kommt morgen. 配送")
        pane.ui.important.click()
    assert saved.args == [tid]
    assert thread_state(store, tid)[0] is True
    pane.close()
    pane.deleteLater()
    # a second store on the same file: what another process would see
    other = open_store(f"sqlite:///{db_path}")
    try:
        again = make_pane(tid, on=other)
        assert again.ui.body.toPlainText() == "Grüße, Ihr Paket kommt morgen. 配送"
        assert again.ui.subject.text().startswith("[Wichtig] ")
        assert again.ui.important.isChecked()
    finally:
        again.close()
        other.close()


def test_closing_saves_at_once(
    store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    tid = make_thread(store)
    pane = make_pane(tid, save_delay_ms=60_000)
    pane.ui.body.setPlainText("typed just before closing")
    pane.close()
    assert pane.writes.pending() == 1  # on its way at once, not after the debounce
    landed(qtbot, pane)
    draft = ComposeService(store).load_draft(tid)
    assert draft is not None and draft.body == "typed just before closing"


def test_switching_threads_keeps_each_draft(
    store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    a, b = make_thread(store), make_thread(store)
    pane = make_pane(a, save_delay_ms=60_000)
    pane.ui.body.setPlainText("draft for A")
    pane.set_thread(b)
    assert pane.ui.body.toPlainText() == ""
    pane.ui.body.setPlainText("draft for B")
    pane.set_thread(a)
    assert pane.ui.body.toPlainText() == "draft for A"
    pane.set_thread(b)
    assert pane.ui.body.toPlainText() == "draft for B"
    landed(qtbot, pane)
    assert thread_state(store, a)[0] and thread_state(store, b)[0]


def test_emptying_a_draft_removes_it(
    store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    tid = make_thread(store)
    pane = make_pane(tid)
    with qtbot.waitSignal(pane.draft_saved, timeout=3000):
        pane.ui.body.setPlainText("something")
    with qtbot.waitSignal(pane.draft_saved, timeout=3000):
        pane.ui.body.setPlainText("")
    assert ComposeService(store).load_draft(tid) is None
    assert thread_state(store, tid)[0] is False


CHILD = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["QT_LOGGING_RULES"] = "qt.qpa.*=false"
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    from inbox_app.services.compose import ComposeService
    from inbox_app.store.migrate import open_store
    from inbox_app.views.compose.pane import ComposePane
    from inbox_app.views.task_runner import TaskRunner

    app = QApplication([])
    store = open_store("sqlite:///" + sys.argv[1])
    pane = ComposePane(ComposeService(store), runner=TaskRunner())  # the real debounce: 700 ms
    pane.show()
    pane.set_thread(int(sys.argv[2]))
    pane.ui.body.setFocus()
    NO = Qt.KeyboardModifier.NoModifier
    for ch in "Rückerstattung läuft, Paket unterwegs.":
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(pane.ui.body, QKeyEvent(kind, 0, NO, ch))
    def saved(thread_id):
        print("saved", flush=True)
    pane.draft_saved.connect(saved)
    QTimer.singleShot(20_000, app.quit)  # never hang the suite
    app.exec()
    """
)


def test_draft_survives_kill_9(store: Store, db_path: Path) -> None:
    tid = make_thread(store)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    python = ROOT / ".venv" / "bin" / "python"
    child = subprocess.Popen(
        [str(python if python.exists() else sys.executable), "-c", CHILD, str(db_path), str(tid)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()  # blocks until the child saved (or died)
        assert line.strip() == "saved"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    reopened = open_store(f"sqlite:///{db_path}")
    try:
        draft = ComposeService(reopened).load_draft(tid)
        assert draft is not None
        assert draft.body == "Rückerstattung läuft, Paket unterwegs."
        with reopened.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        reopened.close()


def test_one_editor_per_draft(store: Store, make_pane: Callable[..., ComposePane]) -> None:
    tid = make_thread(store)
    first = make_pane(tid, save_delay_ms=60_000)
    first.ui.body.setPlainText("typed in the first pane")
    second = make_pane(tid)  # the same thread opened elsewhere
    assert second.ui.body.toPlainText() == "typed in the first pane"
    assert first.thread_id is None  # released, its text saved
    assert "another window" in first.ui.status.text()


def test_saving_while_a_reopened_draft_rescans_keeps_its_files(
    store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    import os as _os

    tid = make_thread(store)
    note = ComposeService(store).stash_attachment(
        "note.txt", b"unique " + _os.urandom(16).hex().encode()
    )
    ComposeService(store).save_draft(
        tid, drafts.DraftContent("Re: x", "first words", attachments=[note])
    )
    pane = make_pane(tid, save_delay_ms=60_000)
    pane.ui.body.setPlainText("first words, and more")  # before the rescan finished
    assert not pane.save_now()  # on its way
    landed(qtbot, pane)
    draft = ComposeService(store).load_draft(tid)
    assert draft is not None and [a.filename for a in draft.attachments] == ["note.txt"]


def test_a_failed_save_is_retried_and_the_text_kept(
    store: Store, make_pane: Callable[..., ComposePane], monkeypatch: Any, qtbot: Any
) -> None:
    tid = make_thread(store)
    pane = make_pane(tid)
    real = drafts.save_draft
    calls: list[int] = []

    def flaky(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise drafts.DraftError("database is locked")
        return real(*args, **kwargs)

    monkeypatch.setattr(drafts, "save_draft", flaky)
    pane.ui.body.setPlainText("kept through a locked database")
    assert not pane.save_now()
    qtbot.waitUntil(lambda: "not saved yet" in pane.ui.status.text())
    assert pane.ui.save_state.text() == "Not saved"
    with qtbot.waitSignal(pane.draft_saved, timeout=5000):
        pass  # retried by the timer
    assert pane.save_timer.interval() == 60  # back to the normal debounce
    draft = ComposeService(store).load_draft(tid)
    assert draft is not None and draft.body == "kept through a locked database"
