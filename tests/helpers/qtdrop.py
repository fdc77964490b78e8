"""Drag and drop as real Qt events (QTest cannot do OS drag and drop; TESTING-NOTES §4)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QUrl
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


def drop_files(widget: QWidget, paths: Sequence[Path]) -> bool:
    """Drag real files from a "file manager" onto `widget` (TESTING-NOTES §4)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    _enter, drop = drag_and_drop(widget, mime)
    return drop is not None and drop.isAccepted()
