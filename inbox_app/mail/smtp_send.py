"""Send one message over SMTP and classify what happened: sent, transient, permanent, unknown.

The DATA phase is driven by hand so that a connection lost *after* the message was
handed over is told apart from one lost before: the first is `unknown` (it may have
been delivered) and must never be resent automatically.
"""

from __future__ import annotations

import re
import smtplib
import ssl
from dataclasses import dataclass
from typing import Literal

from inbox_app.mail.compose import OutgoingMail, build_mime
from inbox_app.mail.errors import (
    AuthError,
    MailError,
    TlsNotOfferedError,
    classify_connect_error,
    redact,
)
from inbox_app.mail.sentences import say
from inbox_app.mail.server import ServerSettings, refuse_clear_password, tls_context

Outcome = Literal["sent", "transient", "permanent", "unknown", "account_error"]


@dataclass(frozen=True, slots=True)
class SendResult:
    """What happened to one message. `account_error`: nothing was sent, the account is wrong."""

    outcome: Outcome
    detail: str = ""
    code: int | None = None


def _reply_text(code: int, message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else message
    return f"{code} {' '.join(text.split())}"[:500]


def _classify_code(code: int, text: str) -> SendResult:
    if 200 <= code < 300:
        return SendResult("sent", text, code)
    if 400 <= code < 500:
        return SendResult("transient", say("try_later", answer=text), code)
    return SendResult("permanent", say("refused_message", answer=text), code)


def _data_bytes(raw: bytes) -> bytes:
    """Dot-stuffed, CRLF-terminated DATA content with the final '.' line."""
    raw = re.sub(rb"\r\n|\r|\n", b"\r\n", raw)
    raw = re.sub(rb"(?m)^\.", b"..", raw)
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    return raw + b".\r\n"


class SmtpSender:
    """A Sender over SMTP: one connection reused for a run, reopened after a failure."""

    def __init__(self, settings: ServerSettings, password: str | None) -> None:
        self.settings = settings
        self._password = password
        self._conn: smtplib.SMTP | None = None

    def __repr__(self) -> str:  # never show the password
        return f"SmtpSender({self.settings.host}:{self.settings.port})"

    def connect(self) -> None:
        """Open, secure and log in; raises MailError (AuthError, CertificateError...)."""
        s = self.settings
        try:
            conn: smtplib.SMTP
            if s.tls == "implicit":
                conn = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=tls_context(s))
            else:
                conn = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
            try:
                conn.ehlo()
                if s.tls == "starttls":
                    if not conn.has_extn("starttls"):
                        raise TlsNotOfferedError(say("smtp_no_starttls", host=s.host, port=s.port))
                    conn.starttls(context=tls_context(s))
                    conn.ehlo()
                if s.user:
                    self._login(conn)
            except BaseException:
                conn.close()
                raise
        except MailError:
            raise
        except smtplib.SMTPResponseException as exc:
            answer = redact(_reply_text(exc.smtp_code, exc.smtp_error), self._password)
            raise MailError(say("smtp_answered", host=s.host, answer=answer)) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise classify_connect_error(exc, s.host, s.port, "SMTP", self._password) from None
        self._conn = conn

    def _login(self, conn: smtplib.SMTP) -> None:
        s = self.settings
        refuse_clear_password(s, "SMTP")
        if not conn.has_extn("auth"):
            raise MailError(say("smtp_no_auth", host=s.host, port=s.port))
        try:
            conn.login(s.user, self._password or "")
        except smtplib.SMTPAuthenticationError:
            raise AuthError(say("login_refused", what="SMTP", host=s.host, user=s.user)) from None

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.quit()
        except (OSError, smtplib.SMTPException):
            conn.close()

    def __enter__(self) -> SmtpSender:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def send(self, message: OutgoingMail) -> SendResult:
        """Send one message; never raises for network trouble, reports it instead."""
        try:
            raw = build_mime(message)
        except (ValueError, TypeError) as exc:
            return SendResult("permanent", say("not_built", detail=exc))
        if self._conn is None:
            try:
                self.connect()
            except MailError as exc:
                if exc.transient:
                    return SendResult("transient", str(exc))
                return SendResult("account_error", str(exc))
        assert self._conn is not None
        conn = self._conn
        try:
            code, text = conn.mail(message.from_addr)
            if code != 250:
                return self._failed(conn, _classify_code(code, _reply_text(code, text)))
            code, text = conn.rcpt(message.to_addr)
            if code not in (250, 251):
                return self._failed(conn, _classify_code(code, _reply_text(code, text)))
            code, text = conn.docmd("DATA")
            if code != 354:
                return self._failed(conn, _classify_code(code, _reply_text(code, text)))
        except (OSError, smtplib.SMTPException) as exc:
            self._drop()
            error = classify_connect_error(exc, self.settings.host, self.settings.port, "SMTP")
            return SendResult("transient", say("nothing_sent", reason=error))
        # From here on the server may have the message: a lost connection is ambiguous.
        try:
            conn.send(_data_bytes(raw))
            code, text = conn.getreply()
        except (TimeoutError, OSError, smtplib.SMTPException, ssl.SSLError):
            self._drop()
            return SendResult("unknown", say("maybe_sent"))
        result = _classify_code(code, _reply_text(code, text))
        if result.outcome != "sent":
            self._reset(conn)
        return result

    def _failed(self, conn: smtplib.SMTP, result: SendResult) -> SendResult:
        self._reset(conn)
        return result

    def _reset(self, conn: smtplib.SMTP) -> None:
        try:
            conn.rset()
        except (OSError, smtplib.SMTPException):
            self._drop()

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()
