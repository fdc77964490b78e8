"""The sentences of a thread change the store did not take (views/thread_writes.py and
the kept changes replayed at a team seat's start, views/offline_replay.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("ThreadWrites", text)


def not_saved_text(reason: str) -> str:
    """The sentence for a change the store did not take (the rows are put back)."""
    return _tr("Change not saved: %1 The thread is as it was.").replace("%1", reason)


def store_reason(exc: BaseException) -> str:
    """Why a write failed, in one sentence (never SQL)."""
    from inbox_app.models.store_text import store_fault_text

    return store_fault_text(exc) or _tr("the store could not be written.")


def refused_text(exc: BaseException) -> str:
    """The default sentence for a change the store refused."""
    return not_saved_text(store_reason(exc))
