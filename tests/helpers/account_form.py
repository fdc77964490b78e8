"""Filling the account dialog for a real Dovecot and SMTP server on loopback."""

from __future__ import annotations

from inbox_app.views.account_dialog import AccountDialog
from tests.helpers.mailservers import PASSWORD, USER, Dovecot


def fill_account_form(
    dialog: AccountDialog, dovecot: Dovecot, smtp_port: int, folder: str, password: str = PASSWORD
) -> None:
    dialog.name_edit.setText("Shop US")
    dialog.display_name_edit.setText("Mug Shop")
    dialog.address_edit.setText(USER)
    dialog.password_edit.setText(password)
    dialog.imap_host.setText("127.0.0.1")
    dialog.imap_port.setValue(dovecot.imaps_port)
    dialog.folders_edit.setText(folder)
    dialog.smtp_host.setText("127.0.0.1")
    dialog.smtp_tls.setCurrentIndex(dialog.smtp_tls.findData("starttls"))
    dialog.smtp_port.setValue(smtp_port)
    dialog.market_checks["US"].setChecked(True)
    dialog.ca_edit.setText(str(dovecot.certs.ca_file))
