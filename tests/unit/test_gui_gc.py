"""Cyclic garbage is collected on the GUI thread, never on a pool thread that allocates
(a widget freed off the GUI thread crashes the process)."""

from __future__ import annotations

import gc
import threading
from typing import Any, ClassVar

from pytestqt.qtbot import QtBot

from inbox_app.gui_gc import GuiThreadCollector, collect_due


class _Cycle:
    """Half of a reference cycle that says which thread frees it."""

    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.other: Any = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


_kept: list[list[object]] = []  # what the worker allocated, alive until the test ends


def _allocate_in_a_worker() -> None:
    def work() -> None:
        _Cycle()  # unreachable at once: only a collection frees it
        _kept.append([[] for _ in range(5000)])  # past any generation-0 threshold

    worker = threading.Thread(target=work, name="pool-thread")
    worker.start()
    worker.join()


def test_a_pool_thread_never_collects_and_the_gui_thread_does(qtbot: QtBot) -> None:
    threshold = gc.get_threshold()
    was_enabled = gc.isenabled()
    gc.enable()
    gc.collect()
    try:
        _Cycle.freed_on.clear()
        _allocate_in_a_worker()  # automatic collection: the worker frees the cycle
        assert _Cycle.freed_on == ["pool-thread"]
        gc.collect()
        _Cycle.freed_on.clear()
        collector = GuiThreadCollector(interval_ms=20)
        assert not gc.isenabled()
        _allocate_in_a_worker()
        assert _Cycle.freed_on == []  # the worker allocated past the threshold: kept
        qtbot.waitUntil(lambda: _Cycle.freed_on == ["MainThread"], timeout=5000)
        collector.stop()
        assert gc.isenabled()
    finally:
        _kept.clear()
        gc.set_threshold(*threshold)
        if not was_enabled:
            gc.disable()


def test_collect_due_collects_only_past_a_threshold() -> None:
    gc.collect()
    _Cycle.freed_on.clear()
    _Cycle()
    assert collect_due((10**9, 10, 10)) == 0 and _Cycle.freed_on == []
    assert collect_due((0, 10**9, 10**9)) >= 1 and _Cycle.freed_on == ["MainThread"]
