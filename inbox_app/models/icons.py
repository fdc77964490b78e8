"""Every icon the window shows, looked up by meaning in one place.

The desktop's icon theme comes first (`QIcon.fromTheme`, freedesktop names), so the app
looks like the rest of the desktop; without one (or without that icon) a bundled Material
Design Icons SVG (resources/icons/mdi/, Apache-2.0) is drawn, tinted at paint time for the
current palette (light or dark) and rendered at the device pixel size: crisp at 200 %.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from inbox_app.desktop import APP_ID, ICON_SIZES, resource
from inbox_app.models.colours import colour


@dataclass(frozen=True)
class IconSpec:
    """One icon: its freedesktop theme name ("" = always bundled), the bundled SVG and
    the colour token it is tinted with ("text" follows the palette's text colour)."""

    theme: str
    svg: str
    tone: str = "text"


ICONS: dict[str, IconSpec] = {
    # toolbar and menus
    "import": IconSpec("document-import", "file-import-outline"),
    "quit": IconSpec("application-exit", "exit-to-app"),
    "find": IconSpec("edit-find", "magnify"),
    "filter": IconSpec("view-filter", "filter-outline"),
    "inbox": IconSpec("mail-folder-inbox", "inbox"),
    "orders": IconSpec("", "package-variant-closed"),
    "refresh": IconSpec("view-refresh", "refresh"),
    "next": IconSpec("go-down", "arrow-down"),
    "previous": IconSpec("go-up", "arrow-up"),
    "sort_due": IconSpec("", "sort-clock-ascending-outline"),
    "sort_activity": IconSpec("", "sort-calendar-descending"),
    "reply": IconSpec("mail-reply-sender", "reply-outline"),
    "new_message": IconSpec("mail-message-new", "email-plus-outline"),
    "send": IconSpec("mail-send", "send-outline"),
    "sync": IconSpec("mail-send-receive", "email-sync-outline"),
    "no_response": IconSpec("mail-mark-notjunk", "email-check-outline"),
    "reopen": IconSpec("", "undo-variant"),
    "mark_read": IconSpec("mail-mark-read", "email-open-outline"),
    "mark_unread": IconSpec("mail-mark-unread", "email-mark-as-unread"),
    "order_type": IconSpec("", "tag-outline"),
    "accounts": IconSpec("", "account-cog-outline"),
    "settings": IconSpec("preferences-system", "cog-outline"),
    "theme": IconSpec("", "theme-light-dark"),
    "shortcuts": IconSpec("preferences-desktop-keyboard", "keyboard-outline"),
    "help": IconSpec("help-contents", "help-circle-outline"),
    "about": IconSpec("help-about", "information-outline"),
    "first_run": IconSpec("", "rocket-launch-outline"),
    "checklist": IconSpec("", "format-list-checks"),
    # sidebar views
    "view_open": IconSpec("mail-folder-inbox", "inbox"),
    "view_due_soon": IconSpec("", "clock-alert-outline", "warning"),
    "view_overdue": IconSpec("", "clock-remove-outline", "danger"),
    "view_opted_out": IconSpec("", "cancel", "danger"),
    "view_answered": IconSpec("mail-replied", "check-circle-outline", "success"),
    "view_no_response_needed": IconSpec("", "email-check-outline", "muted"),
    "view_marketplace": IconSpec("", "storefront-outline"),
    "view_mine": IconSpec("", "account-outline"),
    "view_outbox": IconSpec("mail-folder-outbox", "tray-arrow-up", "info"),
    "view_drafts": IconSpec("", "pencil-outline", "muted"),
    "view_sent": IconSpec("mail-folder-sent", "send-outline"),
    # thread and message states
    "opted_out": IconSpec("", "cancel", "danger"),
    "draft": IconSpec("", "pencil-outline", "muted"),
    "presence_replying": IconSpec("", "pencil-outline", "banner_text"),
    "queued": IconSpec("", "clock-outline", "info"),
    "sending": IconSpec("", "send-clock-outline", "info"),
    "failed": IconSpec("", "alert-circle-outline", "danger"),
    "unknown": IconSpec("", "help-circle-outline", "warning"),
    "bounced": IconSpec("", "email-alert-outline", "danger"),
    "notice": IconSpec("", "information-outline", "muted"),
    "unread": IconSpec("mail-unread", "email", "info"),
    # attachments by type
    "attachment": IconSpec("mail-attachment", "paperclip"),
    "file_pdf": IconSpec("application-pdf", "file-pdf-box", "danger"),
    "file_image": IconSpec("image-x-generic", "file-image-outline", "info"),
    "file_word": IconSpec("x-office-document", "file-word-outline", "info"),
    "file_text": IconSpec("text-x-generic", "file-document-outline"),
    "file_refused": IconSpec("", "file-cancel-outline", "danger"),
    "file_unknown": IconSpec("", "file-question-outline", "muted"),
    # policy findings by severity
    "finding_block": IconSpec("", "close-octagon-outline", "danger"),
    "finding_warn": IconSpec("", "alert-outline", "warning"),
    "finding_info": IconSpec("", "lightbulb-on-outline", "info"),
}

# window actions (views/actions.py names) -> icon
ACTION_ICONS = {
    "import_orders": "import", "quit": "quit", "find": "find", "filter_orders": "filter",
    "show_inbox": "inbox", "show_orders": "orders", "refresh": "refresh", "next": "next",
    "previous": "previous", "sort_due": "sort_due", "sort_activity": "sort_activity",
    "reply": "reply", "no_response": "no_response", "reopen": "reopen",
    "mark_read": "mark_read", "mark_unread": "mark_unread", "order_type": "order_type",
    "show_order": "orders", "special_products": "order_type", "shortcuts": "shortcuts",
    "about": "about", "contact_buyer": "new_message", "send": "send", "sync": "sync",
    "accounts": "accounts", "add_account": "accounts", "first_run": "first_run",
}  # fmt: skip


class TintedSvgEngine(QIconEngine):
    """Draws one SVG in a palette colour, at whatever pixel size is asked."""

    def __init__(self, svg: bytes, tone: str) -> None:
        super().__init__()
        self._svg = svg
        self._tone = tone
        self._cache: dict[tuple[int, int, int, str], QPixmap] = {}

    def _colour(self, mode: QIcon.Mode) -> QColor:
        pal = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        if mode == QIcon.Mode.Selected:
            return pal.color(QPalette.ColorRole.HighlightedText)
        if self._tone == "text":
            return pal.color(QPalette.ColorRole.WindowText)
        return colour(self._tone, pal)

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        fill = self._colour(mode).name()
        data = self._svg.replace(b"<path ", f'<path fill="{fill}" '.encode())
        return QSvgRenderer(QByteArray(data))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        width, height = max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
        key = (width, height, int(mode.value), self._colour(mode).name())
        cached = self._cache.get(key)
        if cached is None:
            cached = QPixmap(width, height)
            cached.fill(Qt.GlobalColor.transparent)
            painter = QPainter(cached)
            self.paint(painter, QRect(0, 0, width, height), mode, state)
            painter.end()
            if len(self._cache) > 32:
                self._cache.clear()
            self._cache[key] = cached
        out = QPixmap(cached)
        out.setDevicePixelRatio(scale)
        return out

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(self._svg, self._tone)

    def key(self) -> str:
        return "inbox-tinted-svg"


@cache
def _svg_bytes(name: str) -> bytes:
    return resource("icons", "mdi", f"{name}.svg").read_bytes()


def bundled_icon(name: str) -> QIcon:
    """The bundled (theme-independent) icon called `name`; empty for an unknown name."""
    spec = ICONS.get(name)
    if spec is None:
        return QIcon()
    return QIcon(TintedSvgEngine(_svg_bytes(spec.svg), spec.tone))


def use_theme_icons() -> bool:
    """Whether the desktop has an icon theme to prefer (none offscreen or in a bare X)."""
    return bool(QIcon.themeName()) and QIcon.themeName() != "hicolor"


def icon(name: str) -> QIcon:
    """The icon for `name` (a key of ICONS): the desktop theme's, else the bundled one."""
    spec = ICONS.get(name)
    if spec is None:
        return QIcon()
    if spec.theme and use_theme_icons() and QIcon.hasThemeIcon(spec.theme):
        return QIcon.fromTheme(spec.theme)
    return bundled_icon(name)


def state_icon(name: str) -> QIcon:
    """An icon for a thread or message state (the names in ICONS); empty if unknown."""
    return icon(name)


def view_icon(key: str) -> QIcon:
    """The sidebar icon of a saved view ("open", "overdue", "mp:DE", ...)."""
    return icon("view_marketplace" if key.startswith("mp:") else f"view_{key}")


def finding_icon(severity: str) -> QIcon:
    """block / warn / info -> the finding's icon."""
    return icon(f"finding_{severity}" if f"finding_{severity}" in ICONS else "finding_info")


def attachment_icon(media_type: str | None, refused: bool = False) -> QIcon:
    """The icon of an attachment by its sniffed media type."""
    if refused:
        return icon("file_refused")
    kind = (media_type or "").lower()
    if kind == "application/pdf":
        return icon("file_pdf")
    if kind.startswith("image/"):
        return icon("file_image")
    if "wordprocessingml" in kind or kind == "application/msword":
        return icon("file_word")
    if kind.startswith("text/"):
        return icon("file_text")
    return icon("file_unknown" if kind else "attachment")


def action_icon(action_name: str) -> QIcon:
    """The icon of a window action by its name in views/actions.py (empty if it has none)."""
    name = ACTION_ICONS.get(action_name)
    return icon(name) if name else QIcon()


@cache
def app_icon() -> QIcon:
    """The application icon: the SVG for any size, the PNGs where a fixed size is asked.

    The PNGs are read as PNG (Qt's own reader): without a format Qt asks every image
    plugin whether it can read the bytes, loading them all (TIFF, WebP, PDF with QtPdf
    and QtNetwork...), ~2.7 MB resident that nothing else in a window at rest needs."""
    result = QIcon()
    for size in ICON_SIZES:
        pix = QPixmap()
        pix.loadFromData(resource("icons", "hicolor", f"{size}x{size}", "apps",
                                  f"{APP_ID}.png").read_bytes(), "PNG")  # fmt: skip
        result.addPixmap(pix)
    return QIcon.fromTheme(APP_ID, result) if use_theme_icons() else result
