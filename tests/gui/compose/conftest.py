"""Compose-pane fixtures: a pane over a real store, file drops as real Qt events."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication

from inbox_app.services.compose import ComposeService
from inbox_app.store.migrate import Store
from inbox_app.views.compose.draft_lock import DraftLock
from inbox_app.views.compose.pane import ComposePane
from inbox_app.views.task_runner import TaskRunner
from inbox_app.views.write_queue import LANE, WriteQueue
from tests.helpers.runner import with_own_runner


@pytest.fixture
def make_pane(qtbot: Any, store: Store) -> Iterator[Callable[..., ComposePane]]:
    """`make_pane(thread_id, **kwargs)`: a shown ComposePane on the test's store; the
    panes of one test on one store share one draft lock and one write queue (its lane in
    a runner of the test's), as the panes of one window do."""
    panes: list[ComposePane] = []
    lock = DraftLock()
    runner = TaskRunner()
    queues: dict[int, WriteQueue] = {}

    def make(
        thread_id: int | None = None,
        *,
        on: Store | None = None,
        own_writes: bool = False,
        **kwargs: Any,
    ) -> ComposePane:
        kwargs.setdefault("save_delay_ms", 60)
        kwargs.setdefault("check_delay_ms", 30)
        kwargs.setdefault("draft_lock", lock)
        target = on or store
        if own_writes:  # another window (of another process): its own queue and lane
            kwargs["writes"] = queues[id(kwargs)] = WriteQueue(lane=TaskRunner().lane(LANE))
        elif "writes" not in kwargs:
            if id(target) not in queues:
                queues[id(target)] = WriteQueue(lane=runner.lane(LANE))
            kwargs["writes"] = queues[id(target)]
        service = ComposeService(target)
        pane = with_own_runner(lambda runner: ComposePane(service, runner=runner, **kwargs))
        pane.resize(760, 620)
        panes.append(pane)
        with qtbot.waitExposed(pane):
            pane.show()
        with qtbot.waitActive(pane):
            pane.activateWindow()
        if thread_id is not None:
            pane.set_thread(thread_id)
        return pane

    yield make
    for pane in panes:
        if not shiboken6.isValid(pane):
            continue  # the test deleted it
        pane.attachments.wait()
        pane.close()
        pane.deleteLater()
    for queue in queues.values():
        queue.close(10_000)
    QApplication.processEvents()
