"""Send = queue (after one confirmation for warnings), undo within the window, a failed
message back to the draft, and the seller's resolution of "may have been sent"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from sqlalchemy.exc import SQLAlchemyError

from inbox_app.services import compose_queue
from inbox_app.services.compose_queue import PolicyBlockedError, QueueError, Resolution
from inbox_app.views.compose.dialogs import ConfirmWarningsDialog

if TYPE_CHECKING:
    from inbox_app.views.compose.pane import ComposePane


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComposePane", text)


def send(pane: ComposePane) -> bool:
    info = pane.info
    if info is None:
        return False
    pane.run_check()
    if pane.blockers():
        pane.live.update_send()
        return False
    warnings = pane.findings_model.warnings()
    if warnings and not ConfirmWarningsDialog.ask(pane, warnings):
        return False
    if not pane.flush() or pane.info is None or pane.info.thread_id is None:
        return False
    info = pane.info  # a "Contact buyer" draft got its thread in flush()
    thread_id = info.thread_id
    assert thread_id is not None
    try:
        message_id = compose_queue.queue_draft(
            pane.store, thread_id, pane.undo_seconds, scans=pane.attachments.scans()
        )
    except PolicyBlockedError as exc:
        pane.findings_model.set_findings(exc.report.findings)
        pane.live.update_send()
        return False
    except (QueueError, SQLAlchemyError, OSError) as exc:
        pane.ui.status.setText(str(exc))
        return False
    pane.reload(info, sent=True)
    pane.ui.status.setText(_tr("Message queued. Undo with Ctrl+Z while the countdown runs."))
    pane.queued.emit(message_id, thread_id)
    return True


def undo_send(pane: ComposePane, message_id: int | None) -> bool:
    item = pane.ui.outbox.undoable()
    if message_id is None or isinstance(message_id, bool):  # a shortcut passes nothing
        message_id = item.message_id if item else None
    info = pane.info
    if message_id is None or info is None or info.thread_id is None:
        return False
    pane.save_now()
    if not compose_queue.undo_queued(pane.store, message_id):
        pane.ui.status.setText(_tr("Too late to undo: the message has left the queue."))
        pane.watch.refresh()
        return False
    pane.reload(info)
    pane.ui.status.setText(_tr("Sending undone: the message is a draft again."))
    pane.ui.body.setFocus()
    pane.outbox_changed.emit(info.thread_id)
    return True


def edit_failed(pane: ComposePane, message_id: int) -> bool:
    info = pane.info
    if info is None or info.thread_id is None:
        return False
    pane.save_now()
    if not compose_queue.return_to_draft(pane.store, message_id):
        return False
    pane.reload(info)
    pane.outbox_changed.emit(info.thread_id)
    return True


def resolve(pane: ComposePane, message_id: int, action: str) -> None:
    if action not in ("resend", "discard", "mark_sent"):
        return
    chosen: Resolution = action  # type: ignore[assignment]
    thread = pane.thread_id
    if compose_queue.resolve_unknown(pane.store, message_id, chosen) and thread is not None:
        pane.outbox_changed.emit(thread)
    pane.watch.refresh()


class UndoKeyFilter(QObject):
    """Ctrl+Z in the subject or body with nothing left to undo there takes back the
    message just queued (while its window is open); otherwise the edit undoes as usual."""

    def __init__(self, pane: ComposePane) -> None:
        super().__init__(pane)
        self.pane = pane
        for w in (pane.ui.subject, pane.ui.body):
            w.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        pane = self.pane
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and pane.ui.outbox.undoable()
        ):
            can_undo = (
                pane.ui.subject.isUndoAvailable()
                if watched is pane.ui.subject
                else pane.ui.body.document().isUndoAvailable()
            )
            if not can_undo:
                pane.undo_send()
                return True
        return False
