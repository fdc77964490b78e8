""" "Connect to a team inbox": the shared PostgreSQL server, the person at this seat, and
the password (straight from its field to a worker that hands it to the keyring)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inbox_app.models.colours import css
from inbox_app.models.known_sentences import known_sentence_text
from inbox_app.models.store_text import store_error_text
from inbox_app.seat import SeatConfig
from inbox_app.services.seats import SeatError, clean_person, join_team, team_url
from inbox_app.store.errors import KnownStoreError
from inbox_app.views.task_runner import TaskRunner


class TeamConnectDialog(QDialog):
    """Join a team inbox; `joined` is the seat once the server took it."""

    def __init__(
        self, *, runner: TaskRunner, parent: QWidget | None = None, person: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamConnectDialog")
        self.setWindowTitle(self.tr("Connect to a team inbox"))
        self._runner = runner
        self.joined: SeatConfig | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A team shares one inbox on a PostgreSQL server. Each person works at a seat "
                "of their own; the password stays in this computer's keyring."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host_edit = self._line("teamHostEdit", self.tr("e.g. db.example.com"))
        self.port_spin = QSpinBox(self)
        self.port_spin.setObjectName("teamPortSpin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.database_edit = self._line("teamDatabaseEdit", self.tr("e.g. shop"))
        self.user_edit = self._line("teamUserEdit", self.tr("the database user"))
        self.password_edit = self._line("teamPasswordEdit", self.tr("empty if none"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.person_edit = self._line("teamPersonEdit", self.tr("as your teammates know you"))
        self.person_edit.setText(person)
        form.addRow(self.tr("&Server:"), self.host_edit)
        form.addRow(self.tr("P&ort:"), self.port_spin)
        form.addRow(self.tr("&Database:"), self.database_edit)
        form.addRow(self.tr("&User:"), self.user_edit)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow(self.tr("Your &name:"), self.person_edit)
        layout.addLayout(form)
        self.result_label = QLabel("", self)
        self.result_label.setObjectName("teamResultLabel")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = QPushButton(self.tr("&Connect"), self)
        self.connect_button.setObjectName("teamConnectButton")
        self.connect_button.setDefault(True)
        buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.connect_button.clicked.connect(self.connect_seat)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    @Slot()
    def connect_seat(self) -> None:
        try:
            url = team_url(
                self.host_edit.text(),
                self.port_spin.value(),
                self.database_edit.text(),
                self.user_edit.text(),
            )
            clean_person(self.person_edit.text())
        except SeatError as exc:
            self._show(False, known_sentence_text(str(exc)))
            return
        person, password = self.person_edit.text(), self.password_edit.text() or None
        self.connect_button.setEnabled(False)
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Connecting to the team inbox…"))
        self._runner.run(
            lambda _t: join_team(url, person, password),
            on_done=self._joined,
            on_failed=self._failed,
        )

    @Slot(object)
    def _joined(self, seat: SeatConfig) -> None:
        self.password_edit.clear()
        self.joined = seat
        self.accept()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self.connect_button.setEnabled(True)
        if isinstance(exc, KnownStoreError):
            self._show(False, store_error_text(exc))
        elif isinstance(exc, SeatError):
            self._show(False, known_sentence_text(str(exc)))
        else:
            self._show(
                False,
                self.tr("The team inbox could not be joined: %1").replace("%1", type(exc).__name__),
            )

    def _show(self, ok: bool, text: str) -> None:
        self.result_label.setStyleSheet(f"color: {css('success' if ok else 'danger')};")
        self.result_label.setText(text)


__all__ = ["TeamConnectDialog"]
