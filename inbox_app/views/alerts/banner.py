"""The in-window banner: the last way to warn of a deadline when the desktop has neither
a notification server nor a tray. Click (or Enter) opens the thread; x closes it."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class DeadlineBanner(QFrame):
    """objectName deadlineBanner; hidden until `show_notice`."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadlineBanner")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(
            "#deadlineBanner { background: #fff3e0; border: 1px solid #e65100; }"
            "#deadlineBanner QLabel { color: #5d2a00; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.text = QLabel(self)
        self.text.setObjectName("deadlineBannerText")
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        close = QToolButton(self)
        close.setObjectName("deadlineBannerClose")
        close.setText("×")
        close.setToolTip(QCoreApplication.translate("DeadlineAlerts", "Dismiss"))
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self.key: str | None = None
        self.hide()

    def show_notice(self, key: str, summary: str, body: str) -> None:
        self.key = key
        # subjects come from buyers: shown as text, never as markup
        lines = html.escape(body).replace("\n", "<br>")
        self.text.setText(f"<b>{html.escape(summary)}</b><br>{lines}")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.show()

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
