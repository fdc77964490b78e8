"""`templateEditor`: edit, rename and delete saved replies, with their language, a preview
filled from the thread (or sample values) and what the checker says, as the seller types."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inbox_app.models.findings_model import finding_text
from inbox_app.services import templates
from inbox_app.services.compose import ComposeService
from inbox_app.services.templates import TemplateNameTakenError, TemplateRow

_ROW = int(Qt.ItemDataRole.UserRole) + 1
PLACEHOLDER_NAMES = (*templates.PLACEHOLDERS, "signature")


def _tr(text: str) -> str:
    return QCoreApplication.translate("TemplateEditor", text)


def confirm_delete(parent: QWidget, name: str) -> bool:
    """ "Delete this saved reply?" (tests replace this function)."""
    answer = QMessageBox.question(
        parent,
        _tr("Delete saved reply"),
        _tr("Delete the saved reply “{name}”? This cannot be undone.").format(name=name),
    )
    return answer == QMessageBox.StandardButton.Yes


def language_label(code: str) -> str:
    name = QLocale(code).nativeLanguageName() if code else ""
    return f"{name} ({code})" if name else code


class TemplateEditor(QDialog):
    """A list of saved replies beside the fields of the one selected."""

    def __init__(
        self,
        service: ComposeService,
        values: Mapping[str, str],
        language: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self.setWindowTitle(self.tr("Saved replies"))
        self.resize(860, 560)
        self._service = service
        self._values = {**templates.SAMPLE_VALUES, **{k: v for k, v in values.items() if v}}
        self._language = language or "en"
        self._current: TemplateRow | None = None
        self._loading = False
        self.dirty = False  # edits on screen that are not saved yet
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setObjectName("templateList")
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Saved replies"))
        new = QPushButton(self.tr("&New"))
        new.setObjectName("templateNewButton")
        new.clicked.connect(self.new)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("templateDeleteButton")
        self.delete_button.clicked.connect(self.delete)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(self.delete_button)
        left_layout.addLayout(row)

        self.name = QLineEdit()
        self.name.setObjectName("templateNameEdit")
        self.language = QComboBox()
        self.language.setObjectName("templateLanguage")
        for code in sorted(templates.LANGUAGE_MARKETPLACE, key=language_label):
            self.language.addItem(language_label(code), code)
        self.subject = QLineEdit()
        self.subject.setObjectName("templateSubjectEdit")
        self.body = QPlainTextEdit()
        self.body.setObjectName("templateBodyEdit")
        self.body.setTabChangesFocus(True)
        insert = QToolButton()
        insert.setObjectName("templatePlaceholderButton")
        insert.setText(self.tr("Insert placeholder"))
        insert.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(insert)
        for key in PLACEHOLDER_NAMES:
            menu.addAction("{" + key + "}", partial(self.body.insertPlainText, "{" + key + "}"))
        insert.setMenu(menu)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("templateEditorPreview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.problems = QLabel()
        self.problems.setObjectName("templateProblems")
        self.problems.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("S&ubject:"), self.subject)
        form.addRow(self.tr("&Text:"), self.body)
        form.addRow("", insert)
        form.addRow(self.tr("Preview:"), self.preview)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form, 1)
        right_layout.addWidget(self.problems)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 600])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.save_button.setObjectName("templateSaveButton")
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.save_button.setDefault(True)  # once it is inside the dialog
        self.list.setFocus()  # not on New: a focused button is what Enter presses
        self._check = QTimer(self)
        self._check.setSingleShot(True)
        self._check.setInterval(200)
        self._check.timeout.connect(self.update_preview)
        for signal in (self.name.textChanged, self.subject.textChanged, self.body.textChanged):
            signal.connect(self._edited)
        self.language.currentIndexChanged.connect(self._edited)
        self.list.selectionModel().currentChanged.connect(self._selected)
        self.reload()

    # --- the list ----------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        self.model.clear()
        for t in self._service.templates(self._language):
            item = QStandardItem(f"{t.name}  ·  {t.language}")
            item.setData(t, _ROW)
            item.setEditable(False)
            self.model.appendRow(item)
        rows = [self.model.item(r).data(_ROW) for r in range(self.model.rowCount())]
        ids = [t.id for t in rows]
        row = ids.index(select_id) if select_id in ids else 0
        if rows:
            self.list.setCurrentIndex(self.model.index(row, 0))
        else:
            self.new()

    def rows(self) -> list[TemplateRow]:
        return [self.model.item(r).data(_ROW) for r in range(self.model.rowCount())]

    def _selected(self, *_: object) -> None:
        idx = self.list.currentIndex()
        row = idx.data(_ROW) if idx.isValid() else None
        if not isinstance(row, TemplateRow) or row == self._current:
            return
        if self.dirty and not self.save(select=row.id):
            back = self._current  # refused: the edits stay on screen, and so does their row
            QTimer.singleShot(0, lambda: self._reselect(back))
            return
        self.show_template(row)

    def _reselect(self, row: TemplateRow | None) -> None:
        ids = [t.id for t in self.rows()]
        if row is not None and row.id in ids:
            blocker = self.list.selectionModel().blockSignals(True)
            self.list.setCurrentIndex(self.model.index(ids.index(row.id), 0))
            self.list.selectionModel().blockSignals(blocker)

    def show_template(self, row: TemplateRow | None) -> None:
        self._current = row
        self._loading = True
        try:
            self.name.setText(row.name if row else "")
            lang = row.language if row else self._language
            index = self.language.findData(lang)
            if index < 0:
                self.language.addItem(language_label(lang), lang)
                index = self.language.count() - 1
            self.language.setCurrentIndex(index)
            self.subject.setText(row.subject if row else "")
            self.body.setPlainText(row.body if row else "")
        finally:
            self._loading = False
        self.delete_button.setEnabled(row is not None)
        self.dirty = False
        self.update_preview()

    # --- editing -----------------------------------------------------------------------

    def _edited(self, *_: object) -> None:
        if not self._loading:
            self.dirty = True
            self._check.start()

    def update_preview(self) -> None:
        self._check.stop()
        subject, body = self.subject.text(), self.body.toPlainText()
        self.preview.setPlainText(
            f"{templates.fill(subject, self._values)}\n\n{templates.fill(body, self._values)}"
        )
        findings = templates.check_template(subject, body, self.current_language())
        blocks = [finding_text(f) for f in findings if f.severity == "block"]
        self.problems.setText(
            self.tr("Cannot be saved: {why}").format(why=" ".join(blocks)) if blocks else ""
        )

    def current_language(self) -> str:
        return str(self.language.currentData() or self._language)

    def new(self) -> None:
        self.list.clearSelection()
        self.show_template(None)
        self.name.setFocus()

    def save(self, *, select: int | None = None) -> bool:
        """Create, update or rename the reply on screen; the checker may refuse it. The
        list then selects `select`, else the reply just saved."""
        name = self.name.text().strip()
        if not name:
            self.problems.setText(self.tr("Give the saved reply a name."))
            self.name.setFocus()
            return False
        try:
            result = self._service.save_template(
                name,
                self.current_language(),
                self.subject.text(),
                self.body.toPlainText(),
                template_id=self._current.id if self._current else None,
            )
        except TemplateNameTakenError:
            self.problems.setText(
                self.tr("Another saved reply in this language is called “{name}”.").format(
                    name=name
                )
            )
            return False
        if not result.saved:
            blocks = [finding_text(f) for f in result.findings if f.severity == "block"]
            self.problems.setText(self.tr("Not saved: {why}").format(why=" ".join(blocks)))
            return False
        self.dirty = False
        self._current = None
        self.reload(select_id=select if select is not None else result.template_id)
        self.problems.setText(self.tr("Saved."))
        return True

    def reject(self) -> None:
        """Closing keeps what was typed, if the checker lets it be saved."""
        if self.dirty and self.name.text().strip() and not self.save():
            self.dirty = False  # the reason is on screen; closing again discards
            self.problems.setText(
                self.problems.text() + " " + self.tr("Close again to discard the changes.")
            )
            return
        super().reject()

    def delete(self) -> bool:
        row = self._current
        if row is None or not confirm_delete(self, row.name):
            return False
        self._service.delete_template(row.id)
        self.reload()
        return True

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        service: ComposeService,
        values: Mapping[str, str],
        language: str | None,
    ) -> None:
        dlg = cls(service, values, language, parent)
        try:
            dlg.exec()
        finally:
            dlg.deleteLater()
