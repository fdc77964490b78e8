"""A word-wrapped label exactly as tall as its text at the width it is given."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class WrappedLabel(QLabel):
    """QLabel's least height for wrapped text is the text wrapped at a width it guesses
    (five lines for a two-line note in a wide form row), and a layout keeps it: blank
    lines above and below the text. This one asks for one line until it has a width,
    then for the height of its text at that width, again whenever the width changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        # no height-for-width either: the height is the one asked for here
        self.setSizePolicy(QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed))
        self._height = 0  # the text's height at the label's width, once it has one

    def _wanted(self) -> int:
        return self._height or self.fontMetrics().lineSpacing()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._wanted())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._wanted())

    def setText(self, text: str) -> None:
        super().setText(text)
        if self.isVisible():
            self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def _fit(self) -> None:
        height = self.heightForWidth(max(1, self.width()))
        if height > 0 and height != self._height:
            self._height = height
            self.updateGeometry()
