"""Every dialog of the app, built as the app builds it, for the accessibility tests: each
factory returns the dialog and the button Enter must press."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QLabel, QMessageBox

from inbox_app.services.amazon import AmazonService
from tests.helpers.runner import with_own_runner

ORDER = "111-7000001-7000001"


@dataclass(frozen=True)
class Built:
    dialog: QDialog
    default: QAbstractButton  # what Enter presses


def _std(dialog: QDialog, which: QDialogButtonBox.StandardButton) -> QAbstractButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(which)
    assert button is not None
    return button


def _named(dialog: QDialog, name: str) -> QAbstractButton:
    button = dialog.findChild(QAbstractButton, name)
    assert button is not None, name
    return button


def _window(request: pytest.FixtureRequest) -> Any:
    return request.getfixturevalue("main_window")(threads=20)


def preferences(request: pytest.FixtureRequest) -> Built:
    from inbox_app.views.preferences.dialog import PreferencesDialog

    window = _window(request)
    dialog = PreferencesDialog(window.settings, window)
    return Built(dialog, _std(dialog, QDialogButtonBox.StandardButton.Ok))


def shortcuts(request: pytest.FixtureRequest) -> Built:
    from inbox_app.views.shortcut_sheet import ShortcutSheet

    window = _window(request)
    dialog = ShortcutSheet(window.actions_.sheet_rows(), window)
    return Built(dialog, _std(dialog, QDialogButtonBox.StandardButton.Close))


def account(request: pytest.FixtureRequest) -> Built:
    from inbox_app.services.mail import MailService
    from inbox_app.views.account_dialog import AccountDialog

    dialog = with_own_runner(
        lambda runner: AccountDialog(MailService(request.getfixturevalue("store")), runner=runner)
    )
    return Built(dialog, _named(dialog, "saveButton"))


def amazon_connect(request: pytest.FixtureRequest) -> Built:
    from inbox_app.views.amazon_connect_dialog import AmazonConnectDialog

    dialog = with_own_runner(
        lambda runner: AmazonConnectDialog(request.getfixturevalue("amazon"), runner=runner)
    )
    return Built(dialog, _named(dialog, "amazonSaveButton"))


def _connection(request: pytest.FixtureRequest) -> tuple[AmazonService, Any]:
    amazon: AmazonService = request.getfixturevalue("amazon")
    return amazon, amazon.connection(request.getfixturevalue("amazon_connection"))


def amazon_message(request: pytest.FixtureRequest) -> Built:
    from inbox_app.views.amazon_message_dialog import AmazonMessageDialog

    amazon, info = _connection(request)
    now = datetime.now(UTC)
    request.getfixturevalue("spapi").add_order(
        ORDER, created=now - timedelta(days=14), updated=now - timedelta(days=1),
        delivered=now - timedelta(days=10), actions=("unexpectedProblem", "warranty"),
    )  # fmt: skip
    assert amazon.sync_connection(info.name).complete
    dialog = with_own_runner(lambda runner: AmazonMessageDialog(amazon, info, ORDER, runner=runner))
    request.getfixturevalue("qtbot").waitUntil(lambda: dialog.loaded, timeout=15000)
    return Built(dialog, _named(dialog, "amazonActionSend"))


def review_requests(request: pytest.FixtureRequest) -> Built:
    from inbox_app.views.amazon_order_actions import ReviewRequestsDialog

    amazon, info = _connection(request)
    dialog = with_own_runner(lambda runner: ReviewRequestsDialog(amazon, info, runner=runner))
    request.getfixturevalue("qtbot").waitUntil(lambda: dialog.loaded, timeout=15000)
    return Built(dialog, _std(dialog, QDialogButtonBox.StandardButton.Close))


def team_connect(request: pytest.FixtureRequest) -> Built:
    from inbox_app.views.team.connect_dialog import TeamConnectDialog

    dialog = with_own_runner(lambda runner: TeamConnectDialog(person="Anna", runner=runner))
    return Built(dialog, _named(dialog, "teamConnectButton"))


def saved_replies(request: pytest.FixtureRequest) -> Built:
    from inbox_app.services.compose import ComposeService
    from inbox_app.views.compose.template_editor import TemplateEditor

    store = request.getfixturevalue("store")
    dialog = TemplateEditor(ComposeService(store), {"buyer_name": "Jana"}, "it")
    return Built(dialog, _named(dialog, "templateSaveButton"))


def template_picker(request: pytest.FixtureRequest) -> Built:
    from inbox_app.services.templates import TemplateRow
    from inbox_app.views.compose.dialogs import TemplatePicker

    row = TemplateRow(1, "Shipped", "en", "Your order", "It left today.")
    dialog = TemplatePicker([row], {})
    return Built(dialog, _std(dialog, QDialogButtonBox.StandardButton.Ok))


def send_anyway(request: pytest.FixtureRequest) -> Built:
    from inbox_app.policy.types import Finding
    from inbox_app.views.compose.dialogs import ConfirmWarningsDialog

    dialog = ConfirmWarningsDialog([Finding("phone-number", "warn", "Phone number", "body", 0, 3)])
    return Built(dialog, _std(dialog, QDialogButtonBox.StandardButton.Cancel))


def import_summary(request: pytest.FixtureRequest) -> Built:
    from inbox_app.views.order_import import FileResult, ImportSummaryDialog

    dialog = ImportSummaryDialog([FileResult("orders.txt", None, "not an order report")])
    return Built(dialog, _std(dialog, QDialogButtonBox.StandardButton.Close))


def special_products(request: pytest.FixtureRequest) -> Built:
    from inbox_app.views.special_products import SpecialProductsDialog

    window = _window(request)
    dialog = SpecialProductsDialog(window.service, window.runner, window)
    dialog.pattern_edit.setText("PC-*")  # Enter adds it
    return Built(dialog, _named(dialog, "addRuleButton"))


def store_refused(request: pytest.FixtureRequest) -> Built:
    from inbox_app.views.store_refused import refused_box

    tmp: Path = request.getfixturevalue("tmp_path")
    box = refused_box("This database is newer than the app.", tmp / "a.db", tmp / "b.db")
    return Built(box, _named(box, "chooseOtherStore"))


def already_answered(request: pytest.FixtureRequest) -> Built:
    from inbox_app.views.team.presence import answered_box

    box = answered_box(None, "Marco")
    button = box.button(QMessageBox.StandardButton.No)
    assert button is not None
    return Built(box, button)


def attachment_preview(request: pytest.FixtureRequest) -> Built:
    from inbox_app.views.compose.attachment_preview import preview_dialog

    dialog = preview_dialog(None, "notes.txt", QLabel("Thank you for your order."))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
    return Built(dialog, _std(dialog, QDialogButtonBox.StandardButton.Close))


DIALOGS: list[Callable[[pytest.FixtureRequest], Built]] = [
    preferences, shortcuts, account, amazon_connect, amazon_message, review_requests,
    team_connect, saved_replies, template_picker, send_anyway, import_summary,
    special_products, store_refused, already_answered, attachment_preview,
]  # fmt: skip
