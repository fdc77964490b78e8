"""The compose pane's dialogs, each with an `ask()` classmethod tests can replace."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inbox_app.policy.types import Finding
from inbox_app.services.templates import TemplateRow


class ConfirmWarningsDialog(QDialog):
    """ "Send anyway?" for a draft whose findings are warnings only."""

    def __init__(self, findings: Sequence[Finding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmWarningsDialog")
        self.setWindowTitle(self.tr("Send despite warnings?"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Amazon may not deliver this message, or may count it against your account. "
                "Check each point before sending:"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        items = QListWidget()
        items.setObjectName("warningList")
        for f in findings:
            items.addItem(f.message)
        layout.addWidget(items)
        buttons = QDialogButtonBox()
        send = buttons.addButton(self.tr("Send &anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        send.setObjectName("sendAnywayButton")
        send.setAutoDefault(False)  # focused, it still leaves Enter to Cancel
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        cancel.setDefault(True)  # Enter does not send by accident (set once in the dialog)

    @classmethod
    def ask(cls, parent: QWidget | None, findings: Sequence[Finding]) -> bool:
        dlg = cls(findings, parent)
        try:
            return dlg.exec() == QDialog.DialogCode.Accepted
        finally:
            dlg.deleteLater()


class ConfirmResendDialog(QMessageBox):
    """ "Send again?" before a message that may have been sent goes out once more: the
    buyer may have it already, so "Don't send" is the default (Enter) and Escape."""

    def __init__(self, subject: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmResendDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Send again?"))
        self.setText(
            self.tr("“{subject}” may already have reached the buyer.").format(subject=subject)
        )
        self.setInformativeText(
            self.tr(
                "Send it again only if the buyer's messages in Seller Central show that it "
                "did not arrive: otherwise the buyer gets it twice."
            )
        )
        self.send_button = self.addButton(self.tr("Send again"), QMessageBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("confirmResendButton")
        self.keep_button = self.addButton(self.tr("Don't send"), QMessageBox.ButtonRole.RejectRole)
        self.keep_button.setObjectName("keepUnsentButton")
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.keep_button)

    @classmethod
    def ask(cls, parent: QWidget | None, subject: str) -> bool:
        """True only when the seller chose "Send again"."""
        dlg = cls(subject, parent)
        try:
            dlg.exec()
            return dlg.clickedButton() is dlg.send_button
        finally:
            dlg.deleteLater()


def ask_template_name(parent: QWidget | None, suggestion: str) -> str | None:
    """The name for a new saved reply (None: cancelled). Tests replace this function."""
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ComposePane", "Save as a saved reply"),
        QCoreApplication.translate(
            "ComposePane",
            "Name (the buyer's name, order id and product become placeholders):",
        ),
        text=suggestion,
    )
    return name.strip() if ok and name.strip() else None


class _FilterEdit(QLineEdit):
    """Up/Down in the filter move through the list, so the keyboard never leaves it."""

    def __init__(self, view: QListView) -> None:
        super().__init__()
        self._view = view

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self._view.keyPressEvent(event)
            return
        super().keyPressEvent(event)


class TemplatePicker(QDialog):
    """A searchable list of saved replies, with a preview filled from the thread's order."""

    _ROW = int(Qt.ItemDataRole.UserRole) + 1

    def __init__(
        self,
        templates: Sequence[TemplateRow],
        preview: dict[int, tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templatePicker")
        self.setWindowTitle(self.tr("Insert a saved reply"))
        self.resize(560, 420)
        self._preview = preview
        source = QStandardItemModel(self)
        for t in templates:
            item = QStandardItem(f"{t.name}  ·  {t.language}")
            item.setData(t, self._ROW)
            item.setData(f"{t.name} {t.subject} {t.body}", Qt.ItemDataRole.ToolTipRole)
            item.setEditable(False)
            source.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(source)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterRole(Qt.ItemDataRole.ToolTipRole)
        self.list = QListView()
        self.list.setObjectName("templateList")
        self.list.setModel(self.proxy)
        self.filter = _FilterEdit(self.list)
        self.filter.setObjectName("templateFilter")
        self.filter.setPlaceholderText(self.tr("Search saved replies"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setObjectName("templatePreview")
        self.text.setAccessibleName(self.tr("Preview"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        insert = buttons.button(QDialogButtonBox.StandardButton.Ok)
        insert.setText(self.tr("&Insert"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        insert.setDefault(True)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show())
        self.list.activated.connect(lambda *_: self.accept())
        self._filter("")
        self.filter.setFocus()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if self.proxy.rowCount() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        self._show()

    def _show(self) -> None:
        t = self.selected()
        if t is None:
            self.text.clear()
            return
        subject, body = self._preview.get(t.id, (t.subject, t.body))
        self.text.setPlainText(f"{subject}\n\n{body}")

    def selected(self) -> TemplateRow | None:
        idx = self.list.currentIndex()
        if not idx.isValid():
            return None
        row = idx.data(self._ROW)
        return row if isinstance(row, TemplateRow) else None

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        templates: Sequence[TemplateRow],
        preview: dict[int, tuple[str, str]],
    ) -> TemplateRow | None:
        dlg = cls(templates, preview, parent)
        try:
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return None
            return dlg.selected()
        finally:
            dlg.deleteLater()
