"""Waiting in a test for the window's writes (views/write_queue.py: drafts, Send, undo) to
land: they run in the runner's write lane, off the GUI thread, and answer on it."""

from __future__ import annotations

from typing import Any

from inbox_app.views.write_queue import WriteQueue


def queue_of(where: Any) -> WriteQueue:
    """The WriteQueue of a window, a compose pane or a queue itself."""
    if isinstance(where, WriteQueue):
        return where
    found = getattr(where, "writes", None)
    assert isinstance(found, WriteQueue), f"no write queue on {where!r}"
    return found


def landed(qtbot: Any, where: Any, timeout: int = 10_000) -> None:
    """Wait until every write asked of `where` has run and its answer is in."""
    writes = queue_of(where)
    qtbot.waitUntil(lambda: writes.pending() == 0, timeout=timeout)


def save_landed(qtbot: Any, pane: Any, timeout: int = 10_000) -> bool:
    """Save the compose pane's draft now and wait for the answer: True when the store has
    what is on screen (False: a conflict to settle, or it was not saved)."""
    pane.save_now()
    landed(qtbot, pane, timeout)
    return bool(pane.save_now())
