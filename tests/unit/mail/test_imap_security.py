"""STARTTLS is required, never opportunistic: a PREAUTH greeting or a server without
STARTTLS is refused before any credential is sent (TESTING-NOTES §3.1, §7.20)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from inbox_app.mail.errors import TlsNotOfferedError
from inbox_app.mail.imap_sync import connect_imap
from inbox_app.mail.server import ServerSettings


class FakeImap:
    """A scripted IMAP server on loopback that records every command line it receives."""

    def __init__(self, greeting: bytes, capabilities: bytes) -> None:
        self.greeting = greeting
        self.capabilities = capabilities
        self.lines: list[bytes] = []
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1)
        self.port = int(self.sock.getsockname()[1])
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.sock.accept()
        with conn:
            conn.sendall(self.greeting)
            buf = b""
            while True:
                data = conn.recv(4096)
                if not data:
                    return
                buf += data
                while b"\r\n" in buf:
                    line, buf = buf.split(b"\r\n", 1)
                    self.lines.append(line)
                    tag, _, cmd = line.partition(b" ")
                    if cmd.upper().startswith(b"CAPABILITY"):
                        conn.sendall(
                            b"* CAPABILITY " + self.capabilities + b"\r\n" + tag + b" OK done\r\n"
                        )
                    elif cmd.upper().startswith(b"LOGOUT"):
                        conn.sendall(b"* BYE\r\n" + tag + b" OK bye\r\n")
                        return
                    else:
                        conn.sendall(tag + b" BAD not here\r\n")

    def close(self) -> None:
        self.sock.close()
        self.thread.join(5)


@pytest.fixture
def make_server() -> Iterator[list[FakeImap]]:
    servers: list[FakeImap] = []
    yield servers
    for s in servers:
        s.close()


@pytest.mark.parametrize(
    ("greeting", "caps", "expected"),
    [
        (
            b"* PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] welcome\r\n",
            b"IMAP4rev1 STARTTLS",
            "PREAUTH",
        ),
        (
            b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n",
            b"IMAP4rev1 AUTH=PLAIN",
            "does not offer STARTTLS",
        ),
    ],
)
def test_starttls_downgrades_are_refused(
    make_server: list[FakeImap], greeting: bytes, caps: bytes, expected: str
) -> None:
    server = FakeImap(greeting, caps)
    make_server.append(server)
    settings = ServerSettings("127.0.0.1", server.port, "starttls", "seller", timeout=5)
    with pytest.raises(TlsNotOfferedError, match=expected):
        connect_imap(settings, "hunter2-secret")
    server.thread.join(5)
    sent = b"\n".join(server.lines)
    assert b"hunter2-secret" not in sent and b"LOGIN" not in sent.upper()
