"""Drag and drop as real Qt events (QTest cannot do OS drag and drop; TESTING-NOTES §4)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget


def drag_and_drop(widget: QWidget, mime: QMimeData) -> tuple[QDragEnterEvent, QDropEvent | None]:
    """Send a drag-enter and, if it was accepted, a drop of `mime` on the widget's centre.

    Returns both events (the drop is None when the enter was refused). PySide6 < 6.12
    takes a QPoint here (6.12 moved to QPointF; the project pins < 6.12).
    """
    pos = widget.rect().center()
    args = (
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(*args)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return enter, None
    drop = QDropEvent(*args)
    QApplication.sendEvent(widget, drop)
    return enter, drop
