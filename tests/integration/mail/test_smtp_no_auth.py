"""SMTP without login: a local relay or an IP-authorised smarthost offers no AUTH. The
account says "no authentication" explicitly (CLI and dialog) and its mail goes out;
a password is still never sent in clear over a non-loopback connection without TLS."""

from __future__ import annotations

import io
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from inbox_app.cli import main
from inbox_app.mail.errors import TlsNotOfferedError
from inbox_app.mail.server import ServerSettings
from inbox_app.mail.smtp_send import SmtpSender
from inbox_app.services.mail import MailService
from inbox_app.store.migrate import Store
from tests.helpers import mailgen
from tests.helpers.mail_queue import message, queue_reply
from tests.helpers.mailservers import (
    PASSWORD,
    USER,
    Dovecot,
    RecordingHandler,
    authenticator,
    free_port,
)
from tests.helpers.runner import with_own_runner

pytestmark = pytest.mark.imap_server


class _Relay:
    """A real aiosmtpd relay without TLS; with `offer_auth` it offers AUTH in clear."""

    def __init__(self, host: str, *, offer_auth: bool = False) -> None:
        self.handler = RecordingHandler()
        self.auth_seen: list[str] = []  # the passwords clients sent

        def check(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
            self.auth_seen.append(getattr(data, "password", b"").decode())
            return authenticator(server, session, envelope, mechanism, data)

        extra: dict[str, Any] = (
            {"authenticator": check, "auth_require_tls": False} if offer_auth else {}
        )
        self.controller = Controller(self.handler, hostname=host, port=free_port(), **extra)
        self.controller.start()
        self.host, self.port = host, self.controller.port

    def stop(self) -> None:
        self.controller.stop()


@pytest.fixture
def relay() -> Iterator[_Relay]:
    r = _Relay("127.0.0.1")
    yield r
    r.stop()


def _outside_address() -> str | None:
    """An address of this machine that is not loopback (the route to a public address)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))
            addr = str(s.getsockname()[0])
        except OSError:
            return None
    return None if addr.startswith("127.") else addr


def test_cli_account_without_smtp_login_sends(
    store: Store,
    db_path: Path,
    dovecot: Dovecot,
    folder: str,
    relay: _Relay,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main([
        "account", "add", "shop", "--db", str(db_path), "--address", USER, "--user", USER,
        "--imap-host", "127.0.0.1", "--imap-port", str(dovecot.imaps_port),
        "--imap-folder", folder, "--ca-file", str(dovecot.certs.ca_file),
        "--smtp-host", relay.host, "--smtp-port", str(relay.port), "--smtp-tls", "none",
        "--smtp-auth", "none", "--password-stdin",
    ]) == 0  # fmt: skip
    info = MailService(store).account("shop")
    assert info.smtp_auth is False and info.smtp.user == ""
    capsys.readouterr()
    main(["account", "list", "--db", str(db_path)])
    assert "no login" in capsys.readouterr().out
    dovecot.save(mailgen.relay_mail(message_id="<b1@relay.test>"), folder)
    assert MailService(store).sync_account("shop", send=False).imported == 1
    reply = queue_reply(store)
    summary = MailService(store).sync_account("shop")
    assert summary.ok, summary.errors
    assert summary.outbox is not None and summary.outbox.sent == 1
    assert message(store, reply).status == "sent"
    assert len(relay.handler.messages) == 1 and relay.auth_seen == []


def test_loopback_login_in_clear_still_works() -> None:
    r = _Relay("127.0.0.1", offer_auth=True)
    try:
        sender = SmtpSender(ServerSettings("127.0.0.1", r.port, "none", USER, timeout=5), PASSWORD)
        sender.connect()
        sender.close()
        assert r.auth_seen == [PASSWORD]
    finally:
        r.stop()


def test_a_login_account_on_a_relay_without_auth_says_so(relay: _Relay) -> None:
    sender = SmtpSender(ServerSettings(relay.host, relay.port, "none", USER, timeout=5), "pw")
    with pytest.raises(Exception, match="does not offer login"):
        sender.connect()


def test_no_password_in_clear_over_the_network() -> None:
    outside = _outside_address()
    if outside is None:
        pytest.skip("this machine has no non-loopback address")
    r = _Relay(outside, offer_auth=True)
    try:
        # a server that offers AUTH in clear, reached over a real interface: refused
        sender = SmtpSender(ServerSettings(outside, r.port, "none", USER, timeout=5), PASSWORD)
        with pytest.raises(TlsNotOfferedError, match="unencrypted"):
            sender.connect()
        assert r.auth_seen == []
        # with no authentication chosen, nothing secret is sent, so it may go
        plain = SmtpSender(ServerSettings(outside, r.port, "none", "", timeout=5), None)
        plain.connect()
        plain.close()
    finally:
        r.stop()


def test_dialog_account_without_smtp_login(
    qtbot: QtBot, store: Store, dovecot: Dovecot, folder: str, relay: _Relay
) -> None:
    from inbox_app.views.account_dialog import AccountDialog

    dialog = with_own_runner(lambda runner: AccountDialog(MailService(store), runner=runner))
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Relay shop")
    dialog.address_edit.setText(USER)
    dialog.password_edit.setText(PASSWORD)
    dialog.imap_host.setText("127.0.0.1")
    dialog.imap_port.setValue(dovecot.imaps_port)
    dialog.folders_edit.setText(folder)
    dialog.ca_edit.setText(str(dovecot.certs.ca_file))
    dialog.smtp_host.setText(relay.host)
    dialog.smtp_tls.setCurrentIndex(dialog.smtp_tls.findData("none"))
    dialog.smtp_port.setValue(relay.port)
    no_auth = dialog.findChild(QCheckBox, "smtpNoAuthCheck")
    assert no_auth is not None
    no_auth.setChecked(True)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.last_test is not None, timeout=15000)
    assert dialog.last_test is not None and dialog.last_test.ok, dialog.test_result.text()
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save_button.click()
    assert MailService(store).account("Relay shop").smtp_auth is False
