"""Why a thread's reply has not left, in one line for the Outbox and the list's tooltip:
waiting for its turn, waiting to retry (offline, the server said "try later"), refused
by the server or held by the checker (with its sentence), or perhaps sent already."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inbox_app.store.rows import ThreadRow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Outbox", text)


def outbox_reason(row: ThreadRow) -> str | None:
    """The reason line for a thread with an unsent reply; None when nothing waits."""
    state, why = row.outbox_state, " ".join((row.outbox_reason or "").split())
    if state is None:
        return None
    if state == "sending":
        return _tr("Sending now…")
    if state == "unknown":
        text = _tr("May have been sent: the connection dropped while sending. Check Sent "
                   "before sending it again.")  # fmt: skip
        return f"{text} ({why})" if why else text
    if state == "failed":
        if why:
            return _tr("Not sent: %1").replace("%1", why)
        return _tr("Not sent, and no reason was recorded: open it to edit it or send it again.")
    if why:  # queued again after a failed try: offline, or the server said "later"
        return _tr("Waiting to try again: %1").replace("%1", why)
    return _tr("Waiting to be sent (with the next send).")
