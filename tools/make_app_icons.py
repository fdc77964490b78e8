"""Render the application icon's PNG sizes from its SVG (resources/icons/hicolor/).

    .venv/bin/python tools/make_app_icons.py

Desktops without SVG support, the Windows/macOS bundles and AppStream want PNGs of fixed
sizes beside the scalable icon; Qt's own SVG renderer draws them, so they match the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inbox_app.desktop import APP_ID, ICON_SIZES  # noqa: E402

HICOLOR = ROOT / "resources" / "icons" / "hicolor"


def render(size: int) -> object:
    """The icon at `size` x `size` pixels as a QImage (ARGB, transparent corners)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    for size in ICON_SIZES:
        folder = HICOLOR / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        render(size).save(str(folder / f"{APP_ID}.png"))  # type: ignore[attr-defined]
        print(f"{size}x{size}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
