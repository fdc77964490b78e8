"""What the window says when it refuses a store at start-up: the same sentence on stderr
(first, so a terminal launch sees it even while the dialog waits), and a dialog that
offers another file or the default store instead of only OK."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from inbox_app.models.store_text import store_error_text, store_reason_text
from inbox_app.store.errors import KnownStoreError


def _tr(text: str) -> str:
    return QCoreApplication.translate("StoreRefused", text)


def window_text(exc: BaseException, refused: Path | None, default: Path) -> str:
    """The sentence for the window: the reason, and the way on that its buttons really
    offer (no `--db`: that step is the command line's, and the seller may have given none)."""
    if not isinstance(exc, KnownStoreError):
        return str(exc)
    if not exc.cli_step:
        return store_error_text(exc)
    reason = store_reason_text(exc)
    if _offers_default(refused, default):
        return f"{reason} " + _tr("Choose another file, or open the default store.")
    return f"{reason} " + _tr("Choose another file.")


def _offers_default(refused: Path | None, default: Path) -> bool:
    return refused is None or refused.resolve() != default.resolve()


def refused_box(
    message: str, refused: Path | None, default: Path, parent: QWidget | None = None
) -> QMessageBox:
    """The dialog: why, and the way on (another file, the default store, or Quit)."""
    box = QMessageBox(parent)
    box.setObjectName("storeRefusedBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_tr("Seller Inbox cannot open its database"))
    box.setText(message)
    other = box.addButton(_tr("Choose &another file…"), QMessageBox.ButtonRole.AcceptRole)
    other.setObjectName("chooseOtherStore")
    if _offers_default(refused, default):
        fallback = box.addButton(_tr("Open the &default store"), QMessageBox.ButtonRole.AcceptRole)
        fallback.setObjectName("openDefaultStore")
    quit_button = box.addButton(_tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
    quit_button.setObjectName("quitStoreRefused")
    box.setDefaultButton(other)
    box.setEscapeButton(quit_button)
    return box


def choose_store(
    message: str, refused: Path | None, default: Path, parent: QWidget | None = None
) -> str | None:
    """Say why the store was refused; return the database path to try next, or None."""
    print(f"inbox-app: {message}", file=sys.stderr, flush=True)
    box = refused_box(message, refused, default, parent)
    other = box.findChild(QPushButton, "chooseOtherStore")
    fallback = box.findChild(QPushButton, "openDefaultStore")
    box.exec()
    clicked = box.clickedButton()
    if fallback is not None and clicked is fallback:
        return str(default)
    if clicked is not other:
        return None
    dialog = QFileDialog(parent, _tr("Open a Seller Inbox database"))
    dialog.setObjectName("storeFileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)  # an existing store or a new file
    dialog.setNameFilters([_tr("Seller Inbox databases (*.sqlite3 *.db)"), _tr("All files (*)")])
    if refused is not None:
        dialog.setDirectory(str(refused.parent))
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return dialog.selectedFiles()[0]
