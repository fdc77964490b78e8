"""Python's cyclic garbage collector runs on the GUI thread only.

An automatic collection runs on whichever thread happens to allocate when a threshold is
crossed: a pool thread (a keyring check, a store read) then frees the unreachable cycles
of the whole process, Qt widgets and their wrappers among them, and a widget destroyed
off the GUI thread crashes the process (seen in the test suite: a segfault while a
TaskRunner task was "Garbage-collecting"). So automatic collection is off and the GUI
thread collects, by the same generation thresholds, on a timer and when asked
(`collect_due`). The pattern of pyqtgraph's, Spyder's and GitFourchette's
GarbageCollector.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


def collect_due(threshold: tuple[int, int, int]) -> int:
    """Collect the generations whose counts passed `threshold` (gc.get_threshold()'s
    values when automatic collection was on); how many objects were unreachable."""
    count0, count1, count2 = gc.get_count()
    if count0 <= threshold[0]:
        return 0
    generation = 0
    if count1 > threshold[1]:
        generation = 2 if count2 > threshold[2] else 1
    return gc.collect(generation)


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects on the thread it lives in (the GUI
    thread's event loop) every INTERVAL_MS. `stop()` turns automatic collection on again."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> int:
        return collect_due(self.threshold)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
