"""The account dialog: the seller's mailbox (IMAP in, SMTP out), tested before it is saved.

The keyring and the servers are only ever touched from worker tasks; the password is
handed to the keyring (or kept for this session only) and never stored anywhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inbox_app import credentials
from inbox_app.mail.server import ServerSettings, TlsMode
from inbox_app.models.colours import css
from inbox_app.models.mail_text import check_text, mail_sentence_text
from inbox_app.models.unexpected_text import unexpected_text
from inbox_app.services.accounts import (
    AccountError,
    AccountInfo,
    AccountSpec,
    TestResult,
    folders_of,
)
from inbox_app.services.mail import MailService
from inbox_app.views.task_runner import Task, TaskRunner
from inbox_app.views.wrapped_label import WrappedLabel

MARKETPLACE_CHOICES = ("US", "CA", "MX", "UK", "DE", "FR", "IT", "ES", "NL", "SE", "PL", "JP")
_DEFAULT_PORTS: dict[str, dict[str, int]] = {
    "imap": {"implicit": 993, "starttls": 143, "none": 143},
    "smtp": {"implicit": 465, "starttls": 587, "none": 25},
}


class AccountDialog(QDialog):
    """Add a mail account. `ask()` runs it and returns the saved account, or None."""

    def __init__(
        self,
        service: MailService,
        *,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountDialog")
        self.setWindowTitle(self.tr("Add mail account"))
        self._service = service
        self._runner = runner
        self.account: AccountInfo | None = None
        self.last_test: TestResult | None = None
        self._keyring_usable = True
        self._build()
        self._run(lambda _t: service.keyring_status(), self._on_keyring_status)

    # --- layout ------------------------------------------------------------------------

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _server_box(
        self, kind: str, title: str
    ) -> tuple[QGroupBox, QLineEdit, QSpinBox, QComboBox]:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        host = self._line(f"{kind}HostEdit", "mail.example.com")
        port = QSpinBox(box)
        port.setObjectName(f"{kind}PortSpin")
        port.setRange(1, 65535)
        port.setValue(_DEFAULT_PORTS[kind]["implicit"])
        tls = QComboBox(box)
        tls.setObjectName(f"{kind}TlsCombo")
        tls.addItem(self.tr("SSL/TLS (recommended)"), "implicit")
        tls.addItem(self.tr("STARTTLS (required)"), "starttls")
        tls.addItem(self.tr("None: unencrypted (test servers only)"), "none")
        tls.currentIndexChanged.connect(lambda _i: self._tls_changed(kind, tls, port))
        form.addRow(self.tr("Ser&ver:"), host)
        form.addRow(self.tr("&Port:"), port)
        form.addRow(self.tr("Secur&ity:"), tls)
        return box, host, port, tls

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        who = QGroupBox(self.tr("Account"), self)
        form = QFormLayout(who)
        self.name_edit = self._line("nameEdit", self.tr("e.g. Shop EU"))
        self.display_name_edit = self._line("displayNameEdit", self.tr("Your shop's name"))
        self.address_edit = self._line("addressEdit", "orders@myshop.example")
        self.address_edit.setToolTip(
            self.tr(
                "The address registered or authorized in Seller Central: Amazon rejects "
                "replies from any other address."
            )
        )
        self.user_edit = self._line("userEdit", self.tr("Login name (often the address)"))
        self.password_edit = self._line("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(
            self.tr("Re&member the password in the system keyring"), self
        )
        self.remember_check.setObjectName("rememberCheck")
        self.remember_check.setChecked(True)
        self.keyring_note = WrappedLabel(self)  # as tall as its lines, no blank ones
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.hide()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Your name:"), self.display_name_edit)
        form.addRow(self.tr("Sender &address:"), self.address_edit)
        form.addRow(self.tr("&User name:"), self.user_edit)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow("", self.remember_check)
        form.addRow("", self.keyring_note)
        layout.addWidget(who)

        servers = QHBoxLayout()
        imap_box, self.imap_host, self.imap_port, self.imap_tls = self._server_box(
            "imap", self.tr("Incoming mail (IMAP)")
        )
        self.folders_edit = self._line("foldersEdit", "INBOX")
        self.folders_edit.setText("INBOX")
        self.folders_edit.setToolTip(self.tr("Folders to watch, separated by commas."))
        imap_form = imap_box.layout()
        assert isinstance(imap_form, QFormLayout)
        imap_form.addRow(self.tr("&Folders:"), self.folders_edit)
        smtp_box, self.smtp_host, self.smtp_port, self.smtp_tls = self._server_box(
            "smtp", self.tr("Outgoing mail (SMTP)")
        )
        self.smtp_no_auth = QCheckBox(self.tr("No &login: the server accepts my mail without one"))
        self.smtp_no_auth.setObjectName("smtpNoAuthCheck")
        self.smtp_no_auth.setToolTip(
            self.tr(
                "For a local relay or a server that trusts this computer's address. "
                "The password is then used for incoming mail only."
            )
        )
        smtp_form = smtp_box.layout()
        assert isinstance(smtp_form, QFormLayout)
        smtp_form.addRow("", self.smtp_no_auth)
        servers.addWidget(imap_box)
        servers.addWidget(smtp_box)
        layout.addLayout(servers)

        markets = QGroupBox(self.tr("Mar&ketplaces this mailbox serves"), self)
        grid = QGridLayout(markets)
        self.market_checks: dict[str, QCheckBox] = {}
        for i, code in enumerate(MARKETPLACE_CHOICES):
            check = QCheckBox(code, markets)
            check.setObjectName(f"market{code}")
            self.market_checks[code] = check
            grid.addWidget(check, i // 6, i % 6)
        layout.addWidget(markets)

        cert = QHBoxLayout()
        self.ca_edit = self._line(
            "caFileEdit", self.tr("Optional: a certificate file to trust for these servers")
        )
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse_ca)
        cert.addWidget(self.ca_edit)
        cert.addWidget(browse)
        layout.addLayout(cert)

        self.test_result = QLabel(self)
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        layout.addWidget(self.test_result)

        buttons = QDialogButtonBox(self)
        self.test_button = buttons.addButton(
            self.tr("&Test connection"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.test_button.setObjectName("testButton")
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.test_button.clicked.connect(self.test)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # --- behaviour ---------------------------------------------------------------------

    def _tls_changed(self, kind: str, combo: QComboBox, port: QSpinBox) -> None:
        defaults = _DEFAULT_PORTS[kind]
        if port.value() in defaults.values():  # only follow if the seller kept a default
            port.setValue(defaults[str(combo.currentData())])

    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificate to trust"),
            "",
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.ca_edit.setText(path)

    def spec(self) -> AccountSpec:
        user = self.user_edit.text().strip() or self.address_edit.text().strip()
        return AccountSpec(
            name=self.name_edit.text().strip(),
            address=self.address_edit.text().strip(),
            display_name=self.display_name_edit.text().strip(),
            user=user,
            imap_host=self.imap_host.text().strip(),
            imap_port=self.imap_port.value(),
            imap_tls=_tls(self.imap_tls),
            imap_folders=folders_of(self.folders_edit.text().split(",")),
            smtp_host=self.smtp_host.text().strip(),
            smtp_port=self.smtp_port.value(),
            smtp_tls=_tls(self.smtp_tls),
            smtp_auth=not self.smtp_no_auth.isChecked(),
            marketplaces=tuple(c for c, box in self.market_checks.items() if box.isChecked()),
            ca_file=self.ca_edit.text().strip() or None,
            save_password=self.remember_check.isChecked() and self._keyring_usable,
        )

    def _info(self, spec: AccountSpec) -> AccountInfo:
        ca = spec.ca_file
        smtp_user = spec.user if spec.smtp_auth else ""  # "": no SMTP login
        return AccountInfo(
            id=0,
            name=spec.name,
            address=spec.address,
            display_name=spec.display_name,
            imap=ServerSettings(spec.imap_host, spec.imap_port, spec.imap_tls, spec.user, ca),
            smtp=ServerSettings(spec.smtp_host, spec.smtp_port, spec.smtp_tls, smtp_user, ca),
            folders=spec.imap_folders,
            marketplaces=spec.marketplaces,
            save_password=spec.save_password,
            ca_file=ca,
        )

    def _run(self, fn: Callable[[Task], object], on_success: Callable[[Any], object]) -> Task:
        return self._runner.run(fn, on_done=on_success, on_failed=self._on_failed)

    @Slot(object)
    def _on_keyring_status(self, status: credentials.KeyringStatus) -> None:
        self._keyring_usable = status.usable
        if not status.usable:
            self.remember_check.setChecked(False)
            self.remember_check.setEnabled(False)
            self.keyring_note.setText(
                self.tr(
                    "No secure keyring is available here (%1). Seller Inbox will keep the "
                    "password only until you close it, and ask for it again next time. It is "
                    "never written to disk."
                ).replace("%1", self._keyring_name(status))
            )
            self.keyring_note.show()
            self._fit_height()

    def _keyring_name(self, status: credentials.KeyringStatus) -> str:
        """The keyring in the note's brackets: its name (a name, in every language), or
        that it did not answer; not the checker's English sentence."""
        if status.backend and status.backend != "unknown":
            return status.backend.rsplit(".", 1)[-1]
        return self.tr("the system keyring did not answer")

    def _fit_height(self) -> None:
        """The note arrives after the dialog is shown: grow to show all of it (wrapped)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        wanted = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if wanted > self.height():
            self.resize(self.width(), wanted)

    @Slot()
    def test(self) -> None:
        spec = self.spec()
        password = self.password_edit.text()
        if not self._complete(spec, password):
            return
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Testing the connection…"))
        info = self._info(spec)
        self._run(lambda _t: self._service.test_connection(info, password), self._on_tested)

    def _complete(self, spec: AccountSpec, password: str) -> bool:
        missing = [
            label
            for label, value in (
                (self.tr("sender address"), spec.address),
                (self.tr("IMAP server"), spec.imap_host),
                (self.tr("SMTP server"), spec.smtp_host),
                (self.tr("password"), password),
            )
            if not value
        ]
        if missing:
            self._show(False, self.tr("Please fill in: %1.").replace("%1", ", ".join(missing)))
            return False
        return True

    @Slot(object)
    def _on_tested(self, result: TestResult) -> None:
        self.last_test = result
        self.test_button.setEnabled(True)
        self._show(result.ok, check_text(result.message))

    def _show(self, ok: bool, text: str) -> None:
        colour = css("success" if ok else "danger")
        self.test_result.setStyleSheet(f"color: {colour};")
        self.test_result.setText(text)

    @Slot()
    def save(self) -> None:
        spec = self.spec()
        password = self.password_edit.text()
        if not spec.name:
            self._show(False, self.tr("Please give the account a name."))
            return
        if not self._complete(spec, password):
            return
        self.save_button.setEnabled(False)
        service = self._service
        self._run(lambda _t: service.add_account(spec, password), self._on_saved)

    @Slot(object)
    def _on_saved(self, account: AccountInfo) -> None:
        self.account = account
        self.accept()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.test_button.setEnabled(True)
        if isinstance(exc, AccountError | credentials.CredentialsError):
            self._show(False, mail_sentence_text(str(exc)))
        else:
            self._show(False, unexpected_text(exc))

    @classmethod
    def ask(
        cls,
        service: MailService,
        *,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> AccountInfo | None:
        dialog = cls(service, runner=runner, parent=parent)
        dialog.exec()
        return dialog.account


def _tls(combo: QComboBox) -> TlsMode:
    value = str(combo.currentData())
    return "starttls" if value == "starttls" else "none" if value == "none" else "implicit"
