"""The one task runner of the views: callbacks on the GUI thread, failures to on_failed,
and a task that outlives its runner (the window closed) ends quietly."""

from __future__ import annotations

import threading
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QThread

from inbox_app.views.task_runner import TaskRunner


def test_results_and_failures_come_back_on_the_gui_thread(qtbot: Any) -> None:
    runner = TaskRunner()
    gui = QThread.currentThread()
    seen: list[tuple[str, object, bool]] = []
    runner.run(
        lambda _t: 6 * 7,
        on_done=lambda r: seen.append(("done", r, QThread.currentThread() is gui)),
    )
    runner.run(
        lambda _t: 1 / 0,
        on_failed=lambda e: seen.append(("failed", type(e), QThread.currentThread() is gui)),
    )
    qtbot.waitUntil(lambda: len(seen) == 2 and not runner.busy())
    assert sorted(seen, key=str) == [("done", 42, True), ("failed", ZeroDivisionError, True)]
    runner.deleteLater()


def test_a_task_that_ends_after_its_runner_is_deleted_raises_nothing(qtbot: Any) -> None:
    runner = TaskRunner()
    started, release = threading.Event(), threading.Event()

    def work(task: Any) -> int:
        started.set()
        release.wait(10)
        task.report(1, 1)
        return 1

    task = runner.run(work, on_done=lambda _r: None)
    assert started.wait(10)
    threading.Timer(0.05, release.set).start()
    shiboken6.delete(runner)  # the window closed while the task ran (the pool waits for it)
    assert task.wait(10)
    assert not shiboken6.isValid(runner)


def test_long_work_in_a_lane_holds_none_of_the_runners_threads(qtbot: Any) -> None:
    """The Amazon sync runs in the window runner's one-thread lane: while it runs, the
    runner's own threads still answer (the counts, a dialog's check)."""
    runner = TaskRunner(max_threads=1)
    lane = runner.lane("sync")
    assert runner.lane("sync") is lane and lane.parent() is runner
    release = threading.Event()
    seen: list[str] = []
    lane.run(lambda _t: release.wait(10), on_done=lambda _r: seen.append("sync"))
    runner.run(lambda _t: "count", on_done=seen.append)
    qtbot.waitUntil(lambda: seen == ["count"])
    release.set()
    qtbot.waitUntil(lambda: seen == ["count", "sync"])
    runner.deleteLater()


DELETE_WHILE_RUNNING = r"""
import os, sys, threading, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QWidget
from inbox_app.views.task_runner import TaskRunner
app = QApplication(sys.argv[:1])
window = QWidget()
runner = TaskRunner(parent=window)
started = threading.Event()

def work(task):
    started.set()
    time.sleep(0.3)  # the window is deleted meanwhile
    return sum(range(200_000))  # then Python work: this thread needs the GIL to finish

runner.run(work)
started.wait(5)
window.deleteLater()
# the deletion runs inside a Qt call that keeps the GIL (as pytest-qt's waitActive does)
from PySide6.QtTest import QTest
other = QWidget()
other.show()
QTest.qWaitForWindowActive(other, 2000)
print("DELETED", flush=True)
"""


def test_deleting_a_window_while_its_task_runs_does_not_hang(tmp_path: Any) -> None:
    # a pool deleted as the window's child waited for its task with the GIL held
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", DELETE_WHILE_RUNNING],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=root,
        env={**__import__("os").environ, "PYTHONPATH": str(root)},
        check=False,
    )
    assert "DELETED" in out.stdout, out.stderr[-2000:]
    assert out.returncode == 0, out.stderr[-2000:]


EXIT_WHILE_RUNNING = r"""
import os, sys, threading, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from inbox_app.views import task_runner
app = QApplication(sys.argv[:1])
runner = task_runner.TaskRunner()
started = threading.Event()

def work(task):
    started.set()
    time.sleep(0.4)  # the process is ending meanwhile
    return 1

runner.run(work, on_done=lambda r: None)
started.wait(5)
if sys.argv[1:] == ["drain"]:  # what the app does once its event loop has ended
    print("DRAINED", task_runner.drain(5000), flush=True)
print("EXITING", flush=True)
"""


@pytest.mark.parametrize("drain", [True, False], ids=["drained", "not-drained"])
def test_a_task_still_running_at_exit_prints_no_traceback(drain: bool) -> None:
    # the interpreter's teardown dropped the pool's emitter while a task still ran: its
    # emit raised "Signal source has been deleted" on stderr (seen in a packaging smoke run)
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", EXIT_WHILE_RUNNING, *(["drain"] if drain else [])],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert "EXITING" in out.stdout
    assert "Traceback" not in out.stderr, out.stderr[-2000:]
    if drain:
        assert "DRAINED True" in out.stdout
