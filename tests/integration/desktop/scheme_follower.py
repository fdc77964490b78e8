"""Run under a real X server with a platform theme that carries a colour scheme (Qt's
gnome theme): the app follows the system, the scheme is changed at run time through
QStyleHints.setColorScheme, and the palette, a message card and the deadline banner are
read back. Prints one JSON line per state."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from inbox_app.views import theme
from inbox_app.views.alerts.banner import DeadlineBanner
from inbox_app.views.conversation_view import card_style


def _most_common(widget: QWidget) -> str:
    image = widget.grab().toImage()
    counts: dict[int, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    return QColor.fromRgb(max(counts, key=lambda k: counts[k])).name()


def main() -> int:
    app = QApplication(sys.argv[:1])
    settings = QSettings(str(Path(sys.argv[1]) / "a.ini"), QSettings.Format.IniFormat)
    appearance = theme.Appearance(app, settings)
    appearance.apply()  # "system"
    host = QWidget()
    theme.restyle_with_palette(host, card_style)
    lay = QVBoxLayout(host)
    card = QFrame(host)
    card.setObjectName("message_incoming")
    QVBoxLayout(card).addWidget(QLabel("Where is my order?", card))
    lay.addWidget(card)
    banner = DeadlineBanner(host)
    lay.addWidget(banner)
    banner.show_notice("k", "Reply due in 2 h", "Buyer")
    host.resize(400, 160)
    host.show()
    hints = app.styleHints()
    for scheme in (Qt.ColorScheme.Dark, Qt.ColorScheme.Light, Qt.ColorScheme.Dark):
        hints.setColorScheme(scheme)
        app.processEvents()
        pal = app.palette()
        state = {
            "asked": scheme.name,
            "scheme": hints.colorScheme().name,
            "window": pal.color(QPalette.ColorRole.Window).name(),
            "card": _most_common(card),
            "banner": _most_common(banner),
        }
        print(json.dumps(state), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
