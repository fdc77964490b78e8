"""The one task runner of the views: callbacks on the GUI thread, failures to on_failed,
and a task that outlives its runner (the window closed) ends quietly."""

from __future__ import annotations

import threading
from typing import Any

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
