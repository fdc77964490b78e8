"""The Amazon connection dialog: the seller's own SP-API app (LWA client id, client secret,
refresh token, region, marketplaces), tested before it is saved.

The secrets go from the password fields straight to a worker task that hands them to
the keyring; the network and the keyring are never touched on the GUI thread.
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
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inbox_app import credentials
from inbox_app.amazon.errors import SpApiError
from inbox_app.amazon.regions import ENDPOINTS, LWA_TOKEN_URL, region_of
from inbox_app.models.colours import css
from inbox_app.models.known_sentences import known_error_text, known_sentence_text
from inbox_app.models.unexpected_text import unexpected_text
from inbox_app.services.amazon import AmazonService
from inbox_app.services.amazon_connections import AmazonConnectionError, ConnectionSpec
from inbox_app.views.amazon_connections_box import ConnectionsBox
from inbox_app.views.task_runner import Task, TaskRunner

MARKETPLACES = ("US", "CA", "MX", "BR", "UK", "DE", "FR", "IT", "ES", "NL", "SE", "PL", "JP", "AU")


class AmazonConnectDialog(QDialog):
    """Connect an SP-API app. `saved` is the connection's name once it is stored."""

    def __init__(
        self, amazon: AmazonService, *, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("amazonConnectDialog")
        self.setWindowTitle(self.tr("Connect Amazon (Selling Partner API)"))
        self._amazon = amazon
        self._runner = runner
        self.saved: str | None = None
        self.last_result: tuple[bool, str] | None = None
        self._build()
        self._region_changed()

    def _line(self, name: str, placeholder: str = "", secret: bool = False) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Use your own private SP-API app, self-authorized in Seller Central "
                "(Apps and Services > Develop Apps). The client secret and the refresh "
                "token are kept only in the system keyring."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.connections = ConnectionsBox(self._amazon, self._runner, self)
        self.connections.hide()  # shown once it has loaded a saved connection
        layout.addWidget(self.connections)
        box = QGroupBox(self.tr("App"), self)
        form = QFormLayout(box)
        self.name_edit = self._line("amazonNameEdit", self.tr("e.g. Shop NA"))
        self.region_combo = QComboBox(self)
        self.region_combo.setObjectName("amazonRegionCombo")
        for code, label in (
            ("na", self.tr("North America")),
            ("eu", self.tr("Europe")),
            ("fe", self.tr("Far East")),
        ):
            self.region_combo.addItem(label, code)
        self.region_combo.currentIndexChanged.connect(lambda _i: self._region_changed())
        self.client_id_edit = self._line("amazonClientIdEdit", "amzn1.application-oa2-client.…")
        self.secret_edit = self._line("amazonSecretEdit", secret=True)
        self.refresh_edit = self._line("amazonRefreshEdit", "Atzr|…", secret=True)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Region:"), self.region_combo)
        form.addRow(self.tr("&LWA client id:"), self.client_id_edit)
        form.addRow(self.tr("Client s&ecret:"), self.secret_edit)
        form.addRow(self.tr("Re&fresh token:"), self.refresh_edit)
        layout.addWidget(box)

        markets = QGroupBox(self.tr("&Marketplaces"), self)
        grid = QGridLayout(markets)
        self.market_checks: dict[str, QCheckBox] = {}
        for i, code in enumerate(MARKETPLACES):
            check = QCheckBox(code, markets)
            check.setObjectName(f"amazonMarket{code}")
            self.market_checks[code] = check
            grid.addWidget(check, i // 7, i % 7)
        layout.addWidget(markets)

        advanced = QGroupBox(self.tr("A&dvanced"), self)
        advanced.setCheckable(True)
        advanced.setChecked(False)
        advanced.setObjectName("amazonAdvancedBox")
        adv = QFormLayout(advanced)
        self.endpoint_edit = self._line("amazonEndpointEdit")
        self.token_url_edit = self._line("amazonTokenUrlEdit", LWA_TOKEN_URL)
        adv.addRow(self.tr("API end&point:"), self.endpoint_edit)
        adv.addRow(self.tr("Token &URL:"), self.token_url_edit)
        self.advanced_box = advanced
        layout.addWidget(advanced)

        self.result_label = QLabel(self)
        self.result_label.setObjectName("amazonTestResult")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        buttons = QDialogButtonBox(self)
        self.test_button = buttons.addButton(
            self.tr("&Test"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.test_button.setObjectName("amazonTestButton")
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("amazonSaveButton")
        self.save_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.test_button.clicked.connect(self.test)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @Slot()
    def _region_changed(self) -> None:
        region = str(self.region_combo.currentData())
        self.endpoint_edit.setPlaceholderText(ENDPOINTS[region])
        for code, check in self.market_checks.items():
            served = region_of(code) == region
            check.setEnabled(served)
            if not served:
                check.setChecked(False)

    def spec(self) -> ConnectionSpec:
        advanced = self.advanced_box.isChecked()
        return ConnectionSpec(
            name=self.name_edit.text().strip(),
            region=str(self.region_combo.currentData()),
            client_id=self.client_id_edit.text().strip(),
            marketplaces=tuple(c for c, b in self.market_checks.items() if b.isChecked()),
            endpoint=self.endpoint_edit.text().strip() if advanced else "",
            token_url=self.token_url_edit.text().strip() if advanced else "",
        )

    def _run(self, fn: Callable[[Task], Any], on_success: Callable[[Any], None]) -> None:
        self._busy(True)
        self._runner.run(fn, on_done=on_success, on_failed=self._on_failed)

    def _busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    def _show(self, ok: bool, text: str) -> None:
        self.last_result = (ok, text)
        self.result_label.setStyleSheet(f"color: {css('success' if ok else 'danger')};")
        self.result_label.setText(text)

    @Slot()
    def test(self) -> None:
        spec, secret, refresh = self.spec(), self.secret_edit.text(), self.refresh_edit.text()
        self.result_label.setText(self.tr("Asking Login with Amazon…"))
        self._run(lambda _t: self._amazon.check_credentials(spec, secret, refresh), self._on_tested)

    @Slot(object)
    def _on_tested(self, message: str) -> None:
        self._busy(False)
        self._show(True, known_sentence_text(message))

    @Slot()
    def save(self) -> None:
        spec, secret, refresh = self.spec(), self.secret_edit.text(), self.refresh_edit.text()
        amazon = self._amazon
        self._run(lambda _t: (amazon.connect(spec, secret, refresh), spec.name), self._on_saved)

    @Slot(object)
    def _on_saved(self, result: tuple[int, str]) -> None:
        self._busy(False)
        self.saved = result[1]
        self.secret_edit.clear()
        self.refresh_edit.clear()
        self.accept()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, AmazonConnectionError | SpApiError | credentials.CredentialsError):
            self._show(False, known_error_text(exc))
        else:
            self._show(False, unexpected_text(exc))
