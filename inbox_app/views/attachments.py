"""Attachment chips: a safe display name, open (never for risky types) or save a copy."""

from __future__ import annotations

import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton, QWidget

from inbox_app.models.formatting import human_size
from inbox_app.store.rows import AttachmentRow

# Only these (sniffed) types are handed to the desktop's viewer; everything else is save-only.
OPENABLE = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "application/pdf": ".pdf",
    "text/plain": ".txt",
    "text/csv": ".csv",
}
_BIDI = {
    "\u200e",
    "\u200f",
    "\u061c",
    *map(chr, range(0x202A, 0x202F)),
    *map(chr, range(0x2066, 0x206A)),
}
MAX_NAME = 120

Fetch = Callable[[AttachmentRow], bytes]


def safe_display_name(name: str) -> str:
    """The name without control or bidi characters, capped, never empty."""
    text = "".join(
        ch for ch in name if ch not in _BIDI and unicodedata.category(ch) not in ("Cc", "Cf")
    )
    text = text.strip().rstrip(". ")
    if len(text) > MAX_NAME:
        text = text[: MAX_NAME - 1] + "…"
    return text or QCoreApplication.translate("Attachments", "attachment")


def can_open(att: AttachmentRow) -> bool:
    return att.problem is None and att.media_type in OPENABLE


def temp_copy(att: AttachmentRow, data: bytes, folder: Path | None = None) -> Path:
    """A private copy named by id + the sniffed type's extension (never the mail's name)."""
    base = folder or Path(tempfile.mkdtemp(prefix="seller-inbox-"))
    path = base / f"attachment-{att.id}{OPENABLE.get(att.media_type, '.bin')}"
    path.write_bytes(data)
    path.chmod(0o400)
    return path


class AttachmentChip(QToolButton):
    """One attachment: click opens it (safe types only); the menu saves a copy."""

    def __init__(self, att: AttachmentRow, fetch: Fetch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachment = att
        self._fetch = fetch
        self.setObjectName("attachmentChip")
        name = safe_display_name(att.filename)
        self.setText(f"{name} · {human_size(att.size)}")
        tip = [name, att.media_type]
        if att.problem:
            tip.append(att.problem)
        if not can_open(att):
            tip.append(
                QCoreApplication.translate(
                    "Attachments", "This type is not opened from here: save it and check it first."
                )
            )
        self.setToolTip("\n".join(tip))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self)
        self.open_action = QAction(QCoreApplication.translate("Attachments", "Open"), self)
        self.open_action.setEnabled(can_open(att))
        self.open_action.triggered.connect(self.open_copy)
        self.save_action = QAction(QCoreApplication.translate("Attachments", "Save as…"), self)
        self.save_action.triggered.connect(self.save_as)
        menu.addAction(self.open_action)
        menu.addAction(self.save_action)
        self.setMenu(menu)
        self.clicked.connect(self._default)

    def _default(self) -> None:
        if can_open(self.attachment):
            self.open_copy()
        else:
            self.save_as()

    def open_copy(self) -> Path | None:
        if not can_open(self.attachment):
            return None
        try:
            path = temp_copy(self.attachment, self._fetch(self.attachment))
        except OSError as exc:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("Attachments", "Attachment"),
                QCoreApplication.translate("Attachments", "Could not open: %1").replace(
                    "%1", str(exc)
                ),
            )
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def save_as(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Attachments", "Save attachment"),
            safe_display_name(self.attachment.filename),
        )
        if not target:
            return
        try:
            Path(target).write_bytes(self._fetch(self.attachment))
        except OSError as exc:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("Attachments", "Attachment"),
                QCoreApplication.translate("Attachments", "Could not save: %1").replace(
                    "%1", str(exc)
                ),
            )
