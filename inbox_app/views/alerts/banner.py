"""The in-window banner: the last way to warn of a deadline when the desktop has neither
a notification server nor a tray. Click (or Enter) opens the thread; x closes it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from inbox_app.models.colours import css
from inbox_app.views.theme import restyle_with_palette


def _sheet(pal: QPalette) -> str:
    return (
        f"#deadlineBanner {{ background: {css('banner', pal)};"
        f" border: 1px solid {css('banner_border', pal)}; }}"
        f"#deadlineBanner QLabel {{ color: {css('banner_text', pal)}; }}"
    )


class DeadlineBanner(QFrame):
    """objectName deadlineBanner; hidden until `show_notice`."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadlineBanner")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        restyle_with_palette(self, _sheet)  # light or dark, and again when the theme changes
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 2, 0)
        self.text = QLabel(self)
        self.text.setObjectName("deadlineBannerText")
        self.text.setWordWrap(False)  # one compact line in the status bar, not a tall strip
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.text, 1)
        close = QToolButton(self)
        close.setObjectName("deadlineBannerClose")
        close.setText("×")
        close.setToolTip(QCoreApplication.translate("DeadlineAlerts", "Dismiss"))
        close.setAccessibleName(close.toolTip())
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self.key: str | None = None
        self._full = ""
        self.text.setMinimumWidth(40)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hide()

    def show_notice(self, key: str, summary: str, body: str) -> None:
        self.key = key
        # subjects come from buyers: plain text, never markup; one line, elided to fit,
        # the whole notice in the tool tip
        self._full = " — ".join(x for x in (summary, " · ".join(body.split("\n"))) if x)
        self.text.setToolTip(f"{summary}\n{body}" if body else summary)
        self.setToolTip(self.text.toolTip())
        self.text.setText(self._full)  # elided once laid out (its width is known then)
        self.show()
        QTimer.singleShot(0, self, self._elide)

    def _elide(self) -> None:
        if not self.isVisible():
            return
        width = max(40, self.text.width())
        self.text.setText(
            self.text.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def withdraw(self, key: str) -> None:
        if self.key == key:
            self.key = None
            self.hide()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)
