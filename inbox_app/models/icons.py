"""Small state icons (opted out, draft, outbox states), painted once and cached."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

_SIZE = 32
# name -> (fill colour, glyph); glyphs are in DejaVu Sans and every desktop font
_SPECS = {
    "opted_out": ("#c62828", ""),
    "draft": ("#6d6d6d", "✎"),
    "queued": ("#1565c0", "…"),
    "sending": ("#1565c0", "↑"),
    "failed": ("#c62828", "!"),
    "unknown": ("#ef6c00", "?"),
    "bounced": ("#c62828", "↩"),
    "notice": ("#5d4037", "i"),
    "attachment": ("#455a64", "+"),
}


@cache
def state_icon(name: str) -> QIcon:
    """An icon for a thread or message state; an empty icon for an unknown name."""
    if name not in _SPECS:
        return QIcon()
    fill, glyph = _SPECS[name]
    pix = QPixmap(_SIZE, _SIZE)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(fill))
    p.drawEllipse(QRectF(2, 2, _SIZE - 4, _SIZE - 4))
    if name == "opted_out":  # a no-entry sign reads without words
        p.setPen(QPen(QColor("white"), 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(9, _SIZE // 2, _SIZE - 9, _SIZE // 2)
    else:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(20)
        p.setFont(font)
        p.setPen(QColor("white"))
        p.drawText(QRectF(0, 0, _SIZE, _SIZE), Qt.AlignmentFlag.AlignCenter, glyph)
    p.end()
    return QIcon(pix)
