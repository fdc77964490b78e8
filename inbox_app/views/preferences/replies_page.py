"""The Replies page of Preferences: the seller's name and signature, which fill the
`{seller_name}` and `{signature}` placeholders of saved replies."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from inbox_app.views.compose.prefs import ComposePrefs


def _tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)


class RepliesPage(QWidget):
    """`repliesPage`: what the seller signs saved replies with."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repliesPage")
        intro = QLabel(
            _tr(
                "Saved replies use these for {seller_name} and {signature}. Without a name, "
                "the account's name is used."
            ),
            self,
        )
        intro.setObjectName("repliesIntro")
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("sellerNameEdit")
        self.name.setPlaceholderText(_tr("e.g. Lena from Ceramica Rossi"))
        self.signature = QPlainTextEdit(self)
        self.signature.setObjectName("signatureEdit")
        self.signature.setTabChangesFocus(True)
        self.signature.setPlaceholderText(_tr("e.g. Kind regards,\nLena — Ceramica Rossi"))
        form = QFormLayout()
        name_label = QLabel(_tr("Your &name:"), self)
        name_label.setBuddy(self.name)
        signature_label = QLabel(_tr("&Signature:"), self)
        signature_label.setBuddy(self.signature)
        for label, edit in ((name_label, self.name), (signature_label, self.signature)):
            edit.setAccessibleName(label.text().replace("&", "").rstrip(":"))  # not the example
        form.addRow(name_label, self.name)
        form.addRow(signature_label, self.signature)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)

    def show_prefs(self, prefs: ComposePrefs) -> None:
        self.name.setText(prefs.seller_name)
        self.signature.setPlainText(prefs.signature)

    def chosen(self) -> ComposePrefs:
        return ComposePrefs(self.name.text().strip(), self.signature.toPlainText().strip())

    def restore_defaults(self) -> None:
        self.show_prefs(ComposePrefs())
