"""Light and dark: follow the desktop's colour scheme (Qt's QStyleHints.colorScheme) or
a forced choice kept in the settings, and give every widget a palette it can read.

`apply(app, choice)` sets the palette; `Appearance` remembers the choice, applies it and
follows the system while the choice is "system". Widgets that colour text themselves ask
models/colours.py with their palette, and rebuild their style sheets on PaletteChange.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from inbox_app.models.colours import css, is_dark

CHOICES = ("system", "light", "dark")
SETTING = "appearance/colour_scheme"
# whether a forced choice asked the platform for a scheme: only then does "system" take
# the request back (unsetting with none made the platform report its scheme again, which
# re-entered apply and flipped a live system change back)
_REQUESTED = {"scheme": False}

# a neutral dark palette (Fusion's roles), text at least 4.5:1 on every background it meets
_DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#17181a",
    QPalette.ColorRole.AlternateBase: "#25272a",
    QPalette.ColorRole.ToolTipBase: "#303134",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#2d2f33",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.BrightText: "#ff8a80",
    QPalette.ColorRole.Highlight: "#8ab4f8",
    QPalette.ColorRole.HighlightedText: "#14171c",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.LinkVisited: "#c58af9",
    QPalette.ColorRole.Light: "#3c4043",
    QPalette.ColorRole.Midlight: "#34373b",
    QPalette.ColorRole.Mid: "#5f6368",
    QPalette.ColorRole.Dark: "#111214",
    QPalette.ColorRole.Shadow: "#000000",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#80868b",
    QPalette.ColorRole.Text: "#80868b",
    QPalette.ColorRole.ButtonText: "#80868b",
    QPalette.ColorRole.Highlight: "#5f6368",
}


def dark_palette() -> QPalette:
    pal = QPalette()
    for role, value in _DARK.items():
        pal.setColor(role, QColor(value))
    for role, value in _DARK_DISABLED.items():
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(value))
    return pal


def light_palette() -> QPalette:
    """Fusion's own light palette, with placeholder text and the selection (white on
    Fusion's #308cc6 is 3.7:1) dark enough for AA."""
    style = QStyleFactory.create("Fusion")
    pal = QPalette(style.standardPalette()) if style is not None else QPalette()
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor("#5f6368"))
    pal.setColor(QPalette.ColorRole.Highlight, QColor("#1b63b0"))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return pal


def system_scheme() -> Qt.ColorScheme:
    """What the desktop asks for (Unknown when it does not say: offscreen, bare X)."""
    return QGuiApplication.styleHints().colorScheme()


def wants_dark(choice: str) -> bool:
    if choice == "dark":
        return True
    if choice == "light":
        return False
    return system_scheme() == Qt.ColorScheme.Dark


def apply(app: QApplication, choice: str) -> bool:
    """Give the application the palette for `choice`; returns whether it is dark.

    Forced choices use the Fusion style (native styles may ignore a palette); "system"
    keeps the desktop's style and palette when they already match its scheme."""
    dark = wants_dark(choice)
    if choice != "system" or is_dark(app.palette()) != dark:
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(dark_palette() if dark else light_palette())
    if choice == "system":
        if _REQUESTED["scheme"]:
            _REQUESTED["scheme"] = False
            QGuiApplication.styleHints().unsetColorScheme()
    else:  # tell the platform too (title bars, native dialogs) where it listens
        _REQUESTED["scheme"] = True
        QGuiApplication.styleHints().setColorScheme(
            Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light
        )
    return dark


class Appearance(QObject):
    """The remembered light/dark choice; follows the system while it is "system"."""

    changed = Signal(bool)  # dark

    def __init__(self, app: QApplication, settings: QSettings) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)

    def choice(self) -> str:
        value = str(self.settings.value(SETTING, "system"))
        return value if value in CHOICES else "system"

    def set_choice(self, choice: str) -> None:
        if choice not in CHOICES:
            raise ValueError(f"unknown colour scheme {choice!r}")
        self.settings.setValue(SETTING, choice)
        self.apply()

    def apply(self) -> bool:
        dark = apply(self.app, self.choice())
        self.changed.emit(dark)
        return dark

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice() == "system":
            self.apply()


class _Restyler(QObject):
    """Rebuilds one widget's style sheet when the application palette changes (child
    widgets with a style sheet get no PaletteChange event of their own)."""

    def __init__(self, widget: QWidget, build: Callable[[QPalette], str]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.build = build
        self.last = ""
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.paletteChanged.connect(self.restyle)
        self.restyle()

    def restyle(self, _palette: QPalette | None = None) -> None:
        sheet = self.build(QGuiApplication.palette())
        if sheet != self.last:
            self.last = sheet
            self.widget.setStyleSheet(sheet)


def restyle_with_palette(widget: QWidget, build: Callable[[QPalette], str]) -> _Restyler:
    """Set `build(palette)` as the widget's style sheet now and whenever the palette changes
    (and when the returned restyler's `restyle()` is called: the sheet's data changed)."""
    return _Restyler(widget, build)


def colour_style(token: str, extra: str = "") -> Callable[[QPalette], str]:
    """A style-sheet builder for "color: <token>" (plus `extra` declarations)."""
    return lambda pal: f"color:{css(token, pal)};{extra}"
