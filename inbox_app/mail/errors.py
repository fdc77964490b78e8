"""User-facing mail errors with plain text; a password never appears in any of them."""

from __future__ import annotations

import socket
import ssl

from inbox_app import redaction


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
    where = f"{what} server {host}:{port}"
    if isinstance(exc, MailError):
        return exc
    if isinstance(exc, socket.gaierror):
        return HostNotFoundError(
            f"The {what} server name {host!r} was not found. Check the host name."
        )
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = exc.verify_message or "verification failed"
        return CertificateError(
            f"The certificate of the {where} could not be verified ({reason}). "
            "If this is your own server, set the account's CA file to its certificate."
        )
    if isinstance(exc, ssl.SSLError):
        return CertificateError(
            f"A secure (TLS) connection to the {where} failed ({exc.reason or exc}). "
            "Check the port and TLS mode."
        )
    # smtplib reports a read timeout as SMTPServerDisconnected("...: timed out")
    if isinstance(exc, (TimeoutError, socket.timeout)) or str(exc).endswith("timed out"):
        return MailTimeoutError(f"The {where} did not answer in time.")
    if isinstance(exc, ConnectionRefusedError):
        return ConnectFailedError(
            f"The {where} refused the connection. Check the port, or try again later."
        )
    if isinstance(exc, (ConnectionError, EOFError)):
        return ConnectionLostError(f"The connection to the {where} was lost.")
    if isinstance(exc, OSError):
        return ConnectFailedError(
            f"Could not connect to the {where}: {redact(exc.strerror or str(exc), secret)}."
        )
    return ProtocolError(f"The {where} answered unexpectedly: {redact(str(exc), secret)}"[:500])
