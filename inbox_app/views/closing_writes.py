"""Closing a window with writes on their way (a draft's save, Send, a thread's change):
each is tried once more and waited for a bounded time, with the reason on screen; a
draft that still did not land is kept on this computer (a team seat), never dropped."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStatusBar

from inbox_app.views.thread_writes import ThreadWrites
from inbox_app.views.write_queue import WriteQueue

CLOSE_WAIT_MS = 5000


class Drafts(Protocol):
    """The compose pane (views/compose/pane.py)."""

    def leave(self) -> None: ...
    def finish_saving(self, msecs: int) -> bool: ...


def closing_text() -> str:
    return QCoreApplication.translate(
        "MainWindow", "Saving your draft and changes before the window closes…"
    )


def finish_writes(
    compose: Drafts | None,
    writes: WriteQueue,
    thread_writes: ThreadWrites,
    bar: QStatusBar,
    msecs: int = CLOSE_WAIT_MS,
) -> bool:
    """True when everything landed within `msecs` (twice that at most in all)."""
    if compose is not None:
        compose.leave()  # the text on screen goes on its way first
    if writes.pending() or thread_writes.pending():
        bar.showMessage(closing_text())
        bar.repaint()  # the reason is on screen before the wait
    drafts = compose.finish_saving(msecs) if compose is not None else writes.close(msecs)
    return thread_writes.close(msecs) and drafts
