"""User-facing mail errors with plain text; a password never appears in any of them."""

from __future__ import annotations

import socket
import ssl

from inbox_app import redaction
from inbox_app.mail.sentences import say


class MailError(Exception):
    """A mail problem a user can act on. `str(exc)` is the message to show."""

    kind = "error"
    transient = False

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class AuthError(MailError):
    kind = "auth"


class HostNotFoundError(MailError):
    kind = "host"


class CertificateError(MailError):
    kind = "certificate"


class MailTimeoutError(MailError):
    kind = "timeout"
    transient = True


class TlsNotOfferedError(MailError):
    kind = "tls"


class ConnectFailedError(MailError):
    kind = "connect"
    transient = True


class ConnectionLostError(MailError):
    kind = "lost"
    transient = True


class ProtocolError(MailError):
    kind = "protocol"


def redact(text: str, secret: str | None = None) -> str:
    """Remove `secret` and every other secret the app holds from `text` (servers may
    echo what they got, or anything else)."""
    return redaction.redact(text, secret)


def classify_connect_error(
    exc: BaseException, host: str, port: int, what: str, secret: str | None = None
) -> MailError:
    """Turn a low-level connect/TLS exception into a clear MailError."""
    at = {"what": what, "host": host, "port": port}
    if isinstance(exc, MailError):
        return exc
    if isinstance(exc, socket.gaierror):
        return HostNotFoundError(say("host_not_found", what=what, host=host))
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = exc.verify_message or "verification failed"
        return CertificateError(say("certificate_unverified", detail=reason, **at))
    if isinstance(exc, ssl.SSLError):
        return CertificateError(say("tls_failed", detail=exc.reason or exc, **at))
    # smtplib reports a read timeout as SMTPServerDisconnected("...: timed out")
    if isinstance(exc, (TimeoutError, socket.timeout)) or str(exc).endswith("timed out"):
        return MailTimeoutError(say("timeout", **at))
    if isinstance(exc, ConnectionRefusedError):
        return ConnectFailedError(say("refused", **at))
    if isinstance(exc, (ConnectionError, EOFError)):
        return ConnectionLostError(say("lost", **at))
    if isinstance(exc, OSError):
        detail = redact(exc.strerror or str(exc), secret)
        return ConnectFailedError(say("connect_failed", detail=detail, **at))
    return ProtocolError(say("unexpected", detail=redact(str(exc), secret)[:400], **at))
