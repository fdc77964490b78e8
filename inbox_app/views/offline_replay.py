"""A team seat's changes kept on this computer by an earlier run (services/offline_changes.py),
written again at the start: the write of one, and the sentence for one the server refuses
(which change, on which thread, and why), so a refused replay is said and the seller knows
what to do again; the changes after it still land."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from inbox_app.services.inbox import InboxService
from inbox_app.services.offline_changes import KeptChange, ReplayRefusedError
from inbox_app.views.change_text import refused_text, store_reason
from inbox_app.views.write_queue import worth_waiting

SUBJECT_CHARS = 52  # a subject longer than this loses its middle in the sentence (status bar)


def _tr(text: str) -> str:
    return QCoreApplication.translate("OfflineReplay", text)


def replay_write(change: KeptChange, service: InboxService) -> Callable[[], object]:
    """`change` written through the window's service (in the write lane); refused, it
    raises ReplayRefusedError with the thread's subject read while the lane has the server."""

    def write() -> object:
        try:
            return change.apply(service)
        except Exception as exc:
            if worth_waiting(exc):
                raise  # the server away again: kept, tried again
            raise ReplayRefusedError(change, _subject(service, change.thread_id)) from exc

    return write


def _subject(service: InboxService, thread_id: int) -> str | None:
    try:
        row = service.thread_rows([thread_id]).get(thread_id)
    except Exception:  # only to name the thread: the refusal is what is said
        return None
    return row.subject if row is not None else None


def what_text(change: KeptChange) -> str:
    """The change in a few words ("marked unread", "assigned")."""
    if change.kind == "read":
        return _tr("marked read") if change.value else _tr("marked unread")
    if change.kind == "no_response":
        return _tr("marked as no response needed")
    if change.kind == "reopen":
        return _tr("reopened")
    return _tr("assigned") if change.value else _tr("unassigned")


def replay_refused_text(exc: BaseException) -> str:
    """The sentence for a kept change the server refused at its replay."""
    from inbox_app.services.assignments import AssignError  # SQLAlchemy: not at the paint

    if not isinstance(exc, ReplayRefusedError):
        return refused_text(exc)
    cause = exc.__cause__ or exc
    if isinstance(cause, AssignError):
        reason = _tr("the thread is gone, or that person left the team.")
    else:
        reason = store_reason(cause)
    what = what_text(exc.change)
    subject = exc.subject
    if not subject:
        return _args(_tr("A change made while offline (%1) was not saved: %2"), what, reason)
    if len(subject) > SUBJECT_CHARS:  # its middle goes: the order number is at its end
        head = SUBJECT_CHARS // 2 - 4
        subject = subject[:head].rstrip() + "…" + subject[head - SUBJECT_CHARS + 1 :].lstrip()
    text = _tr("A change made while offline (%1, “%2”) was not saved: %3")
    return _args(text, what, subject, reason)


def _args(text: str, *values: str) -> str:
    """%1, %2 … in one pass (a subject with "%3" in it stays as it is)."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], text)
