"""`composeSaveState`: the draft's state beside the buttons ("Saving…", "Saved", "Not
saved", "Kept on this computer"), greyed; it gives way to the buttons on a narrow pane
(a one-character mark instead, the whole state in its tooltip and accessible name),
never squeezing them."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class SaveState(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composeSaveState")
        self.setEnabled(False)  # greyed: a state, not a message to act on
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.mark = ""

    def setText(self, text: str) -> None:
        self.say(text, "")

    def say(self, text: str, mark: str) -> None:
        """Show `text`, or `mark` where the pane leaves too little room for it."""
        if text == self.text() and mark == self.mark:
            return
        self.mark = mark
        super().setText(text)
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.update()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        text, metrics = self.text(), self.fontMetrics()
        if self.mark and metrics.horizontalAdvance(text) > self.width():
            text = self.mark  # too little room for the words: the mark
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, self.width())
        group = QPalette.ColorGroup.Disabled  # greyed, as the label is
        painter.setPen(self.palette().color(group, self.foregroundRole()))
        left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(self.rect(), int(left), shown)
