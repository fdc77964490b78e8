"""A server that echoes the password (`* BYE ... password <pw>` right after login) never
gets it printed by `account test` or `sync`, shown in the window's status text, or
written to the log: every secret the app holds is cut from server texts."""

from __future__ import annotations

import io
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from inbox_app.cli import main
from inbox_app.crashlog import log_path
from inbox_app.services.mail import MailService
from inbox_app.store.migrate import Store
from tests.helpers.mailservers import free_port

PASSWORD = "Tr0ub4dor-and-3"


class EchoingImap:
    """A loopback IMAP server that logs the user in, then says goodbye with the password
    it was given (what a misconfigured or hostile server did). No real server can be made
    to do this, so it is scripted; everything on the app's side is real."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = int(self.sock.getsockname()[1])
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._session, args=(conn,), daemon=True).start()

    def _session(self, conn: socket.socket) -> None:
        with conn:
            conn.sendall(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN IDLE] ready\r\n")
            buf = b""
            password = b""
            while True:
                try:
                    data = conn.recv(4096)
                except OSError:
                    return
                if not data:
                    return
                buf += data
                while b"\r\n" in buf:
                    line, buf = buf.split(b"\r\n", 1)
                    tag, _, cmd = line.partition(b" ")
                    verb = cmd.split(b" ", 1)[0].upper()
                    if verb == b"CAPABILITY":
                        conn.sendall(
                            b"* CAPABILITY IMAP4rev1 AUTH=PLAIN IDLE\r\n" + tag + b" OK done\r\n"
                        )
                    elif verb == b"LOGIN":
                        password = cmd.rsplit(b" ", 1)[-1].strip(b'"')
                        conn.sendall(tag + b" OK [CAPABILITY IMAP4rev1 IDLE] Logged in\r\n")
                    else:
                        conn.sendall(
                            b"* BYE Session expired for user seller password " + password + b"\r\n"
                        )
                        return

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def echoing() -> Iterator[EchoingImap]:
    server = EchoingImap()
    yield server
    server.close()


def _add(db: Path, port: int, smtp_port: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main([
        "account", "add", "shop", "--db", str(db), "--address", "seller@example.test",
        "--imap-host", "127.0.0.1", "--imap-port", str(port), "--imap-tls", "none",
        "--smtp-host", "127.0.0.1", "--smtp-port", str(smtp_port), "--smtp-tls", "none",
        "--user", "seller", "--password-stdin",
    ]) == 0  # fmt: skip


def test_the_password_a_server_echoes_is_never_shown_or_logged(
    echoing: EchoingImap,
    store: Store,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _add(db_path, echoing.port, free_port(), monkeypatch)
    capsys.readouterr()
    main(["account", "test", "shop", "--db", str(db_path)])
    tested = capsys.readouterr()
    main(["sync", "--account", "shop", "--db", str(db_path), "--fetch-only", "--quiet"])
    synced = capsys.readouterr()
    summary = MailService(store).sync_account(
        "shop", fetch=True, send=False, max_reconnects=0
    )  # what the window shows
    shown = "\n".join([*summary.errors, *summary.lines()])
    for text in (tested.out + tested.err, synced.out + synced.err, shown):
        assert PASSWORD not in text
        assert "********" in text or "lost" in text  # the server's words were there
    assert "IMAP" in tested.out
    log = log_path().read_text("utf-8") if log_path().exists() else ""
    assert PASSWORD not in log
