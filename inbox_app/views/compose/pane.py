"""`composePane`: subject, body, [Important] toggle, attachments, live policy findings,
drafts saved within a second, and send = queue with an undo window."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import SQLAlchemyError

from inbox_app.models.findings_model import FindingRole, FindingsModel
from inbox_app.policy.types import AttachmentInput, Draft, Finding
from inbox_app.services import compose_queue, drafts
from inbox_app.services.compose_queue import DEFAULT_UNDO_SECONDS, PolicyBlockedError, QueueError
from inbox_app.services.policy_context import (
    ComposeInfo,
    compose_info,
    has_tag,
    run_check,
    size_finding,
)
from inbox_app.store.migrate import Store
from inbox_app.views.compose.attachments import Attachments, ask_files, carries_files, preview
from inbox_app.views.compose.dialogs import ConfirmWarningsDialog
from inbox_app.views.compose.layout import build_ui
from inbox_app.views.compose.presenter import go_to_finding, insert_template, show_target
from inbox_app.views.compose.tag_sync import TagSync
from inbox_app.views.compose.text_spans import underline_body

_PROCESS_STARTED = datetime.now(UTC)
Snapshot = tuple[str, str, bool, tuple[drafts.DraftAttachment, ...]]


class ComposePane(QWidget):
    """The compose pane for one thread (a reply) or one order (a new message)."""

    draft_saved = Signal(int)  # thread id: its has_draft may have changed
    queued = Signal(int, int)  # message id, thread id: the thread's outbox_state changed
    outbox_changed = Signal(int)  # thread id: undo / resolve / state change seen
    thread_created = Signal(int)  # a "Contact buyer" draft got its thread
    checked = Signal()  # a policy check finished (findings updated)

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        undo_seconds: float = DEFAULT_UNDO_SECONDS,
        started_at: datetime | None = None,
        save_delay_ms: int = 700,
        check_delay_ms: int = 250,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("composePane")
        self.store = store
        self.undo_seconds = undo_seconds
        self.started_at = started_at or _PROCESS_STARTED
        self._info: ComposeInfo | None = None
        self._order_mode = False
        self._loading = False
        self._saved: Snapshot | None = None
        self._checked_key: object = None
        self._stored_draft = False
        self.findings_model = FindingsModel(self)
        self.attachments = Attachments(store.blobs, self)
        self.ui = build_ui(self, self.findings_model, self.attachments.model)
        self.tags = TagSync(self.ui.subject, self.ui.important, self)
        self.save_timer = self._timer(save_delay_ms, self.save_now)
        self.check_timer = self._timer(check_delay_ms, self.run_check)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self.refresh_outbox)
        self._wire()
        self._set_target(None, None)

    def _timer(self, ms: int, slot: object) -> QTimer:
        t = QTimer(self)
        t.setSingleShot(True)
        t.setInterval(ms)
        t.timeout.connect(slot)
        return t

    def _wire(self) -> None:
        ui = self.ui
        ui.subject.textChanged.connect(self._edited)
        ui.body.textChanged.connect(self._edited)
        self.tags.changed.connect(lambda _on: self._edited())
        self.attachments.changed.connect(self._edited)
        self.attachments.model.total_changed.connect(self._show_total)
        ui.body.files_received.connect(self.attachments.add_mime)
        ui.attachments.files_dropped.connect(self.attachments.add_mime)
        ui.attachments.remove_requested.connect(self.remove_selected_attachments)
        ui.attachments.open_requested.connect(self.preview_selected)
        ui.attach.clicked.connect(self.pick_files)
        ui.remove.clicked.connect(self.remove_selected_attachments)
        ui.templates.clicked.connect(self.insert_template)
        ui.send.clicked.connect(self.send)
        ui.findings.clicked.connect(self.go_to_finding)
        ui.findings.activated.connect(self.go_to_finding)
        ui.outbox.undo.connect(self.undo_send)
        ui.outbox.retry.connect(lambda mid: self.resolve(mid, "resend"))
        ui.banner.resolve.connect(self.resolve)
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+Return", self.send),
            ("Ctrl+Enter", self.send),
            ("Ctrl+Shift+A", self.pick_files),
            ("Ctrl+I", self.ui.important.toggle),
            ("Ctrl+Shift+T", self.insert_template),
            ("Ctrl+Z", self.undo_send),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(ctx)
            shortcut.activated.connect(slot)
        for w in (ui.subject, ui.body):
            w.installEventFilter(self)
        self.setAcceptDrops(True)

    # --- target ------------------------------------------------------------------------

    @property
    def thread_id(self) -> int | None:
        return self._info.thread_id if self._info else None

    @property
    def info(self) -> ComposeInfo | None:
        return self._info

    def set_thread(self, thread_id: int | None) -> None:
        """Show the draft of `thread_id` (a reply); the current draft is saved first."""
        if self._info is not None and thread_id == self._info.thread_id and not self._order_mode:
            return
        self.flush()
        if thread_id is None:
            self._set_target(None, None)
            return
        info = compose_info(self.store, thread_id=thread_id)
        self._order_mode = False
        self._set_target(info, drafts.load_draft(self.store, thread_id))

    def set_order(self, order_id: int) -> None:
        """A new seller-initiated message about an order ("Contact buyer")."""
        self.flush()
        self._order_mode = True
        existing = drafts.thread_for_order_draft(self.store, order_id)
        if existing is not None:
            info = replace(compose_info(self.store, thread_id=existing), order_id=order_id)
            self._set_target(info, drafts.load_draft(self.store, existing))
        else:
            self._set_target(compose_info(self.store, order_id=order_id), None)

    def set_context(self, info: ComposeInfo) -> None:
        """Replace what the pane knows about the buyer/order (e.g. after an opt-out arrived)."""
        self._info = info
        self.tags.set_marketplace(info.marketplace)
        self._show_target()
        self._checked_key = None
        self.run_check()

    def _set_target(self, info: ComposeInfo | None, draft: drafts.DraftRow | None) -> None:
        self._info = info
        self._loading = True
        try:
            self.tags.set_marketplace(info.marketplace if info else "US")
            self.ui.subject.setText(
                draft.subject if draft else (info.default_subject if info else "")
            )
            self.ui.body.setPlainText(draft.body if draft else "")
            if draft:
                self.attachments.load(draft.attachments)
            else:
                self.attachments.clear()
            self.tags.sync_from_subject()
        finally:
            self._loading = False
        self._stored_draft = draft is not None
        self._saved = self.snapshot()
        self._checked_key = None
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
        self.run_check()
        self.refresh_outbox()

    def _show_target(self) -> None:
        show_target(self.ui, self._info, self.tags.tag())

    # --- edits, drafts ---------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        subject = self.ui.subject.text()
        important = has_tag(subject, self.tags.marketplace)
        return (subject, self.ui.body.toPlainText(), important, self.attachments.stored())

    def _edited(self, *_: object) -> None:
        if self._loading or self._info is None:
            return
        self.save_timer.start()
        self.check_timer.start()

    def _is_empty(self, snap: Snapshot) -> bool:
        subject, body, important, files = snap
        default = self._info.default_subject.strip() if self._info else ""
        return not body.strip() and not files and not important and subject.strip() in ("", default)

    def save_now(self) -> bool:
        """Save the draft if it changed; True when the store has what is on screen."""
        self.save_timer.stop()
        info = self._info
        snap = self.snapshot()
        if info is None or snap == self._saved:
            return True
        try:
            if self._is_empty(snap):
                if self._stored_draft and info.thread_id is not None:
                    drafts.discard_draft(self.store, info.thread_id)
                    if self._order_mode and not drafts.thread_exists(self.store, info.thread_id):
                        self._info = replace(info, thread_id=None)
                self._stored_draft = False
            else:
                row = drafts.save_draft(
                    self.store,
                    info.thread_id,
                    snap[0],
                    snap[1],
                    snap[3],
                    snap[2],
                    order_id=info.order_id if info.thread_id is None else None,
                )
                self._stored_draft = True
                if info.thread_id is None:
                    self._info = replace(info, thread_id=row.thread_id)
                    self.thread_created.emit(row.thread_id)
        except (drafts.DraftError, SQLAlchemyError, OSError) as exc:
            self.ui.status.setText(self.tr("Draft not saved yet: {error}").format(error=exc))
            self.save_timer.start(2000)  # keep trying; the text stays on screen
            return False
        self._saved = snap
        self.ui.status.setText("")
        if self._info is not None and self._info.thread_id is not None:
            self.draft_saved.emit(self._info.thread_id)
        return True

    def flush(self) -> bool:
        """Save now (switching threads, closing, sending)."""
        if self.attachments.model.busy():
            self.attachments.wait()
            QTimer.singleShot(0, lambda: None)
        return self.save_now()

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)

    # --- live policy ---------------------------------------------------------------

    def _check_key(self) -> object:
        subject, body, _imp, files = self.snapshot()
        names = tuple((a.filename, a.sha256) for a in files)
        return (subject, body, names, self._info.context if self._info else None)

    def run_check(self) -> None:
        self.check_timer.stop()
        if self._info is None:
            self.findings_model.set_findings(())
            self._update_send()
            return
        key = self._check_key()
        if key == self._checked_key:
            return
        subject, body, _imp, files = self.snapshot()
        inputs = tuple(AttachmentInput(a.filename, b"", a.sha256) for a in files)
        report = run_check(
            Draft(subject, body, inputs),
            self._info.context,
            self.attachments.scans(),
            scan_missing=False,
        )
        findings = list(report.findings)
        big = size_finding(self.attachments.model.total(), len(files))
        if big is not None and not any(f.rule == "attachment-size" for f in findings):
            findings.append(big)
        self._checked_key = key
        self.findings_model.set_findings(findings)
        underline_body(self.ui.body, findings)
        self.ui.underline.set_findings(findings, subject)
        self._update_send()
        self.checked.emit()

    def blockers(self) -> list[str]:
        """Why the message cannot be sent now, for the send button's tooltip."""
        reasons = [f.message for f in self.findings_model.blocking()]
        model = self.attachments.model
        if model.busy():
            reasons.append(self.tr("An attachment is still being checked."))
        reasons += [
            self.tr("{name}: {why}").format(name=i.filename, why=i.reason())
            for i in model.items()
            if i.refused and i.sha256 is None
        ]
        if self._info is not None and not self.ui.body.toPlainText().strip():
            reasons.append(self.tr("The message is empty."))
        return list(dict.fromkeys(reasons))

    def _update_send(self) -> None:
        reasons = (
            self.blockers() if self._info is not None else [self.tr("No conversation selected.")]
        )
        self.ui.send.setEnabled(not reasons)
        if reasons:
            self.ui.send.setToolTip(self.tr("Cannot send yet:") + "\n• " + "\n• ".join(reasons))
        else:
            self.ui.send.setToolTip(self.tr("Put the message in the outbox (Ctrl+Enter)"))

    def _show_total(self, total: int) -> None:
        self.ui.show_total(total)
        self._update_send()

    def go_to_finding(self, index: QModelIndex) -> None:
        finding = index.data(FindingRole.FINDING)
        if isinstance(finding, Finding):
            go_to_finding(self.ui, self.attachments.model, finding)

    # --- attachments -------------------------------------------------------------------

    def pick_files(self) -> None:
        self.attachments.add_paths(ask_files(self))

    def remove_selected_attachments(self) -> None:
        rows = [i.row() for i in self.ui.attachments.selectionModel().selectedRows()]
        if not rows and self.ui.attachments.currentIndex().isValid():
            rows = [self.ui.attachments.currentIndex().row()]
        self.attachments.remove_rows(rows)

    def preview_selected(self) -> None:
        idx = self.ui.attachments.currentIndex()
        if idx.isValid():
            preview(self, self.store.blobs, self.attachments.model.item(idx.row()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._info is not None and carries_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if self._info is not None and carries_files(event.mimeData()):
            self.attachments.add_mime(event.mimeData())
            event.acceptProposedAction()

    # --- templates -----------------------------------------------------------------------

    def insert_template(self) -> None:
        if self._info is not None:
            insert_template(self, self.store, self._info, self.ui)

    # --- sending and the outbox --------------------------------------------------------

    def send(self) -> bool:
        """Queue the draft (after one confirmation if there are warnings)."""
        if self._info is None:
            return False
        self.run_check()
        if self.blockers():
            self._update_send()
            return False
        warnings = self.findings_model.warnings()
        if warnings and not ConfirmWarningsDialog.ask(self, warnings):
            return False
        if not self.flush() or self._info.thread_id is None:
            return False
        thread_id = self._info.thread_id
        try:
            message_id = compose_queue.queue_draft(self.store, thread_id, self.undo_seconds)
        except PolicyBlockedError as exc:
            self.findings_model.set_findings(exc.report.findings)
            self._update_send()
            return False
        except (QueueError, SQLAlchemyError, OSError) as exc:
            self.ui.status.setText(str(exc))
            return False
        self._stored_draft = False
        self._order_mode = False
        self._set_target(self._info, None)
        self.ui.status.setText(
            self.tr("Message queued. Undo with Ctrl+Z while the countdown runs.")
        )
        self.queued.emit(message_id, thread_id)
        return True

    def undo_send(self, message_id: int | None = None) -> bool:
        """Take the queued message back into the draft while its window is open."""
        item = self.ui.outbox.undoable()
        if message_id is None or isinstance(message_id, bool):
            message_id = item.message_id if item else None
        if message_id is None or self._info is None or self._info.thread_id is None:
            return False
        self.save_now()
        if not compose_queue.undo_queued(self.store, message_id):
            self.ui.status.setText(self.tr("Too late to undo: the message has left the queue."))
            self.refresh_outbox()
            return False
        thread_id = self._info.thread_id
        self._set_target(self._info, drafts.load_draft(self.store, thread_id))
        self.ui.status.setText(self.tr("Sending undone: the message is a draft again."))
        self.ui.body.setFocus()
        self.outbox_changed.emit(thread_id)
        return True

    def resolve(self, message_id: int, action: str) -> None:
        thread = self.thread_id
        done = compose_queue.resolve_unknown(self.store, message_id, action)  # type: ignore[arg-type]
        if done and thread is not None:
            self.outbox_changed.emit(thread)
        self.refresh_outbox()

    def refresh_outbox(self) -> None:
        thread = self.thread_id
        if thread is None:
            self.ui.outbox.show_items((), datetime.now(UTC))
            self.ui.banner.show_items(())
            self.tick.stop()
            return
        items = compose_queue.outbox_items(self.store, thread, ("queued", "sending", "failed"))
        now = datetime.now(UTC)
        live = [i for i in items if i.status != "sending" or i.updated_at >= self.started_at]
        counting = self.ui.outbox.show_items(live, now)
        self.ui.banner.show_items(
            compose_queue.pending_unknown(
                self.store, thread_id=thread, started_before=self.started_at
            )
        )
        if counting or any(i.status in ("queued", "sending") for i in live):
            self.tick.start()
        else:
            self.tick.stop()

    # --- keyboard ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+Z in an edit with nothing left to undo takes back the message just sent.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and self.ui.outbox.undoable()
        ):
            can_undo = (
                self.ui.subject.isUndoAvailable()
                if watched is self.ui.subject
                else self.ui.body.document().isUndoAvailable()
            )
            if not can_undo:
                self.undo_send()
                return True
        return super().eventFilter(watched, event)
