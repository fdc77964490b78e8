"""How to reach a mail server: host, port, TLS mode, user, and the TLS context to use."""

from __future__ import annotations

import ipaddress
import ssl
from dataclasses import dataclass
from typing import Literal

from inbox_app.mail.errors import CertificateError, TlsNotOfferedError
from inbox_app.mail.sentences import say

TlsMode = Literal["implicit", "starttls", "none"]
TLS_MODES: tuple[TlsMode, ...] = ("implicit", "starttls", "none")


@dataclass(frozen=True, slots=True)
class ServerSettings:
    """One IMAP or SMTP endpoint. No password here: it is passed separately, per call."""

    host: str
    port: int
    tls: TlsMode
    user: str
    ca_file: str | None = None  # trust this PEM (a private CA or the server's own cert)
    timeout: float = 30.0


def is_loopback(host: str) -> bool:
    """Whether `host` names this machine itself (a password in clear never leaves it)."""
    name = host.strip().strip("[]").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def refuse_clear_password(settings: ServerSettings, what: str) -> None:
    """Raise TlsNotOfferedError before a password would cross a network unencrypted."""
    if settings.tls == "none" and not is_loopback(settings.host):
        raise TlsNotOfferedError(
            say("no_tls_setup", what=what, host=settings.host, port=settings.port)
        )


def tls_context(settings: ServerSettings) -> ssl.SSLContext:
    """A verifying context: system CAs, or only the account's CA file when one is set."""
    try:
        if settings.ca_file:
            return ssl.create_default_context(cafile=settings.ca_file)
        return ssl.create_default_context()
    except (OSError, ssl.SSLError) as exc:
        raise CertificateError(say("ca_unreadable", path=settings.ca_file, detail=exc)) from None
