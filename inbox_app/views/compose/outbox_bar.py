"""The pane's outbox line (queued with Undo, sending, failed) and the "may have been sent"
banner for messages a crash left in sending/unknown. Plain widgets fed with OutboxItems."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from inbox_app.models.colours import css
from inbox_app.models.known_sentences import known_sentence_text
from inbox_app.services.compose import ComposeService
from inbox_app.services.compose_queue import OutboxItem
from inbox_app.views.compose.dialogs import ConfirmResendDialog
from inbox_app.views.flow_layout import FlowLayout
from inbox_app.views.theme import restyle_with_palette
from inbox_app.views.write_queue import unreachable


class UnknownBanner(QFrame):
    """`unknownBanner`: "may have been sent — check and resend or discard"."""

    resolve = Signal(int, str)  # message_id, "resend" | "discard" | "mark_sent"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unknownBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        restyle_with_palette(
            self,
            lambda pal: (
                f"#unknownBanner {{ background: {css('banner', pal)}; "
                f"color: {pal.color(QPalette.ColorRole.WindowText).name()}; "
                f"border: 1px solid {css('banner_border', pal)}; border-radius: 4px; }}"
            ),
        )
        self._item: OutboxItem | None = None
        # the sentence across the whole banner, the buttons on a row of their own below
        # it (beside them a narrow pane squeezed it to a word a line), wrapping onto a
        # second row where the pane is narrower than the three (Italian at 1024 px)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setObjectName("unknownLabel")
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        buttons = FlowLayout(spacing=6)
        layout.addLayout(buttons)
        self.resend_button = self._button("resendButton", self.tr("Resend"), "resend")
        self.resend_button.setToolTip(
            self.tr("Only after checking in Seller Central that the buyer did NOT receive it.")
        )
        self.sent_button = self._button("markSentButton", self.tr("It was sent"), "mark_sent")
        self.discard_button = self._button("discardButton", self.tr("Discard"), "discard")
        for b in (self.resend_button, self.sent_button, self.discard_button):
            buttons.addWidget(b)
        self.hide()

    def _button(self, name: str, text: str, action: str) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(lambda: self._emit(action))
        return b

    def _emit(self, action: str) -> None:
        item = self._item
        if item is None:
            return
        subject = item.subject or self.tr("(no subject)")
        if action == "resend" and not ConfirmResendDialog.ask(self.window(), subject):
            return  # "Don't send": the message stays undecided, nothing goes out
        self.resolve.emit(item.message_id, action)

    def item(self) -> OutboxItem | None:
        return self._item

    def show_items(self, items: Sequence[OutboxItem]) -> None:
        self._item = items[0] if items else None
        if self._item is None:
            self.hide()
            return
        more = len(items) - 1
        text = self.tr(
            "“{subject}” may have been sent: the app stopped while sending it. Check the "
            "buyer's messages in Seller Central, then resend or discard it. It is never "
            "resent on its own."
        ).format(subject=self._item.subject or self.tr("(no subject)"))
        if more:
            text += " " + self.tr("(%n more)", "", more)
        self.label.setText(text)
        self.show()


class OutboxLine(QFrame):
    """`outboxLine`: the state of this thread's outgoing messages, with Undo while it may."""

    undo = Signal(int)  # message_id
    retry = Signal(int)  # message_id of a failed message
    edit = Signal(int)  # message_id of a failed message, back into the draft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxLine")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("outboxLabel")
        layout.addWidget(self.label, 1)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setToolTip(self.tr("Take the message back into the draft (Ctrl+Z)"))
        self.undo_button.clicked.connect(self._undo)
        layout.addWidget(self.undo_button)
        self.retry_button = QPushButton(self.tr("Send again"))
        self.retry_button.setObjectName("retryButton")
        self.retry_button.clicked.connect(self._retry)
        layout.addWidget(self.retry_button)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setObjectName("editFailedButton")
        self.edit_button.setToolTip(self.tr("Take the message back into the draft to fix it"))
        self.edit_button.clicked.connect(self._edit)
        layout.addWidget(self.edit_button)
        self._undoable: OutboxItem | None = None
        self._failed: OutboxItem | None = None
        self.show_items((), datetime.now(UTC))

    def undoable(self) -> OutboxItem | None:
        return self._undoable

    def _undo(self) -> None:
        if self._undoable is not None:
            self.undo.emit(self._undoable.message_id)

    def _edit(self) -> None:
        if self._failed is not None:
            self.edit.emit(self._failed.message_id)

    def _retry(self) -> None:
        if self._failed is not None:
            self.retry.emit(self._failed.message_id)

    def show_items(self, items: Sequence[OutboxItem], now: datetime) -> bool:
        """Show the most recent state; returns True while a countdown is running."""
        self._undoable = None
        self._failed = None
        parts: list[str] = []
        counting = False
        for item in items:
            if item.status == "queued":
                left = (item.release_at - now).total_seconds() if item.release_at else 0
                if left > 0:
                    self._undoable = item
                    counting = True
                    parts.append(self.tr("Queued: leaves in %n s", "", math.ceil(left)))
                elif " ".join((item.error or "").split()):  # offline, "try later", no account
                    why = known_sentence_text(" ".join((item.error or "").split()))
                    parts.append(self.tr("Waiting to try again: %1").replace("%1", why))
                else:
                    parts.append(self.tr("Queued: waiting to be sent"))
            elif item.status == "sending":
                parts.append(self.tr("Sending…"))
            elif item.status == "sent":
                parts.append(self.tr("Sent ✓"))
            elif item.status == "failed":
                self._failed = item
                error = known_sentence_text(" ".join((item.error or "").split()))
                parts.append(
                    self.tr("Failed: {error}").format(error=error)
                    if error
                    else self.tr("Not sent, and no reason was recorded: edit it or send it again.")
                )
        self.label.setText("  ·  ".join(parts))
        self.undo_button.setVisible(self._undoable is not None)
        self.retry_button.setVisible(self._failed is not None)
        self.edit_button.setVisible(self._failed is not None)
        self.setVisible(bool(parts))
        return counting


class OutboxWatch(QObject):
    """Polls the current thread's outgoing messages once a second while any is on its way,
    feeds the line and the banner, and says when a state changed (queued -> sending -> sent)."""

    changed = Signal(int)  # thread id

    SHOW_SENT_FOR = timedelta(seconds=8)

    def __init__(
        self,
        service: ComposeService,
        line: OutboxLine,
        banner: UnknownBanner,
        started_at: datetime,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.line = line
        self.banner = banner
        self.started_at = started_at
        self.thread_id: int | None = None
        self._seen: dict[int, str] = {}
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self.refresh)

    def watch(self, thread_id: int | None) -> None:
        self.thread_id = thread_id
        self._seen = {}
        self.refresh()

    def refresh(self) -> None:
        thread = self.thread_id
        now = datetime.now(UTC)
        if thread is None:
            self.line.show_items((), now)
            self.banner.show_items(())
            self.tick.stop()
            return
        states = ("queued", "sending", "failed", "sent")
        try:
            stored = self._service.outbox_items(thread, states)
            unknown = self._service.pending_unknown(thread, self.started_at)
        except Exception as exc:
            if not unreachable(exc):
                raise
            return  # a team server out of reach: the line stays; the next tick tries again
        items = [
            i
            for i in stored
            if (i.status != "sending" or i.updated_at >= self.started_at)
            and (
                i.status != "sent"
                or (i.sent_at is not None and now - i.sent_at < self.SHOW_SENT_FOR)
            )
        ]
        seen = {i.message_id: i.status for i in items}
        if self._seen and seen != self._seen:
            self.changed.emit(thread)
        self._seen = seen
        counting = self.line.show_items(items, now)
        self.banner.show_items(unknown)
        if counting or any(i.status in ("queued", "sending", "sent") for i in items):
            self.tick.start()
        else:
            self.tick.stop()
