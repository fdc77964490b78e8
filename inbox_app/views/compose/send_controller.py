"""Sending from the compose pane: send = queue (after one confirmation for warnings), undo
within the window, a failed message back to the draft, the seller's resolution of "may
have been sent", and the outbox line that follows it all. Its own object with its own
state; it sees the draft only through `DraftHost`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import SQLAlchemyError

from inbox_app.models.known_sentences import known_sentence_text
from inbox_app.models.store_text import store_fault_text
from inbox_app.policy.types import AttachmentScan
from inbox_app.services.compose import ComposeService
from inbox_app.services.compose_queue import PolicyBlockedError, QueueError, Resolution
from inbox_app.services.compose_target import ComposeInfo
from inbox_app.store.busy import brief_waits, is_busy
from inbox_app.views.compose.dialogs import ConfirmWarningsDialog
from inbox_app.views.compose.layout import ComposeUi
from inbox_app.views.compose.live_check import LiveCheck
from inbox_app.views.compose.outbox_bar import OutboxWatch


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComposePane", text)


def _not_queued(exc: BaseException) -> str:
    """Why Send did not queue, in one sentence (never SQL)."""
    if is_busy(exc):
        return _tr(
            "The store is busy (another program is writing); your draft is kept: send it "
            "again in a moment."
        )
    if isinstance(exc, SQLAlchemyError):
        return store_fault_text(exc) or _tr("The message could not be queued; it is kept.")
    return known_sentence_text(str(exc))


class DraftHost(Protocol):
    """What sending needs from the editor of the draft (the compose pane)."""

    @property
    def info(self) -> ComposeInfo | None: ...

    def flush(self) -> bool:
        """Save what is on screen now; False when it could not be saved."""

    def save_now(self) -> bool: ...

    def reload(self, info: ComposeInfo, *, sent: bool = False) -> None:
        """Show the thread's stored draft again (none after `sent`)."""


class SendController(QObject):
    """Owns the undo window, the outbox watch and every decision about outgoing mail."""

    queued = Signal(int, int)  # message id, thread id: the thread's outbox_state changed
    outbox_changed = Signal(int)  # thread id: undo / resolve / state change seen

    def __init__(
        self,
        service: ComposeService,
        host: DraftHost,
        ui: ComposeUi,
        live: LiveCheck,
        scans: Callable[[], dict[str, AttachmentScan]],
        *,
        undo_seconds: float,
        started_at: datetime,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self._service = service
        self._host = host
        self._ui = ui
        self._live = live
        self._scans = scans
        self._parent = dialog_parent
        self.undo_seconds = undo_seconds
        self.started_at = started_at
        # a team seat's last word before a reply is queued (False: held, not sent)
        self.confirm_send: Callable[[int], bool] | None = None
        self.watch = OutboxWatch(service, ui.outbox, ui.banner, started_at, self)
        self.watch.changed.connect(self.outbox_changed)
        ui.outbox.undo.connect(self.undo_send)
        ui.outbox.retry.connect(lambda mid: self.resolve(mid, "resend"))
        ui.outbox.edit.connect(self.edit_failed)
        ui.banner.resolve.connect(self.resolve)
        self._undo_keys = UndoKeyFilter(ui, self.undo_send)  # Ctrl+Z after sending
        # lines that hold only for a while go when it is over (after the watch refreshed)
        self.watch.tick.timeout.connect(ui.status.expire)
        live.checked.connect(ui.status.expire)

    def follow(self, thread_id: int | None) -> None:
        """Show the outbox of `thread_id` (the draft's thread changed)."""
        self.watch.watch(thread_id)

    def send(self) -> bool:
        """Queue the draft (after one confirmation if there are warnings)."""
        if self._host.info is None:
            return False
        self._live.run()
        reasons = self._live.blockers()
        if reasons:
            self._live.update_send()
            self._say_not_sent(reasons)
            return False
        warnings = self._live.model.warnings()
        if warnings and not ConfirmWarningsDialog.ask(self._parent, warnings):
            return False
        if not self._host.flush():
            return False
        info = self._host.info  # a "Contact buyer" draft got its thread in flush()
        if info is None or info.thread_id is None:
            return False
        thread_id = info.thread_id
        if self.confirm_send is not None and not self.confirm_send(thread_id):
            return False
        try:
            with brief_waits():  # a store another program writes to never freezes Send
                message_id = self._service.queue_draft(thread_id, self.undo_seconds, self._scans())
        except PolicyBlockedError as exc:
            self._live.model.set_findings(exc.report.findings)
            self._live.update_send()
            self._say_not_sent(self._live.blockers())
            return False
        except (QueueError, SQLAlchemyError, OSError) as exc:
            self._ui.status.setText(_not_queued(exc))
            return False
        self._host.reload(info, sent=True)
        self._ui.status.say(
            _tr("Message queued. Undo with Ctrl+Z while the countdown runs."),
            while_=lambda: self._ui.outbox.undoable() is not None,  # this thread's countdown
        )
        self.queued.emit(message_id, thread_id)
        return True

    def _say_not_sent(self, reasons: list[str]) -> None:
        """Why Send (or Ctrl+Enter) did nothing, until the reason is gone."""
        if not reasons:
            return
        text = _tr("Not sent: {reason}").format(reason=reasons[0])
        if len(reasons) > 1:
            text += " " + QCoreApplication.translate(
                "ComposePane", "(%n more)", "", len(reasons) - 1
            )
        self._ui.status.say(text, while_=lambda: bool(self._live.blockers()))

    def undo_send(self, message_id: int | None = None) -> bool:
        """Take the queued message back into the draft while its window is open."""
        item = self._ui.outbox.undoable()
        if message_id is None or isinstance(message_id, bool):  # a shortcut passes nothing
            message_id = item.message_id if item else None
        info = self._host.info
        if message_id is None or info is None or info.thread_id is None:
            return False
        self._host.save_now()
        if not self._service.undo_queued(message_id):
            self._ui.status.setText(_tr("Too late to undo: the message has left the queue."))
            self.watch.refresh()
            return False
        self._host.reload(info)
        self._ui.status.setText(_tr("Sending undone: the message is a draft again."))
        self._ui.body.setFocus()
        self.outbox_changed.emit(info.thread_id)
        return True

    def edit_failed(self, message_id: int) -> bool:
        """A failed or held message back into the draft (merged with any newer draft)."""
        info = self._host.info
        if info is None or info.thread_id is None:
            return False
        self._host.save_now()
        if not self._service.return_to_draft(message_id):
            return False
        self._host.reload(info)
        self.outbox_changed.emit(info.thread_id)
        return True

    def resolve(self, message_id: int, action: str) -> None:
        """The seller's decision on a message that may have been sent."""
        if action not in ("resend", "discard", "mark_sent"):
            return
        chosen: Resolution = action  # type: ignore[assignment]
        info = self._host.info
        thread = info.thread_id if info is not None else None
        if self._service.resolve_unknown(message_id, chosen) and thread is not None:
            self.outbox_changed.emit(thread)
        self.watch.refresh()


class UndoKeyFilter(QObject):
    """Ctrl+Z in the subject or body with nothing left to undo there takes back the
    message just queued (while its window is open); otherwise the edit undoes as usual."""

    def __init__(self, ui: ComposeUi, undo: Callable[[], object]) -> None:
        super().__init__(ui.body)
        self._ui = ui
        self._undo = undo
        for w in (ui.subject, ui.body):
            w.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        ui = self._ui
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and ui.outbox.undoable()
        ):
            can_undo = (
                ui.subject.isUndoAvailable()
                if watched is ui.subject
                else ui.body.document().isUndoAvailable()
            )
            if not can_undo:
                self._undo()
                return True
        return False
