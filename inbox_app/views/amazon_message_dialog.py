"""The Amazon message dialog: the actions Amazon accepts for an order right now, with the
fields each one takes (text, attachments, warranty dates), checked before it is sent.

Loading the actions, reading files and sending all run in worker tasks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inbox_app.amazon.errors import SpApiError
from inbox_app.amazon.messaging import MAX_ATTACHMENTS, ActionSpec, Upload
from inbox_app.models.colours import css
from inbox_app.models.known_sentences import known_error_text
from inbox_app.models.unexpected_text import unexpected_text
from inbox_app.services.amazon import AmazonService
from inbox_app.services.amazon_connections import AmazonConnectionError, ConnectionInfo
from inbox_app.services.amazon_messages import AmazonMessage, AmazonMessageError
from inbox_app.views.task_runner import Task, TaskRunner

# the action names the seller sees (translated under the dialog's context)
ACTION_LABELS = {
    "confirmCustomizationDetails": "Confirm customization details",
    "confirmDeliveryDetails": "Confirm delivery details",
    "legalDisclosure": "Legal disclosure",
    "confirmOrderDetails": "Confirm order details",
    "confirmServiceDetails": "Confirm service details",
    "warranty": "Warranty",
    "digitalAccessKey": "Digital access key",
    "unexpectedProblem": "Unexpected problem",
    "invoice": "Invoice",
}


class AmazonMessageDialog(QDialog):
    """Send one Amazon message for `amazon_order_id` through `info`'s connection."""

    def __init__(
        self,
        amazon: AmazonService,
        info: ConnectionInfo,
        amazon_order_id: str,
        *,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("amazonMessageDialog")
        self.setWindowTitle(self.tr("Amazon message for %1").replace("%1", amazon_order_id))
        self._amazon = amazon
        self._info = info
        self._order = amazon_order_id
        self._runner = runner
        self.offered: list[ActionSpec] = []
        self.uploads: list[Upload] = []
        self.sent = False
        self.loaded = False
        self._build()
        self._run(self._load, self._on_loaded)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Amazon delivers these messages even to buyers who opted out of "
                "unsolicited messages. Only the types Amazon accepts for this order now "
                "are offered."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.action_combo = QComboBox(self)
        self.action_combo.setObjectName("amazonActionCombo")
        self.action_combo.currentIndexChanged.connect(lambda _i: self._action_changed())
        form.addRow(self.tr("Message t&ype:"), self.action_combo)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("amazonActionText")
        self.text_edit.textChanged.connect(self._count)
        self.counter = QLabel(self)
        self.counter.setObjectName("amazonActionCounter")
        self.text_label = QLabel(self.tr("&Text:"), self)
        form.addRow(self.text_label, self.text_edit)
        form.addRow("", self.counter)
        files = QHBoxLayout()
        self.file_list = QListWidget(self)
        self.file_list.setObjectName("amazonActionFiles")
        self.file_list.setMaximumHeight(80)
        self.add_file_button = QPushButton(self.tr("Add &file…"), self)
        self.add_file_button.setObjectName("amazonAddFileButton")
        self.add_file_button.clicked.connect(self._browse)
        files.addWidget(self.file_list)
        files.addWidget(self.add_file_button)
        self.files_label = QLabel(self.tr("Attach&ments:"), self)
        form.addRow(self.files_label, files)
        self.start_date = QDateEdit(QDate.currentDate(), self)
        self.start_date.setObjectName("amazonCoverageStart")
        self.end_date = QDateEdit(QDate.currentDate().addYears(1), self)
        self.end_date.setObjectName("amazonCoverageEnd")
        for edit in (self.start_date, self.end_date):
            edit.setCalendarPopup(True)
        self.start_label = QLabel(self.tr("Coverage f&rom:"), self)
        self.end_label = QLabel(self.tr("Coverage t&o:"), self)
        form.addRow(self.start_label, self.start_date)
        form.addRow(self.end_label, self.end_date)
        for label, field in (
            (self.text_label, self.text_edit),
            (self.files_label, self.file_list),
            (self.start_label, self.start_date),
            (self.end_label, self.end_date),
        ):
            label.setBuddy(field)  # fmt: skip
        layout.addLayout(form)
        self.status = QLabel(self.tr("Asking Amazon which messages it accepts…"), self)
        self.status.setObjectName("amazonActionStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.send_button = buttons.addButton(
            self.tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setObjectName("amazonActionSend")
        self.send_button.setDefault(True)
        self.send_button.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.send_button.clicked.connect(self.send)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._action_changed()

    # --- work -----------------------------------------------------------------------
    def _run(self, fn: Callable[[Task], Any], on_success: Callable[[Any], None]) -> None:
        self._runner.run(fn, on_done=on_success, on_failed=self._on_failed)

    def _load(self, _task: Task) -> list[ActionSpec]:
        return self._amazon.actions_for_order(self._info, self._order)

    @Slot(object)
    def _on_loaded(self, actions: list[ActionSpec]) -> None:
        self.loaded = True
        self.offered = actions
        self.action_combo.clear()
        for spec in actions:
            label = (
                QCoreApplication.translate("AmazonMessageDialog", ACTION_LABELS[spec.name])
                if spec.name in ACTION_LABELS
                else spec.label
            )
            self.action_combo.addItem(label, spec.name)
        if actions:
            self.status.setText("")
        else:
            self.status.setText(self.tr("Amazon accepts no message for this order right now."))
        self._action_changed()

    def add_file(self, path: str) -> None:
        self._run(lambda _t: self._amazon.read_upload(path), self._on_file)

    @Slot(object)
    def _on_file(self, upload: Upload) -> None:
        self.uploads.append(upload)
        self.file_list.addItem(f"{upload.name}  ({upload.media_type}, {len(upload.data)} B)")
        self._action_changed()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if path:
            self.add_file(path)

    def current(self) -> ActionSpec | None:
        name = self.action_combo.currentData()
        return next((a for a in self.offered if a.name == name), None)

    @Slot()
    def _action_changed(self) -> None:
        spec = self.current()
        takes_text = spec is not None and spec.text_max > 0
        takes_files = spec is not None and spec.attachments
        dates = spec is not None and spec.coverage_dates
        self.text_edit.setEnabled(takes_text)
        for text_widget in (self.text_edit, self.text_label, self.counter):
            text_widget.setVisible(takes_text or spec is None)
        self.add_file_button.setEnabled(takes_files and len(self.uploads) < MAX_ATTACHMENTS)
        for widget in (self.file_list, self.files_label, self.add_file_button):
            widget.setVisible(takes_files)
        for date_widget in (self.start_date, self.end_date, self.start_label, self.end_label):
            date_widget.setVisible(dates)
        self.send_button.setEnabled(spec is not None)
        self._count()

    @Slot()
    def _count(self) -> None:
        spec = self.current()
        if spec is None or not spec.text_max:
            self.counter.setText("")
            return
        used = len(self.text_edit.toPlainText())
        self.counter.setText(
            self.tr("%1 of %2 characters")
            .replace("%1", str(used))
            .replace("%2", str(spec.text_max))
        )
        self.counter.setStyleSheet(f"color: {css('danger')};" if used > spec.text_max else "")

    def _coverage(self) -> tuple[datetime, datetime] | None:
        spec = self.current()
        if spec is None or not spec.coverage_dates:
            return None

        def day(edit: QDateEdit) -> datetime:
            d = edit.date()
            return datetime(d.year(), d.month(), d.day(), tzinfo=UTC)

        return day(self.start_date), day(self.end_date)

    @Slot()
    def send(self) -> None:
        spec = self.current()
        if spec is None:
            return
        text = self.text_edit.toPlainText() if spec.text_max else ""
        uploads = list(self.uploads) if spec.attachments else []
        coverage = self._coverage()
        self.send_button.setEnabled(False)
        self.status.setText(self.tr("Sending…"))

        def work(_task: Task) -> object:
            message = AmazonMessage(spec.name, text, tuple(uploads), coverage)
            return self._amazon.send_message(self._info, self._order, message)

        self._run(work, self._on_sent)

    @Slot(object)
    def _on_sent(self, _report: object) -> None:
        self.sent = True
        self.accept()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self.send_button.setEnabled(self.current() is not None)
        known = AmazonMessageError | AmazonConnectionError | SpApiError | OSError
        if isinstance(exc, known):
            self.status.setText(known_error_text(exc))
        else:
            self.status.setText(unexpected_text(exc))
        self.status.setStyleSheet(f"color: {css('danger')};")
