"""A safe preview of an attached file: images and text inside the app (a dialog), PDF in
the desktop's viewer; refused or unknown types are never opened."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImageReader, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from inbox_app.models.attachments_model import AttachmentItem
from inbox_app.store.blobs import BlobStore

PREVIEW_INLINE = {"image/png", "image/jpeg", "image/gif", "text/plain"}
PREVIEW_EXTERNAL = {"application/pdf": ".pdf"}


def preview_dialog(parent: QWidget | None, title: str, content: QWidget) -> QDialog:
    """A file shown in the app, scrolled, with Close (Enter and Escape)."""
    dlg = QDialog(parent)
    dlg.setObjectName("attachmentPreview")
    dlg.setWindowTitle(title)
    layout = QVBoxLayout(dlg)
    scroll = QScrollArea()
    scroll.setWidget(content)
    layout.addWidget(scroll)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dlg)
    buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
    buttons.rejected.connect(dlg.reject)
    layout.addWidget(buttons)
    dlg.resize(640, 480)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dlg


def preview(parent: QWidget, blobs: BlobStore, item: AttachmentItem) -> bool:
    """Show a safe file: images and text inside the app, PDF in the desktop's viewer.

    Refused or unknown types are never opened.
    """
    if item.refused or item.sha256 is None:
        return False
    path = blobs.path_for(item.sha256)
    if item.media_type in PREVIEW_INLINE:
        label = QLabel()
        if item.media_type == "text/plain":
            label.setText(path.read_bytes()[:200_000].decode("utf-8", "replace"))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        else:
            reader = QImageReader(str(path))
            reader.setAllocationLimit(64)
            image = reader.read()
            if image.isNull():
                return False
            label.setPixmap(QPixmap.fromImage(image))
        preview_dialog(parent, item.filename, label).show()
        return True
    suffix = PREVIEW_EXTERNAL.get(item.media_type)
    if suffix is None:
        return False
    # a copy under a name we choose: the seller's file name never reaches a path
    target = Path(tempfile.gettempdir()) / f"seller-inbox-preview-{item.sha256[:16]}{suffix}"
    if not target.exists():
        target.write_bytes(path.read_bytes())
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
