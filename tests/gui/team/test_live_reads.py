"""LiveReads over what it is given (no window): another seat's change is read on the
runner and applied to the rows and the open conversation, but for a thread this seat
still has a change waiting for; then it says so through its two signals."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from pytestqt.qtbot import QtBot

from inbox_app.views.task_runner import TaskRunner
from inbox_app.views.team.live_reads import LiveReads


class _Service:
    def __init__(self) -> None:
        self.threads: list[str] = []

    def thread_rows(self, ids: list[int]) -> Mapping[int, Any]:
        self.threads.append(threading.current_thread().name)
        return {i: f"row {i}" for i in ids}

    def thread_detail(self, thread_id: int) -> Any:
        return f"detail {thread_id}"


class _Rows:
    def __init__(self) -> None:
        self.applied: list[dict[int, Any]] = []

    def apply_rows(self, fresh: Mapping[int, Any], /) -> None:
        self.applied.append(dict(fresh))


class _Conversation:
    def __init__(self) -> None:
        self.shown: list[tuple[int, Any]] = []

    def show_current(self, tid: int, detail: Any, /) -> None:
        self.shown.append((tid, detail))


def test_rows_and_the_open_thread_are_applied_but_a_held_thread_is_not(qtbot: QtBot) -> None:
    service, rows, conversation = _Service(), _Rows(), _Conversation()
    held: set[int] = {3}
    runner = TaskRunner(max_threads=1)
    reads = LiveReads(
        service,
        runner,
        current_thread=lambda: 2,
        held=lambda: held,
        rows=rows,
        conversation=conversation,
    )
    stale: list[bool] = []
    reads.counts_stale.connect(lambda: stale.append(True))
    with qtbot.waitSignal(reads.updated, timeout=5000) as updated:
        reads.changed([1, 2, 3])
    assert updated.args == [[1, 2, 3]]
    assert rows.applied == [{1: "row 1", 2: "row 2"}]  # 3: this seat's change is waiting
    assert conversation.shown == [(2, "detail 2")]
    assert stale == [True]
    assert service.threads and threading.main_thread().name not in service.threads
    held.clear()  # the open thread held: its detail stays as this seat shows it
    held.add(2)
    with qtbot.waitSignal(reads.updated, timeout=5000):
        reads.changed([2])
    assert rows.applied[-1] == {} and conversation.shown == [(2, "detail 2")]
    runner.wait()
