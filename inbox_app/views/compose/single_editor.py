"""One editor per draft: the main window's pane and a "Contact buyer" window never edit
the same thread's draft at once (the second takes over after the first has saved)."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from inbox_app.views.compose.pane import ComposePane

_EDITORS: weakref.WeakValueDictionary[tuple[str, int], ComposePane] = weakref.WeakValueDictionary()


def claim(pane: ComposePane, thread_id: int | None) -> None:
    """`pane` now edits `thread_id`'s draft (None: no draft); any other editor of it saves
    and lets go, showing why."""
    key = (pane.store.url, thread_id or 0)
    for held, holder in list(_EDITORS.items()):
        if holder is pane and held != key:
            del _EDITORS[held]
    if thread_id is None:
        return
    other = _EDITORS.get(key)
    if other is not None and other is not pane and shiboken6.isValid(other):
        other.flush()  # its text is in the store before `pane` loads the draft
        other.set_thread(None)
        other.ui.status.setText(
            QCoreApplication.translate("ComposePane", "This draft is open in another window.")
        )
    _EDITORS[key] = pane
