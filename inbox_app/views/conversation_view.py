"""The conversation of the selected thread: header, actions, message cards, compose slot."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inbox_app.models.buyer_text import buyer_text
from inbox_app.models.colours import css
from inbox_app.models.conversation_model import ConversationModel
from inbox_app.models.formatting import time_left, urgency
from inbox_app.models.roles import Role
from inbox_app.models.thread_display_proxy import urgency_colour
from inbox_app.store.rows import AttachmentRow, MessageRow, ThreadRow
from inbox_app.views.flow_layout import FlowLayout
from inbox_app.views.scroll_keeper import ScrollKeeper
from inbox_app.views.theme import colour_style, restyle_with_palette

if TYPE_CHECKING:  # imported with the first card (after the first paint): safe HTML, nh3
    from inbox_app.views.message_card import MessageCard


def reading_target(messages: Sequence[MessageRow]) -> int | None:
    """Which message a thread opens at: the newest buyer message after the last reply
    sent (the question being answered), else the newest message."""
    if not messages:
        return None
    replied = max(
        (i for i, m in enumerate(messages) if m.direction == "out" and m.status == "sent"),
        default=-1,
    )
    asked = [
        i
        for i, m in enumerate(messages)
        if i > replied and m.direction == "in" and m.notice_kind is None
    ]
    return asked[-1] if asked else len(messages) - 1


def card_style(pal: QPalette) -> str:
    """Buyer messages left, the seller's right and blue, Amazon's notices amber; the
    colours are the palette's (models/colours.py), so dark mode has dark cards."""
    text = pal.color(QPalette.ColorRole.WindowText).name()
    card = {k: css(k, pal) for k in ("card_incoming", "card_outgoing", "card_notice")}
    border = css("card_border", pal)
    return (
        f"QFrame#message_incoming {{ background: {card['card_incoming']}; color: {text}; "
        f"border: 1px solid {border}; border-radius: 6px; margin-right: 40px; }}"
        f"QFrame#message_outgoing {{ background: {card['card_outgoing']}; color: {text}; "
        f"border: 1px solid {border}; border-radius: 6px; margin-left: 40px; }}"
        f"QFrame#message_notice {{ background: {card['card_notice']}; color: {text}; "
        f"border: 1px solid {border}; border-radius: 6px; }}"
        f"QTextBrowser#messageBody {{ background: transparent; color: {text}; }}"
    )


class ConversationHeader(QWidget):
    """The header (conversationHeader): never squeezed below the height its wrapped lines
    need at its width. A short window takes the room from the cards instead (at 1024x700
    a wrapped presence line used to clip the subject at its top)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth() or self.width() <= 0:
            return hint
        return QSize(hint.width(), max(hint.height(), layout.totalHeightForWidth(self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the least height follows the width


class ConversationView(QWidget):
    """The selected thread (objectName conversationView) with an empty compose slot below."""

    def __init__(
        self,
        model: ConversationModel,
        fetch: Callable[[AttachmentRow], bytes],
        actions: Sequence[QAction],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conversationView")
        self._model = model
        self._fetch = fetch
        self._terms: tuple[str, ...] = ()
        self._thread: ThreadRow | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        header = ConversationHeader(self)
        header.setObjectName("conversationHeader")
        hl = QVBoxLayout(header)
        hl.setContentsMargins(10, 8, 10, 6)
        self.subject_label = QLabel(header)
        self.subject_label.setObjectName("subjectLabel")
        self.subject_label.setWordWrap(True)
        self.subject_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.subject_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.subject_label.setFont(font)
        self.meta_label = QLabel(header)
        self.meta_label.setTextFormat(Qt.TextFormat.PlainText)
        self.due_label = QLabel(header)
        self.due_label.setObjectName("dueLabel")
        # the clock on one line, the actions on the next: never elided, in any language;
        # who has the thread (a team inbox) beside the clock, under it when there is no room
        bar = FlowLayout(spacing=12)
        bar.addWidget(self.due_label)
        self.assignee_label = QLabel(header)
        self.assignee_label.setObjectName("assigneeLabel")
        self.assignee_label.setTextFormat(Qt.TextFormat.PlainText)
        self.assignee_label.setVisible(False)
        bar.addWidget(self.assignee_label)
        buttons = FlowLayout(spacing=6)  # a narrow pane wraps them on two rows, never elides
        self.action_buttons: dict[str, QToolButton] = {}
        for action in actions:
            button = QToolButton(header)
            button.setObjectName(action.objectName().replace("action_", "button_"))
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setVisible(action.isVisible())
            # a tool button follows its action's text and state, but not its visibility
            action.changed.connect(lambda b=button, a=action: b.setVisible(a.isVisible()))
            self.action_buttons[action.objectName()] = button
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        hl.addWidget(self.subject_label)
        hl.addWidget(self.meta_label)
        hl.addLayout(bar)
        self.buttons_host = QWidget(header)
        self.buttons_host.setLayout(buttons)
        hl.addWidget(self.buttons_host)
        outer.addWidget(header)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("conversationSplitter")
        self.scroll_area = QScrollArea(self.splitter)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # the cards wrap to the pane's width (message_card.py): reading never scrolls sideways
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._cards_host = QWidget()
        self._cards_host.setObjectName("messages")
        restyle_with_palette(self._cards_host, card_style)
        self._cards = QVBoxLayout(self._cards_host)
        self._cards.setContentsMargins(10, 6, 10, 6)
        self._cards.setSpacing(8)
        self._cards.addStretch(1)
        self.scroll_area.setWidget(self._cards_host)
        # The compose pane (inbox_app/views/compose) is placed here by app wiring.
        self.compose_slot = QWidget(self.splitter)
        self.compose_slot.setObjectName("composeSlot")
        self.compose_slot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        slot_layout = QVBoxLayout(self.compose_slot)
        slot_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.scroll_area)
        self.splitter.addWidget(self.compose_slot)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        outer.addWidget(self.splitter, 1)

        self.placeholder = QLabel(
            QCoreApplication.translate("Conversation", "Select a thread to read it."),
            self._cards_host,
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        restyle_with_palette(self.placeholder, colour_style("muted"))
        self._cards.insertWidget(0, self.placeholder)
        # the card a thread opens at (or a kept position) stays in view through later
        # layout: the reply room moving the split, a resize, late card heights
        self._keeper = ScrollKeeper(self.scroll_area, self._cards_host)
        model.modelReset.connect(self._rebuild_scroll_end)
        model.rowsInserted.connect(self._rebuild_scroll_end)
        model.dataChanged.connect(self._rebuild_keep)
        self.set_thread(None)

    # --- our interface -----------------------------------------------------------------

    def cards(self) -> list[MessageCard]:
        # every widget in the column but the placeholder is a card (the stretch is none)
        items = (self._cards.itemAt(i) for i in range(self._cards.count()))
        widgets = (it.widget() for it in items if it is not None)
        return [cast("MessageCard", w) for w in widgets if w and w is not self.placeholder]

    def set_terms(self, terms: Sequence[str]) -> None:
        self._terms = tuple(terms)
        for card in self.cards():
            card.body.highlight(self._terms)

    def show_reading(self) -> None:
        """The thread's messages are on their way (a team seat reads them off the GUI
        thread): said where they will show."""
        self.placeholder.setText(
            QCoreApplication.translate("Conversation", "Reading the conversation…")
        )

    def set_thread(self, row: ThreadRow | None, now_seconds_left: int | None = None) -> None:
        """Update the header (subject, buyer, time left) for `row`."""
        self._thread = row
        self.placeholder.setText(
            QCoreApplication.translate("Conversation", "Select a thread to read it.")
        )
        if row is None:
            self.subject_label.setText(
                QCoreApplication.translate("Conversation", "No thread selected")
            )
            self.meta_label.clear()
            self.due_label.clear()
            self.assignee_label.setVisible(False)
            return
        self.subject_label.setText(
            row.subject or QCoreApplication.translate("Conversation", "(no subject)")
        )
        bits = [buyer_text(row.buyer_name, row.buyer_alias), row.marketplace]
        if row.amazon_order_id:
            bits.append(
                QCoreApplication.translate("Conversation", "order %1").replace(
                    "%1", row.amazon_order_id
                )
            )
        self.meta_label.setText(" · ".join(b for b in bits if b))
        self.assignee_label.setVisible(bool(row.assignee))
        self.assignee_label.setText(
            QCoreApplication.translate("Conversation", "Assigned to %1").replace(
                "%1", row.assignee or ""
            )
        )
        self.update_due(row, now_seconds_left)

    def update_due(self, row: ThreadRow, seconds_left: int | None) -> None:
        if seconds_left is not None:
            level = urgency(seconds_left)
            colour = urgency_colour(level).name()
            text = (
                QCoreApplication.translate("Conversation", "Reply within %1").replace(
                    "%1", time_left(seconds_left)
                )
                if seconds_left >= 0
                else QCoreApplication.translate("Conversation", "Reply %1").replace(
                    "%1", time_left(seconds_left)
                )
            )
            self.due_label.setText(f"<b style='color:{colour}'>{text}</b>")
            self.due_label.setMinimumWidth(self.due_label.sizeHint().width())
        elif row.state == "no_response_needed":
            self.due_label.setText(
                QCoreApplication.translate(
                    "Conversation", "No response needed: the clock is stopped"
                )
            )
        elif row.state == "answered":
            self.due_label.setText(QCoreApplication.translate("Conversation", "Answered"))
        else:
            self.due_label.clear()

    # --- model -> cards ------------------------------------------------------------------

    def kept_card(self) -> MessageCard | None:
        """The card the view holds in sight until the seller scrolls (None once they did)."""
        # the keeper is handed cards only (_rebuild_scroll_end, _rebuild_keep)
        return cast("MessageCard | None", self._keeper.kept_card())

    def _rebuild(self) -> None:
        self._keeper.keep_card(None)  # the old cards go
        for card in self.cards():
            self._cards.removeWidget(card)
            card.hide()  # hidden now, deleted later: never painted over the new cards
            card.deleteLater()
        messages = [
            self._model.data(self._model.index(i), Role.ROW) for i in range(self._model.rowCount())
        ]
        self.placeholder.setVisible(not messages)
        if messages:
            from inbox_app.views.message_card import MessageCard
        for n, msg in enumerate(messages):
            self._cards.insertWidget(n + 1, MessageCard(msg, self._fetch, self._terms))

    def _rebuild_scroll_end(self) -> None:
        """A new thread (or a new message): open at the newest unanswered buyer message,
        and keep it in view while the cards finish their layout and the split or the
        window change the viewport's height, until the seller scrolls."""
        self._rebuild()
        cards = self.cards()
        target = reading_target([c.message for c in cards])
        self._keeper.keep_card(cards[target] if target is not None else None)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.cards():
            self._rebuild_keep()  # the cards' header colours follow the theme

    def _rebuild_keep(self) -> None:
        """Same messages, new data: the same card stays in view if the view still held
        one (the seller has not scrolled), else the seller's position stays."""
        kept = self.kept_card()
        kept_id = kept.message.id if kept is not None else None
        value = self.scroll_area.verticalScrollBar().value()
        self._rebuild()
        card = next((c for c in self.cards() if c.message.id == kept_id), None)
        if card is not None:
            self._keeper.keep_card(card)
        else:
            self._keeper.keep_value(value)
