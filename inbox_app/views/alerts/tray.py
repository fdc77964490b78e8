"""The tray icon: the number of threads due within the alert window drawn on the icon,
"needs attention" while any is due; its message balloon is the second way to notify."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QSystemTrayIcon

ACTIVE = "Active"
NEEDS_ATTENTION = "NeedsAttention"  # the StatusNotifierItem status it stands for


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeadlineAlerts", text)


def count_icon(count: int, size: int = 64) -> QIcon:
    """A round badge: grey when nothing is due, red with the number when something is."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#c62828" if count else "#607d8b"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, size - 4, size - 4)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * (0.5 if count < 100 else 0.36)))
    painter.setFont(font)
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, str(count))
    painter.end()
    return QIcon(pixmap)


class DeadlineTray(QObject):
    """Owns the QSystemTrayIcon; `clicked` when the icon or its message is clicked."""

    clicked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(self)
        self.icon.setObjectName("deadlineTray")
        self.count = -1
        self.status = ACTIVE
        self.icon.activated.connect(lambda _reason: self.clicked.emit())
        self.icon.messageClicked.connect(self.clicked.emit)
        self.show_count(0)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon.show()

    @property
    def can_show_messages(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()

    def show_count(self, count: int) -> None:
        if count == self.count:
            return
        self.count = count
        self.status = NEEDS_ATTENTION if count else ACTIVE
        self.icon.setIcon(count_icon(count))
        self.icon.setToolTip(
            _tr("%1 threads due within the alert window").replace("%1", str(count))
            if count
            else _tr("No reply due soon")
        )

    def message(self, summary: str, body: str) -> bool:
        if not self.can_show_messages:
            return False
        self.icon.showMessage(summary, body, QSystemTrayIcon.MessageIcon.Warning, 15_000)
        return True
