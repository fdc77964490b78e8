"""`composePane`: subject, body, [Important] toggle, attachments, live policy findings,
drafts saved within a second, and send = queue with an undo window."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QHideEvent,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QVBoxLayout, QWidget

from inbox_app.models.findings_model import FindingRole, FindingsModel
from inbox_app.policy.types import Finding
from inbox_app.services import drafts
from inbox_app.services.compose import ComposeService
from inbox_app.services.compose_queue import DEFAULT_UNDO_SECONDS
from inbox_app.services.compose_target import ComposeInfo
from inbox_app.services.drafts import DraftContent
from inbox_app.services.subject_tags import has_tag
from inbox_app.views.compose.attachments import SCAN_LANE, SCAN_THREADS, Attachments
from inbox_app.views.compose.draft_conflict import DraftConflictBar
from inbox_app.views.compose.draft_lock import DraftLock
from inbox_app.views.compose.draft_saver import DraftSaver, SaveTarget
from inbox_app.views.compose.draft_saving import DraftSaving
from inbox_app.views.compose.editors import BODY_PASTE_LIMIT, EditKeys
from inbox_app.views.compose.layout import build_ui
from inbox_app.views.compose.live_check import LiveCheck
from inbox_app.views.compose.pane_files import PaneFiles
from inbox_app.views.compose.pane_keys import install_keys
from inbox_app.views.compose.prefs import PrefsStore
from inbox_app.views.compose.saved_replies import SavedReplies
from inbox_app.views.compose.send_controller import SendController
from inbox_app.views.compose.tag_sync import TagSync
from inbox_app.views.compose.target_header import go_to_finding, no_buyer_text, show_target
from inbox_app.views.task_runner import TaskRunner
from inbox_app.views.write_queue import LANE, WriteQueue

_PROCESS_STARTED = datetime.now(UTC)


class ComposePane(DraftSaving, QWidget):
    """The compose pane for one thread (a reply) or one order (a new message)."""

    draft_saved = Signal(int)  # thread id: its has_draft may have changed
    queued = Signal(int, int)  # message id, thread id: the thread's outbox_state changed
    edited = Signal()  # the seller typed in the subject or body (not a draft loaded)
    outbox_changed = Signal(int)  # thread id: undo / resolve / state change seen
    thread_created = Signal(int)  # a "Contact buyer" draft got its thread

    def __init__(
        self,
        service: ComposeService,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner,
        draft_lock: DraftLock | None = None,
        settings: QSettings | None = None,
        writes: WriteQueue | None = None,
        undo_seconds: float = DEFAULT_UNDO_SECONDS,
        started_at: datetime | None = None,
        save_delay_ms: int = 700,
        check_delay_ms: int = 250,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("composePane")
        self.service = service
        self._lock = draft_lock or DraftLock()  # shared by the panes of one window
        self.__info: ComposeInfo | None = None
        self._order_mode = False
        self._loading = False
        # shared by the panes of one window: a busy store never stalls the GUI thread
        self.writes = writes or WriteQueue(self, lane=runner.lane(LANE))
        self.saver = DraftSaver(service, self.writes, self)
        # file scans run in a lane of the window's runner, shared by its panes
        self.attachments = Attachments(service.blobs, runner.lane(SCAN_LANE, SCAN_THREADS), self)
        self.ui = build_ui(self, self.attachments.model)
        self.conflict = DraftConflictBar(self)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.ui.banner) + 1, self.conflict)
        self.live = LiveCheck(
            self.ui,
            self.attachments.model,
            self._fields,
            self.attachments.scans,
            delay_ms=check_delay_ms,
            parent=self,
        )
        self.ui.findings.setModel(self.live.model)
        self.ui.fit_findings.watch(self.live.model)
        self.tags = TagSync(self.ui.subject, self.ui.important, self)
        self.replies = SavedReplies(
            service, self.ui, lambda: self._info, PrefsStore(settings), self
        )
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self._save_delay = save_delay_ms
        self.save_timer.setInterval(save_delay_ms)
        self.save_timer.timeout.connect(self.save_now)
        self.sending = SendController(
            service,
            self,
            self.ui,
            self.live,
            self.attachments.scans,
            undo_seconds=undo_seconds,
            # whole seconds, as the store keeps them: a send claimed after start is no crash
            started_at=(started_at or _PROCESS_STARTED).replace(microsecond=0),
            dialog_parent=self,
            writes=self.writes,
            chain=self.saver.chain,
        )
        self.sending.queued.connect(self.queued)
        self.sending.outbox_changed.connect(self.outbox_changed)
        self._wire()
        self._set_target(None, None)

    def _wire(self) -> None:
        ui = self.ui
        ui.subject.textChanged.connect(self._edited)
        ui.body.textChanged.connect(self._edited)
        ui.body.paste_cut.connect(self._paste_cut)
        self.tags.changed.connect(lambda _on: self._edited())
        self.files = PaneFiles(
            ui,
            self.attachments,
            lambda: self._info is not None,
            edited=self._edited,
            update_send=self.live.update_send,
            pane=self,
        )
        self.saver.saved.connect(self._saved_draft)
        self.saver.conflicted.connect(self._conflicted)
        self.saver.failed.connect(self._not_saved)
        self.saver.waiting.connect(self._waiting)
        self.saver.saving.connect(self._saving)
        self.conflict.chosen.connect(self.choose)
        ui.send.clicked.connect(self.send)
        ui.findings.clicked.connect(self.go_to_finding)
        ui.findings.activated.connect(self.go_to_finding)
        install_keys(self, self)
        # Ctrl+I is the window's "Import orders" elsewhere: in the subject and body it toggles
        self._edit_keys = EditKeys((ui.subject, ui.body), {"Ctrl+I": ui.important.toggle})
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._quit)  # quitting never drops the last second

    # --- target ------------------------------------------------------------------------

    @property
    def thread_id(self) -> int | None:
        return self._info.thread_id if self._info else None

    @property
    def info(self) -> ComposeInfo | None:
        return self.__info

    @property
    def _info(self) -> ComposeInfo | None:
        return self.__info

    @_info.setter
    def _info(self, info: ComposeInfo | None) -> None:
        self.__info = info
        self.live.context = info.context if info else None

    def set_thread(self, thread_id: int | None) -> None:
        """Show the draft of `thread_id` (a reply); the current draft is saved first."""
        if self._info is not None and thread_id == self._info.thread_id and not self._order_mode:
            return
        self.leave()
        if thread_id is None:
            self._set_target(None, None)
            return
        info = self.service.info_for_thread(thread_id)
        self._order_mode = False
        if not info.has_buyer:  # an order only Amazon's API knows: no relay alias to mail
            self._set_target(None, None)
            self.ui.status.setText(no_buyer_text(info.context.order_id or ""))
            return
        self._claim(thread_id)  # before loading: another editor saves first
        self._set_target(info, self.service.load_draft(thread_id))

    def set_order(self, order_id: int) -> None:
        """A new seller-initiated message about an order ("Contact buyer")."""
        self.leave()
        self._order_mode = True
        existing = self.service.thread_for_order_draft(order_id)
        if existing is not None:
            info = replace(self.service.info_for_thread(existing), order_id=order_id)
            self._claim(existing)
            self._set_target(info, self.service.load_draft(existing))
        else:
            info = self.service.info_for_order(order_id)
            if not info.has_buyer:  # nobody to write to yet: say so instead of failing later
                self._set_target(None, None)
                self.ui.status.setText(no_buyer_text(info.context.order_id or str(order_id)))
                return
            self._set_target(info, None)

    def set_context(self, info: ComposeInfo) -> None:
        """Replace what the pane knows about the buyer/order (e.g. after an opt-out arrived)."""
        self._info = info
        self.tags.set_marketplace(info.marketplace)
        self._show_target()
        self.live.invalidate()
        self.run_check()

    def _claim(self, thread_id: int | None) -> None:
        self._lock.claim(self, thread_id)

    def reply_here(self) -> None:
        """Reply (R): into the body, at the end of what is written."""
        body = self.ui.body
        body.moveCursor(QTextCursor.MoveOperation.End)
        body.setFocus(Qt.FocusReason.ShortcutFocusReason)
        body.ensureCursorVisible()  # (and on each resize while focused: BodyEdit)

    def release_draft(self) -> None:
        """Another editor takes this draft: save it, let go, and say why."""
        self.leave()
        self.set_thread(None)
        self.ui.status.setText(self.tr("This draft is open in another window."))

    def _set_target(self, info: ComposeInfo | None, draft: drafts.DraftRow | None) -> None:
        self._claim(info.thread_id if info else None)
        self._info = info
        self.ui.status.follow(info.thread_id if info else None)  # its own line, no other's
        self.conflict.clear()
        target = self._target()
        self._show_content(self.saver.open(target, draft), info.default_subject if info else "")
        if target is not None:
            self.saver.adopt(target, self.snapshot())
        self.live.invalidate()
        for w in (
            (ui := self.ui).subject,
            ui.important,
            ui.body,
            ui.attachments,
            ui.attach,
            ui.remove,
            ui.templates,
        ):
            w.setEnabled(info is not None)
        self._show_target()
        self.sending.follow(self.thread_id)  # before the check: its line is this thread's
        self.show_save_state()
        self.run_check()
        self.ui.status.expire()  # e.g. "undo with Ctrl+Z" once that countdown is over

    def _show_target(self) -> None:
        show_target(self.ui, self._info, self.tags.tag())

    # --- edits, drafts ---------------------------------------------------------------

    def snapshot(self) -> DraftContent:
        """What is on screen, as the draft would be saved."""
        subject = self.ui.subject.text()
        return DraftContent(
            subject=subject,
            body=self.ui.body.toPlainText(),
            important=has_tag(subject, self.tags.marketplace),
            attachments=self.attachments.stored(),
        )

    def _paste_cut(self, kept: int, pasted: int) -> None:
        locale = QLocale()
        # a note on this paste (the paste's own edit came just before): read beside what
        # the save and the check say next, and over with the seller's next edit
        self.ui.status.note(
            self.tr("Only %1 of the %2 pasted characters were added: a message holds at most %3.")
            .replace("%1", locale.toString(kept))
            .replace("%2", locale.toString(pasted))
            .replace("%3", locale.toString(BODY_PASTE_LIMIT))
        )

    def _edited(self, *_: object) -> None:
        if self._loading or self._info is None:
            return
        self.ui.status.edited()
        self.edited.emit()
        self.save_timer.start()
        self.live.schedule()

    def save_target(self) -> SaveTarget | None:
        return self._target()

    def draft_blocked(self) -> bool:
        return self.conflict.active

    def flush(self) -> bool:
        """Save now (switching threads, closing, sending): True when nothing is left to
        save, False when a save is on its way (or the seller must choose first)."""
        self.attachments.settle()
        return self.save_now()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.ui.fit_findings.later()  # their limit is a share of the pane's height
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # wrapped lines: another minimum at another width

    def minimumSizeHint(self) -> QSize:
        """As tall as the pane's parts need at its width: a banner, hint or status line
        counts every line it wraps to (the layout's own minimum counts them unwrapped, and
        a short pane drew the banner's buttons over its sentence)."""
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is None or self.width() <= 0:
            return hint
        return QSize(
            hint.width(), max(hint.height(), layout.totalMinimumHeightForWidth(self.width()))
        )

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)

    # --- live policy -------------------------------------------------------------------

    @property
    def findings_model(self) -> FindingsModel:
        return self.live.model

    @property
    def checked(self) -> SignalInstance:
        """Emitted after each policy check that changed the findings' input."""
        return self.live.checked

    def run_check(self) -> None:
        self.live.run()

    def blockers(self) -> list[str]:
        return self.live.blockers()

    def _fields(self) -> tuple[str, str, tuple[drafts.DraftAttachment, ...]]:
        snap = self.snapshot()
        return snap.subject, snap.body, snap.attachments

    def go_to_finding(self, index: QModelIndex) -> None:
        finding = index.data(FindingRole.FINDING)
        if isinstance(finding, Finding):
            go_to_finding(self.ui, self.attachments.model, finding)

    # --- attachments -------------------------------------------------------------------

    def pick_files(self) -> None:
        self.files.pick()

    # --- saved replies (saved_replies.py) ------------------------------------------------

    def insert_template(self) -> None:
        self.replies.insert()

    def save_as_template(self) -> bool:
        return self.replies.save_current()

    def edit_templates(self) -> None:
        self.replies.edit()

    def edit_settings(self) -> None:
        self.replies.edit_prefs()

    # --- sending and the outbox (send_controller.py) -------------------------------------

    def send(self) -> bool:
        """Queue the draft (after one confirmation if there are warnings)."""
        return self.sending.send()

    def undo_send(self, message_id: int | None = None) -> bool:
        return self.sending.undo_send(message_id)

    def refresh_outbox(self) -> None:
        self.sending.follow(self.thread_id)

    def reload(self, info: ComposeInfo, *, sent: bool = False) -> None:
        """Show the thread's stored draft again (after queue, undo or edit)."""
        if sent:
            self._order_mode = False
        draft = None if sent or info.thread_id is None else self.service.load_draft(info.thread_id)
        self._set_target(info, draft)
