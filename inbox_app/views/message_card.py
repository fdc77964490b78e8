"""One message of a conversation as a card: who, when, status, its body (plain or
sanitized HTML, a long one a page at a time) and attachment chips. (The cards' colours
are the conversation's style sheet: conversation_view.card_style.)"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QColor,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inbox_app.models.colours import css
from inbox_app.models.conversation_model import is_notice, sender_label, status_label
from inbox_app.models.formatting import full_time
from inbox_app.models.known_sentences import known_sentence_text
from inbox_app.store.rows import AttachmentRow, MessageRow
from inbox_app.views.attachments import AttachmentChip
from inbox_app.views.flow_layout import FlowLayout
from inbox_app.views.safe_html import SafeTextBrowser

HIGHLIGHT = QColor("#fff176")  # search hits: black on yellow in both themes
PAGE_CHARS = 20_000  # a long body is shown a page at a time (a 50 MB body took 3.7 GB)


class MessageBody(SafeTextBrowser):
    """A message's text, as tall as its content (the conversation scrolls, not the body)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # a long link or token breaks where it must, inside the card's width
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def _fit(self) -> None:
        height = int(self.document().size().height()) + 6
        if height != self.height():
            self.setFixedHeight(height)

    def highlight(self, terms: Sequence[str]) -> None:
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        fmt.setForeground(QColor("#000000"))
        for term in terms:
            cursor = self.document().find(term)
            while not cursor.isNull():
                sel = QTextEdit.ExtraSelection()
                sel.cursor = cursor
                sel.format = fmt
                selections.append(sel)
                cursor = self.document().find(term, cursor, QTextDocument.FindFlag(0))
        self.setExtraSelections(selections)

    def highlight_count(self) -> int:
        return len(self.extraSelections())


class MessageCard(QFrame):
    """One message: who, when, status, body (plain or sanitized HTML), attachment chips."""

    def __init__(
        self,
        msg: MessageRow,
        fetch: Callable[[AttachmentRow], bytes],
        terms: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.message = msg
        kind = "notice" if is_notice(msg) else ("incoming" if msg.direction == "in" else "outgoing")
        self.setObjectName(f"message_{kind}")
        self.setProperty("kind", kind)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.setSpacing(2)
        who = sender_label(msg, kind)
        head = QLabel(self)
        head.setObjectName("messageHeader")
        status = status_label(msg)
        colour = css(
            "danger"
            if msg.status in ("failed", "bounced") or msg.notice_kind == "bounce"
            else ("warning" if msg.status in ("unknown", "queued", "sending") else "muted")
        )
        when = full_time(msg.sent_at or msg.created_at)
        # wrapped, never wider than the conversation ("Written by Marco … queued in the
        # outbox" at 1024 px gave the conversation a horizontal scroll bar)
        head.setText(
            f"<b>{html.escape(who)}</b> <span style='color:{css('muted')}'>"
            f"{html.escape(when)}</span> <span style='color:{colour}'>"
            f"{html.escape(status)}</span>"
        )
        head.setTextFormat(Qt.TextFormat.RichText)
        head.setWordWrap(True)
        lay.addWidget(head)
        # a screen reader reads the card as "Buyer, <when>, received", then its text
        self.setAccessibleName(", ".join(x for x in (who, when, status) if x))
        if msg.error:
            err = QLabel(
                QCoreApplication.translate("Conversation", "Error: %1").replace(
                    "%1", known_sentence_text(msg.error)
                ),
                self,
            )
            err.setStyleSheet(f"color:{css('danger')}")
            err.setWordWrap(True)
            err.setTextFormat(Qt.TextFormat.PlainText)
            lay.addWidget(err)
        self.body = MessageBody(self)
        self.body.setObjectName("messageBody")
        self.body.setAccessibleName(QCoreApplication.translate("Conversation", "Message text"))
        self.body.viewport().setAutoFillBackground(False)
        self._terms = tuple(terms)
        self._pages = 1
        self.more_button: QToolButton | None = None
        if is_notice(msg):
            self.body.setPlainText(msg.notice_text or msg.body_text)
        elif msg.body_html and not msg.body_text:
            self.body.set_safe_html(msg.body_html)
        else:
            self.body.setPlainText(msg.body_text[:PAGE_CHARS])
        self.body.highlight(terms)
        lay.addWidget(self.body)
        if not msg.notice_kind and len(msg.body_text) > PAGE_CHARS:
            self.more_button = QToolButton(self)
            self.more_button.setObjectName("showMoreButton")
            self.more_button.clicked.connect(self.show_more)
            self._label_more()
            lay.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        if msg.body_html and msg.body_text and not msg.notice_kind:
            html_button = QToolButton(self)
            html_button.setText(
                QCoreApplication.translate("Conversation", "Show formatted version")
            )
            html_button.clicked.connect(lambda: self.body.set_safe_html(msg.body_html or ""))
            lay.addWidget(html_button, 0, Qt.AlignmentFlag.AlignLeft)
        if msg.attachments:
            row = FlowLayout(spacing=6)  # chips wrap onto more rows in a narrow pane
            for att in msg.attachments:
                row.addWidget(AttachmentChip(att, fetch, self))
            lay.addLayout(row)

    def _label_more(self) -> None:
        if self.more_button is None:
            return
        total = -(-len(self.message.body_text) // PAGE_CHARS)
        self.more_button.setText(
            QCoreApplication.translate("Conversation", "Show more (page %1 of %2)")
            .replace("%1", str(self._pages))
            .replace("%2", str(total))
        )
        self.more_button.setVisible(self._pages < total)

    def show_more(self) -> None:
        """The next page of a long body, appended to what is shown."""
        start = self._pages * PAGE_CHARS
        self.body.moveCursor(QTextCursor.MoveOperation.End)
        self.body.insertPlainText(self.message.body_text[start : start + PAGE_CHARS])
        self._pages += 1
        self.body.highlight(self._terms)
        self._label_more()
