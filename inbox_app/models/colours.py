"""The window's meaningful colours (deadline clocks, policy severities, card backgrounds,
states) for a light and a dark palette, each text colour at least WCAG AA (4.5:1) on the
backgrounds it is drawn on. Everything that colours text asks here, with the palette it
paints on, so the dark theme needs no second set of widgets."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# token -> (light, dark)
TOKENS: dict[str, tuple[str, str]] = {
    # foregrounds (text, underlines, icons)
    "danger": ("#b3261e", "#ff8a80"),  # overdue, blocked, failed, opted out
    "warning": ("#8a4b00", "#ffb74d"),  # due soon, may have been sent
    "success": ("#1b6e20", "#81c784"),  # later, test connection OK
    "info": ("#1558b0", "#8ab4f8"),  # information findings, accent
    "muted": ("#5f6368", "#b0b3b8"),  # secondary text, timestamps
    "handmade": ("#6a1b9a", "#ce93d8"),
    "custom": ("#1558b0", "#8ab4f8"),
    "wine": ("#880e4f", "#f48fb1"),
    # backgrounds
    "card_incoming": ("#ffffff", "#2b2d31"),
    "card_outgoing": ("#e8f1fd", "#1f3347"),
    "card_notice": ("#fff6da", "#3a3220"),
    "card_border": ("#d0d0d0", "#4a4d52"),
    "row_overdue": ("#fde7e7", "#4a2323"),
    "row_soon": ("#fff3e0", "#43351d"),
    "banner": ("#fff3e0", "#43351d"),
    "banner_border": ("#ef6c00", "#ffb74d"),
    "banner_text": ("#5d2a00", "#ffe0b2"),  # the deadline banner's own text
    "mark": ("#fff176", "#6b5d00"),  # search-hit highlight behind text
}
# text drawn on each background token (for the contrast checks)
TEXT_ON = {
    "card_incoming": ("danger", "warning", "success", "info", "muted"),
    "card_outgoing": ("danger", "warning", "muted"),
    "card_notice": ("danger", "muted"),
    "row_overdue": ("danger",),
    "row_soon": ("warning",),
    "banner": ("warning", "danger", "banner_text"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette paints light text on a dark window."""
    pal = palette if palette is not None else QGuiApplication.palette()
    window = pal.color(QPalette.ColorRole.Window)
    text = pal.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def colour(token: str, palette: QPalette | None = None) -> QColor:
    """The colour of `token` for the palette (the application's when None)."""
    light, dark = TOKENS[token]
    return QColor(dark if is_dark(palette) else light)


def css(token: str, palette: QPalette | None = None) -> str:
    """`colour(token)` as #rrggbb, for style sheets and rich text."""
    return colour(token, palette).name()


def relative_luminance(c: QColor) -> float:
    """WCAG 2.x relative luminance of an opaque colour."""

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)
