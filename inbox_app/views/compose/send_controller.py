"""Sending from the compose pane: send = queue (after one confirmation for warnings), undo
within the window, a failed message back to the draft, the seller's resolution of "may
have been sent", and the outbox line that follows it all. Its own object with its own
state; it sees the draft only through `DraftHost`.

Queueing, undo and "edit" are written in the window's write lane (views/write_queue.py)
right behind the draft's save, never on the GUI thread: Send goes once the save has
landed, and not at all when it did not; the draft stays on screen, read-only, until the
message is in the outbox (or back, editable, with the reason it is not)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

import shiboken6
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
from inbox_app.store.busy import is_busy
from inbox_app.views.compose.dialogs import ConfirmWarningsDialog
from inbox_app.views.compose.draft_saver import SaveChain, SaveTarget
from inbox_app.views.compose.layout import ComposeUi
from inbox_app.views.compose.live_check import LiveCheck
from inbox_app.views.compose.outbox_bar import OutboxWatch
from inbox_app.views.write_queue import WriteQueue


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComposePane", text)


class DraftNotSavedError(Exception):
    """Send behind a save of the draft that did not land: nothing is queued."""


def _not_queued(exc: BaseException) -> str:
    """Why Send did not queue, in one sentence (never SQL)."""
    if isinstance(exc, DraftNotSavedError):
        return _tr("Not queued: the draft could not be saved first; it is kept here.")
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

    def save_target(self) -> SaveTarget | None:
        """Where the draft on screen is saved (None: nothing to send)."""

    def draft_blocked(self) -> bool:
        """The draft cannot be saved until the seller chooses (a conflict)."""

    def reload(self, info: ComposeInfo, *, sent: bool = False) -> None:
        """Show the thread's stored draft again (none after `sent`)."""


@dataclass(frozen=True, slots=True)
class _Sending:
    """A Send on its way: the draft it sends (held read-only while it is on screen)."""

    key: Hashable
    thread_id: int | None
    order_id: int | None


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
        writes: WriteQueue,
        chain: SaveChain,
    ) -> None:
        super().__init__(dialog_parent)
        self._service = service
        self._writes = writes
        self._chain = chain
        self._sending: _Sending | None = None
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
        self._hold()

    def send(self) -> bool:
        """Queue the draft (after one confirmation if there are warnings): True when it is
        on its way to the outbox (`queued` follows once it is there)."""
        if self._host.info is None or self._sending is not None:
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
        self._host.flush()  # the save goes first in the lane; Send right behind it
        info, target = self._host.info, self._host.save_target()
        if info is None or target is None or self._host.draft_blocked():
            return False
        thread_id = info.thread_id  # None: a "Contact buyer" draft its save gives one
        if (
            thread_id is not None
            and self.confirm_send is not None
            and not self.confirm_send(thread_id)
        ):
            return False
        service, writes, chain = self._service, self._writes, self._chain
        undo, scans, key = self.undo_seconds, self._scans(), target.key

        def queue() -> tuple[int, int]:  # in the lane's worker, after the draft's save
            tid = thread_id if thread_id is not None else chain.thread_for(target)
            if writes.refused(key) or tid is None:
                raise DraftNotSavedError
            return service.queue_draft(tid, undo, scans), tid

        self._sending = _Sending(key, thread_id, info.order_id)
        self._hold()
        self._ui.status.say(
            _tr("Putting the message in the outbox…"),
            while_=lambda: self._sending is not None,  # (a line on that thread only)
            past_save=True,
        )
        writes.run(("send", key), queue, on_done=self._queued, on_failed=self._not_queued)
        return True

    def sending(self) -> bool:
        """A Send is on its way to the outbox."""
        return self._sending is not None

    def _shows_sent(self) -> bool:
        """The pane still shows the draft of the Send on its way."""
        sent, info = self._sending, self._host.info
        if sent is None or info is None:
            return False
        if sent.thread_id is not None:
            return info.thread_id == sent.thread_id
        return info.order_id == sent.order_id

    def _hold(self) -> None:
        """The draft being sent is read-only while it is on screen; any other is not."""
        held = self._shows_sent()
        self._ui.subject.setReadOnly(held)
        self._ui.body.setReadOnly(held)

    def _queued(self, answer: tuple[int, int]) -> None:
        if not shiboken6.isValid(self):
            return  # its pane closed meanwhile
        message_id, thread_id = answer
        shown = self._shows_sent()
        self._sending = None
        self._hold()
        info = self._host.info
        if shown and info is not None:
            self._host.reload(info, sent=True)
            self._ui.status.say(
                _tr("Message queued. Undo with Ctrl+Z while the countdown runs."),
                while_=lambda: self._ui.outbox.undoable() is not None,  # this thread's
            )
        self.queued.emit(message_id, thread_id)

    def _not_queued(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return  # its pane closed meanwhile
        shown = self._shows_sent()
        self._sending = None
        self._hold()
        if isinstance(exc, PolicyBlockedError):
            if shown:
                self._live.model.set_findings(exc.report.findings)
                self._live.update_send()
                self._say_not_sent(self._live.blockers())
            return
        if not isinstance(exc, (QueueError, SQLAlchemyError, OSError, DraftNotSavedError)):
            raise exc
        if shown:
            self._ui.status.setText(_not_queued(exc))

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
        """Take the queued message back into the draft while its window is open (in the
        lane, behind the draft's save); True when that is on its way."""
        item = self._ui.outbox.undoable()
        if message_id is None or isinstance(message_id, bool):  # a shortcut passes nothing
            message_id = item.message_id if item else None
        info = self._host.info
        if message_id is None or info is None or info.thread_id is None:
            return False
        self._host.save_now()
        mid, service = message_id, self._service
        self._writes.run(
            ("undo", mid),
            lambda: service.undo_queued(mid),
            on_done=lambda undone: self._undone(info, bool(undone)),
            on_failed=self._not_back,
        )
        return True

    def _undone(self, info: ComposeInfo, undone: bool) -> None:
        if not shiboken6.isValid(self):
            return  # its pane closed meanwhile
        shown = self._host.info is not None and self._host.info.thread_id == info.thread_id
        if not undone:
            if shown:
                self._ui.status.setText(_tr("Too late to undo: the message has left the queue."))
            self.watch.refresh()
            return
        if shown:
            self._host.reload(info)
            self._ui.status.setText(_tr("Sending undone: the message is a draft again."))
            self._ui.body.setFocus()
        assert info.thread_id is not None
        self.outbox_changed.emit(info.thread_id)

    def _not_back(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return  # its pane closed meanwhile
        if not isinstance(exc, (QueueError, SQLAlchemyError, OSError)):
            raise exc
        self._ui.status.setText(_not_queued(exc))
        self.watch.refresh()

    def edit_failed(self, message_id: int) -> bool:
        """A failed or held message back into the draft (merged with any newer draft), in
        the lane behind the draft's save; True when that is on its way."""
        info = self._host.info
        if info is None or info.thread_id is None:
            return False
        self._host.save_now()
        service = self._service

        def back(returned: object) -> None:
            if not returned or not shiboken6.isValid(self):
                return
            if self._host.info is not None and self._host.info.thread_id == info.thread_id:
                self._host.reload(info)
            assert info.thread_id is not None
            self.outbox_changed.emit(info.thread_id)

        self._writes.run(
            ("edit", message_id),
            lambda: service.return_to_draft(message_id),
            on_done=back,
            on_failed=self._not_back,
        )
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
