"""The icon lookup (models/icons.py): every named icon exists and draws, sharp at 200 %,
tinted for the palette it paints on; the application icon's PNGs are the SVG's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from inbox_app.desktop import APP_ID, ICON_SIZES, resource
from inbox_app.models import icons
from inbox_app.models.colours import TOKENS


def _opaque_colours(image: QImage) -> set[str]:
    found = set()
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if c.alpha() == 255:
                found.add(c.name())
    return found


@pytest.fixture
def dark_palette(qapp: QApplication) -> Iterator[QPalette]:
    before = QGuiApplication.palette()
    pal = QPalette(before)
    pal.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    pal.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    qapp.setPalette(pal)
    yield pal
    qapp.setPalette(before)


@pytest.mark.parametrize("name", sorted(icons.ICONS))
def test_every_icon_draws_sharp_at_200_percent(qapp: QApplication, name: str) -> None:
    icon = icons.icon(name)
    assert not icon.isNull()
    double = icon.pixmap(QSize(24, 24), 2.0)
    assert double.devicePixelRatio() == 2.0 and double.width() == 48
    single = icon.pixmap(QSize(24, 24), 1.0).toImage()
    sharp = double.toImage()
    drawn = sum(sharp.pixelColor(x, y).alpha() > 0 for y in range(48) for x in range(48))
    assert drawn > 48, f"{name} draws almost nothing"
    # drawn at 48 px, not a 24 px picture blown up: the two differ once scaled alike
    blown_up = single.scaled(48, 48)
    assert blown_up.convertToFormat(sharp.format()) != sharp


def test_tones_follow_the_palette(qapp: QApplication, dark_palette: QPalette) -> None:
    image = icons.icon("failed").pixmap(QSize(32, 32), 1.0).toImage()
    assert TOKENS["danger"][1] in _opaque_colours(image)
    text = icons.icon("find").pixmap(QSize(32, 32), 1.0).toImage()
    assert "#e8eaed" in _opaque_colours(text)  # the dark palette's text colour


def test_tones_in_the_light_palette(qapp: QApplication) -> None:
    image = icons.icon("failed").pixmap(QSize(32, 32), 1.0).toImage()
    assert TOKENS["danger"][0] in _opaque_colours(image)


def test_lookups_by_kind(qapp: QApplication) -> None:
    def same(a: QIcon, b: QIcon) -> bool:
        return a.pixmap(16, 16).toImage() == b.pixmap(16, 16).toImage()

    assert same(icons.attachment_icon("application/pdf"), icons.icon("file_pdf"))
    assert same(icons.attachment_icon("image/png"), icons.icon("file_image"))
    assert same(icons.attachment_icon("text/plain", refused=True), icons.icon("file_refused"))
    assert same(icons.view_icon("mp:DE"), icons.icon("view_marketplace"))
    assert same(icons.finding_icon("block"), icons.icon("finding_block"))
    assert icons.state_icon("no such state").isNull()
    assert not icons.action_icon("import_orders").isNull()


def test_the_app_icon_pngs_are_renders_of_its_svg(qapp: QApplication) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(resource("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg")))
    assert renderer.isValid()
    for size in ICON_SIZES:
        shipped = QImage.fromData(
            resource("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png").read_bytes()
        ).convertToFormat(QImage.Format.Format_ARGB32)
        fresh = QImage(size, size, QImage.Format.Format_ARGB32)
        fresh.fill(Qt.GlobalColor.transparent)
        painter = QPainter(fresh)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        diff = max(
            abs(shipped.pixelColor(x, y).red() - fresh.pixelColor(x, y).red())
            for y in range(0, size, max(1, size // 16)) for x in range(0, size, max(1, size // 16))
        )  # fmt: skip
        assert diff <= 8, f"{size}px PNG is stale: run tools/make_app_icons.py"
    assert icons.app_icon().availableSizes()[-1] == QSize(512, 512)


APP_ICON_PLUGINS = r"""
import sys
from PySide6.QtWidgets import QApplication
from inbox_app.models.icons import app_icon
app = QApplication(sys.argv[:1])
icon = app_icon()
print(len(icon.availableSizes()))
print(" ".join(sorted({l.split()[-1].rsplit("/", 1)[1] for l in open("/proc/self/maps")
                       if "/plugins/imageformats/" in l})))
"""


def test_the_app_icon_loads_no_image_plugin() -> None:
    # its PNGs are read as PNG: sniffing the bytes made Qt load every image plugin
    # (TIFF, WebP, PDF with QtPdf and QtNetwork...), ~2.7 MB resident in every window
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", APP_ICON_PLUGINS],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    sizes, plugins = [*out.stdout.splitlines(), "", ""][:2]
    assert int(sizes) == len(ICON_SIZES)
    assert plugins == "", f"image plugins loaded for the app icon: {plugins}"
