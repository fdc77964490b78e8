"""Accounts and "Test connection" against real servers, and the account/sync commands."""

from __future__ import annotations

import dataclasses
import io
import socket
import threading
from collections.abc import Iterator

import pytest
from aiosmtpd.controller import Controller

from inbox_app.cli import main
from inbox_app.services import accounts
from inbox_app.store.migrate import Store
from tests.helpers import mailgen
from tests.helpers.mailfixtures import SmtpServers, make_account
from tests.helpers.mailservers import PASSWORD, USER, Dovecot, RecordingHandler, free_port

pytestmark = pytest.mark.imap_server


def test_connection_ok_in_both_tls_modes(
    store: Store, dovecot: Dovecot, smtp: SmtpServers, folder: str
) -> None:
    a = make_account(store, dovecot, smtp, folder, imap_tls="implicit", smtp_tls="starttls")
    result = accounts.test_connection(a, PASSWORD)
    assert result.ok, result.message
    assert result.imap.kind == "ok" and result.smtp.kind == "ok"
    b = make_account(
        store, dovecot, smtp, folder, imap_tls="starttls", smtp_tls="implicit", name="shop2"
    )
    assert accounts.test_connection(b, PASSWORD).ok


def test_wrong_password_is_reported_for_both(
    store: Store, dovecot: Dovecot, smtp: SmtpServers, folder: str
) -> None:
    a = make_account(store, dovecot, smtp, folder)
    result = accounts.test_connection(a, "bad-guess")
    assert (result.imap.kind, result.smtp.kind) == ("auth", "auth")
    assert "refused the user name or password" in result.message
    assert "bad-guess" not in result.message


def test_missing_folder(store: Store, dovecot: Dovecot, smtp: SmtpServers, folder: str) -> None:
    a = make_account(store, dovecot, smtp, folder)
    a = dataclasses.replace(a, folders=("NoSuchFolder",))
    result = accounts.test_connection(a, PASSWORD)
    assert not result.imap.ok and "NoSuchFolder" in result.imap.message


def test_certificate_problem(
    store: Store, dovecot: Dovecot, smtp: SmtpServers, folder: str
) -> None:
    a = make_account(store, dovecot, smtp, folder)
    untrusted = dataclasses.replace(
        a,
        imap=dataclasses.replace(a.imap, ca_file=None),
        smtp=dataclasses.replace(a.smtp, ca_file=None),
    )
    result = accounts.test_connection(untrusted, PASSWORD)
    assert (result.imap.kind, result.smtp.kind) == ("certificate", "certificate")
    assert "could not be verified" in result.imap.message


def test_unknown_host(store: Store, dovecot: Dovecot, smtp: SmtpServers, folder: str) -> None:
    a = make_account(store, dovecot, smtp, folder)
    nowhere = dataclasses.replace(
        a,
        imap=dataclasses.replace(a.imap, host="no-such-host.invalid", timeout=5),
        smtp=dataclasses.replace(a.smtp, host="no-such-host.invalid", timeout=5),
    )
    result = accounts.test_connection(nowhere, PASSWORD)
    assert result.imap.kind == "host" and result.smtp.kind == "host"
    assert "was not found" in result.imap.message


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never says a word (a hung server)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    worker = threading.Thread(target=accept, daemon=True)
    worker.start()
    yield int(server.getsockname()[1])
    stop.set()
    worker.join()
    for conn in accepted:
        conn.close()
    server.close()


def test_timeout(
    store: Store, dovecot: Dovecot, smtp: SmtpServers, folder: str, silent_port: int
) -> None:
    a = make_account(store, dovecot, smtp, folder)
    hung = dataclasses.replace(
        a,
        imap=dataclasses.replace(a.imap, port=silent_port, timeout=0.5),
        smtp=dataclasses.replace(a.smtp, port=silent_port, timeout=0.5),
    )
    result = accounts.test_connection(hung, PASSWORD)
    assert (result.imap.kind, result.smtp.kind) == ("timeout", "timeout")
    assert "did not answer in time" in result.smtp.message


def test_starttls_not_offered(
    store: Store, dovecot: Dovecot, smtp: SmtpServers, folder: str
) -> None:
    plain = Controller(RecordingHandler(), hostname="127.0.0.1", port=free_port())
    plain.start()
    try:
        a = make_account(store, dovecot, smtp, folder)
        stripped = dataclasses.replace(a, smtp=dataclasses.replace(a.smtp, port=plain.port))
        result = accounts.test_connection(stripped, PASSWORD)
    finally:
        plain.stop()
    assert result.smtp.kind == "tls" and "does not offer STARTTLS" in result.smtp.message


def test_account_and_sync_commands(
    store: Store,
    dovecot: Dovecot,
    smtp: SmtpServers,
    folder: str,
    db_path: object,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = ["--db", str(db_path)]
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    add = [
        "account",
        "add",
        "cli",
        "--address",
        USER,
        "--imap-host",
        "127.0.0.1",
        "--imap-port",
        str(dovecot.imaps_port),
        "--imap-tls",
        "implicit",
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        str(smtp.starttls_port),
        "--smtp-tls",
        "starttls",
        "--user",
        USER,
        "--password-stdin",
        "--imap-folder",
        folder,
        "--ca-file",
        str(dovecot.certs.ca_file),
        "--marketplaces",
        "US,DE",
        *db,
    ]
    assert main(add) == 0
    assert "password kept in the system keyring" in capsys.readouterr().out
    assert main(add) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["account", "list", *db]) == 0
    out = capsys.readouterr().out
    assert "cli\tseller@example.test" in out and "marketplaces US,DE" in out
    assert PASSWORD not in out
    assert main(["account", "test", "cli", *db]) == 0
    assert capsys.readouterr().out.count("connection and login work") == 2
    dovecot.save(mailgen.relay_mail(message_id="<cli@relay.test>"), folder)
    assert main(["sync", "--account", "cli", "--fetch-only", "--quiet", *db]) == 0
    assert "imported 1" in capsys.readouterr().out
    assert main(["sync", "--account", "nobody", *db]) == 1
    err = capsys.readouterr().err
    assert "no account named 'nobody'" in err and "Traceback" not in err
    assert main(["account", "remove", "cli", *db]) == 0
    assert main(["account", "test", "cli", *db]) == 2
    assert "no account named" in capsys.readouterr().err
