"""What every screenshot script needs: let Qt's event loop run for a while, or until a
condition holds (the scripts drive a real window without pytest-qt's qtbot)."""

from __future__ import annotations

import time
from collections.abc import Callable


def pump(seconds: float = 0.3) -> None:
    """Process events for `seconds` (timers, workers' results, repaints)."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def until(cond: Callable[[], object], seconds: float = 10.0) -> bool:
    """Process events until `cond()` holds or `seconds` pass; True when it held."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if cond():
            return True
        pump(0.05)
    return bool(cond())
