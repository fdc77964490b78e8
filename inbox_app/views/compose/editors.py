"""The pane's two text fields: the plain-text body (files pasted or dropped on it become
attachments; pasted text is cut at BODY_PASTE_LIMIT) and the important-tag toggle button."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QMimeData, QObject, QSize, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QToolButton, QWidget

from inbox_app.models.colours import css
from inbox_app.views.compose.attachments import carries_files

# What a paste or drop may bring the body to: five times the longest text Amazon's
# messaging API takes, and all the live check reads. Qt lays out text in the GUI thread
# and an unbreakable 80,000-character line or 30,000 spaced emoji froze it for 0.4-1 s.
BODY_PASTE_LIMIT = 10_000


class BodyEdit(QPlainTextEdit):
    """`bodyEdit`: plain text only; a paste or drop of files/images is handed over as such."""

    files_received = Signal(object)  # QMimeData
    paste_cut = Signal(int, int)  # characters kept, characters pasted (when over the limit)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyEdit")
        self.setTabChangesFocus(True)  # Tab reaches the other controls
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

    def sizeHint(self) -> QSize:
        # Modest, so a splitter shares the height with the conversation above.
        lines = self.fontMetrics().lineSpacing()
        return QSize(super().sizeHint().width(), lines * 7 + 12)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.fontMetrics().lineSpacing() * 3 + 12)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.hasFocus():  # the box got shorter (the reply's room, the findings): the
            self.ensureCursorVisible()  # line being typed stays in view

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return carries_files(source) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if carries_files(source):
            self.files_received.emit(source)
            return
        text = source.text() if source.hasText() else ""
        cursor = self.textCursor()
        room = BODY_PASTE_LIMIT - (len(self.toPlainText()) - len(cursor.selectedText()))
        if len(text) <= room:
            super().insertFromMimeData(source)
            return
        kept = text[: max(room, 0)]
        if kept:
            cursor.insertText(kept)
            self.ensureCursorVisible()
        self.paste_cut.emit(len(kept), len(text))


class ImportantToggle(QToolButton):
    """`importantToggle`: checkable; highlighted when the buyer's opt-out applies."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importantToggle")
        self.setCheckable(True)
        self.setAutoRaise(False)
        self.set_prominent(False)

    def set_prominent(self, on: bool) -> None:
        self.setProperty("prominent", on)
        banner, border = css("banner"), css("banner_border")
        text = self.palette().color(QPalette.ColorRole.ButtonText).name()
        self.setStyleSheet(
            "QToolButton#importantToggle { padding: 3px 8px; }"
            f"QToolButton#importantToggle:checked {{ background: {banner}; color: {text}; "
            "font-weight: bold; }"
            + (
                f"QToolButton#importantToggle {{ border: 2px solid {border}; border-radius: 4px; "
                f"background: {banner}; color: {text}; font-weight: bold; }}"
                if on
                else ""
            )
        )


class EditKeys(QObject):
    """Keys the pane's own, even where the window binds the same ones (Ctrl+I imports
    orders in the main window): in the subject and body they win, taken at ShortcutOverride."""

    def __init__(self, widgets: Sequence[QWidget], keys: dict[str, Callable[[], object]]) -> None:
        super().__init__(widgets[0])
        self._keys = [(QKeySequence(k), action) for k, action in keys.items()]
        for w in widgets:
            w.installEventFilter(self)

    def _action(self, event: QKeyEvent) -> Callable[[], object] | None:
        pressed = QKeySequence(event.keyCombination())
        for seq, action in self._keys:
            if seq.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch:
                return action
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        action = self._action(event)
        if action is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # deliver it to the edit as a key press, not to a window shortcut
            return True
        action()
        return True
