"""What an empty table or list says, painted in its viewport (no extra widget)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView


def paint_empty_state(view: QAbstractItemView, text: str) -> None:
    """From the view's paintEvent: `text` centred near the top when the model is empty."""
    model = view.model()
    if model is None or model.rowCount() != 0 or not text:
        return
    painter = QPainter(view.viewport())
    painter.setPen(view.palette().color(QPalette.ColorRole.PlaceholderText))
    rect = view.viewport().rect().adjusted(12, 24, -12, 0)
    flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
    painter.drawText(rect, int(flags | Qt.TextFlag.TextWordWrap), text)
    painter.end()
