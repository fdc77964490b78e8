"""The seller's name and signature (Settings › Your name and signature…): they fill the
`{seller_name}` and `{signature}` placeholders of saved replies. Kept in QSettings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

NAME_KEY = "compose/seller_name"
SIGNATURE_KEY = "compose/signature"


@dataclass(frozen=True, slots=True)
class ComposePrefs:
    """What the seller signs with; empty: not set (the account's name stands in)."""

    seller_name: str = ""
    signature: str = ""

    def fill_values(self, values: Mapping[str, str]) -> dict[str, str]:
        """A thread's placeholder values with the seller's own name and signature."""
        out = dict(values)
        if self.seller_name.strip():
            out["seller_name"] = self.seller_name.strip()
        out["signature"] = self.signature.strip() or out.get("seller_name", "")
        return out


class PrefsStore:
    """Reads and writes the preferences (in memory when there are no settings)."""

    def __init__(self, settings: QSettings | None) -> None:
        self._settings = settings
        self._memory = ComposePrefs()

    def load(self) -> ComposePrefs:
        s = self._settings
        if s is None:
            return self._memory
        return ComposePrefs(str(s.value(NAME_KEY, "") or ""), str(s.value(SIGNATURE_KEY, "") or ""))

    def save(self, prefs: ComposePrefs) -> None:
        self._memory = prefs
        s = self._settings
        if s is not None:
            s.setValue(NAME_KEY, prefs.seller_name.strip())
            s.setValue(SIGNATURE_KEY, prefs.signature.strip())
            s.sync()


class PrefsDialog(QDialog):
    """`composePrefsDialog`: the seller's name and signature, for saved replies."""

    def __init__(self, prefs: ComposePrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composePrefsDialog")
        self.setWindowTitle(self.tr("Your name and signature"))
        self.resize(520, 320)
        intro = QLabel(
            self.tr(
                "Saved replies use these for {seller_name} and {signature}. Without a name, "
                "the account's name is used."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(prefs.seller_name)
        self.name.setObjectName("sellerNameEdit")
        self.name.setPlaceholderText(self.tr("e.g. Lena from Ceramica Rossi"))
        self.signature = QPlainTextEdit(prefs.signature)
        self.signature.setObjectName("signatureEdit")
        self.signature.setTabChangesFocus(True)
        self.signature.setPlaceholderText(self.tr("e.g. Kind regards,\nLena — Ceramica Rossi"))
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("&Signature:"), self.signature)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(buttons)
        self.name.setFocus()

    def prefs(self) -> ComposePrefs:
        return ComposePrefs(self.name.text().strip(), self.signature.toPlainText().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, prefs: ComposePrefs) -> ComposePrefs | None:
        dlg = cls(prefs, parent)
        try:
            return dlg.prefs() if dlg.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dlg.deleteLater()
