"""One editor per draft: the main window's pane and a "Contact buyer" window never edit the
same thread's draft at once. One `DraftLock` per store is built with the window and handed
to every pane over it (no process-wide registry)."""

from __future__ import annotations

import weakref
from typing import Protocol

import shiboken6


class DraftEditor(Protocol):
    def release_draft(self) -> None:
        """Save what is on screen and let the draft go (another editor takes it)."""


class DraftLock:
    """Which editor holds which thread's draft; a new claim makes the holder let go."""

    def __init__(self) -> None:
        self._holders: weakref.WeakValueDictionary[int, DraftEditor] = weakref.WeakValueDictionary()

    def claim(self, editor: DraftEditor, thread_id: int | None) -> None:
        """`editor` now edits `thread_id`'s draft (None: no draft). Any other editor of it
        saves first (its text is in the store before `editor` loads the draft)."""
        for held, holder in list(self._holders.items()):
            if holder is editor and held != thread_id:
                del self._holders[held]
        if thread_id is None:
            return
        other = self._holders.get(thread_id)
        if other is not None and other is not editor and shiboken6.isValid(other):
            other.release_draft()
        self._holders[thread_id] = editor

    def holder(self, thread_id: int) -> DraftEditor | None:
        return self._holders.get(thread_id)
