"""IMAP fetch (IMAPClient): secure connect, folder status, new UIDs in batches, IDLE. No DB.

TLS is required whenever it is configured: STARTTLS is never opportunistic, a PREAUTH
greeting is refused, and certificates are always verified (per-account CA file allowed).
"""

from __future__ import annotations

import contextlib
import imaplib
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError
from imapclient.imapclient import SENT

from inbox_app.mail.errors import (
    AuthError,
    ConnectFailedError,
    ConnectionLostError,
    MailError,
    ProtocolError,
    TlsNotOfferedError,
    classify_connect_error,
    redact,
)
from inbox_app.mail.sentences import say
from inbox_app.mail.server import ServerSettings, refuse_clear_password, tls_context

BATCH_SIZE = 500


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class FolderStatus:
    folder: str
    uidvalidity: int
    uidnext: int
    exists: int


@dataclass(frozen=True, slots=True)
class FetchedMail:
    uid: int
    raw: bytes
    internal_date: datetime | None


def connect_imap(settings: ServerSettings, password: str) -> IMAPClient:
    """Connect, secure as configured, log in. Raises MailError with a clear message."""
    s = settings
    try:
        if s.tls == "implicit":
            client = IMAPClient(
                s.host, port=s.port, ssl=True, ssl_context=tls_context(s), timeout=s.timeout
            )
        else:
            client = IMAPClient(s.host, port=s.port, ssl=False, timeout=s.timeout)
    except MailError:
        raise
    except (OSError, IMAPClientError, imaplib.IMAP4.error) as exc:
        raise classify_connect_error(exc, s.host, s.port, "IMAP", password) from None
    try:
        _secure_and_login(client, s, password)
    except BaseException:
        _shutdown(client)
        raise
    client.normalise_times = False
    return client


def _secure_and_login(client: IMAPClient, s: ServerSettings, password: str) -> None:
    welcome = client.welcome if isinstance(client.welcome, bytes) else b""
    try:
        if s.tls == "starttls":
            if welcome.upper().startswith(b"* PREAUTH"):
                raise TlsNotOfferedError(say("imap_preauth", host=s.host, port=s.port))
            if not client.has_capability("STARTTLS"):
                raise TlsNotOfferedError(say("imap_no_starttls", host=s.host, port=s.port))
            client.starttls(tls_context(s))
        refuse_clear_password(s, "IMAP")
        client.login(s.user, password)
    except MailError:
        raise
    except LoginError as exc:
        text = redact(str(exc), password)
        if "UNAVAILABLE" in text.upper() or "temporary" in text.lower():
            raise ConnectFailedError(
                say("imap_login_unavailable", host=s.host, detail=text[:200])
            ) from None
        raise AuthError(say("login_refused", what="IMAP", host=s.host, user=s.user)) from None
    except (OSError, ssl.SSLError, IMAPClientError, imaplib.IMAP4.error) as exc:
        raise classify_connect_error(exc, s.host, s.port, "IMAP", password) from None


def _shutdown(client: IMAPClient) -> None:
    with contextlib.suppress(Exception):  # already dead: nothing to close
        client.shutdown()


def logout(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:
        _shutdown(client)


def lost(exc: BaseException, settings: ServerSettings) -> MailError:
    """A failure during a session: connection lost (transient) or a protocol error."""
    if isinstance(exc, MailError):
        return exc
    if isinstance(exc, (imaplib.IMAP4.abort, OSError, EOFError, socket.timeout)):
        detail = redact(str(exc))[:200]
        return ConnectionLostError(say("imap_lost", host=settings.host, detail=detail))
    detail = redact(str(exc))[:400]
    return ProtocolError(say("imap_unexpected", host=settings.host, detail=detail))


def folder_status(client: IMAPClient, folder: str) -> FolderStatus:
    info: dict[bytes, Any] = client.select_folder(folder, readonly=True)
    return FolderStatus(
        folder=folder,
        uidvalidity=int(info.get(b"UIDVALIDITY", 0)),
        uidnext=int(info.get(b"UIDNEXT", 0)),
        exists=int(info.get(b"EXISTS", 0)),
    )


def new_uids(client: IMAPClient, last_uid: int) -> list[int]:
    """UIDs above `last_uid`, ascending (`n:*` also returns the last message: filtered)."""
    found = client.search(["UID", f"{last_uid + 1}:*"])
    return sorted(int(u) for u in found if int(u) > last_uid)


def _aware(value: object) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).replace(microsecond=0)


def fetch_batch(client: IMAPClient, uids: list[int]) -> list[FetchedMail]:
    """The full bytes and INTERNALDATE of `uids` (without setting \\Seen)."""
    if not uids:
        return []
    data = client.fetch(uids, [b"BODY.PEEK[]", b"INTERNALDATE"])
    out = []
    for uid in uids:
        item = data.get(uid)
        if not item:
            continue  # expunged meanwhile
        raw = item.get(b"BODY[]")
        if not isinstance(raw, bytes):
            continue
        out.append(FetchedMail(uid=uid, raw=raw, internal_date=_aware(item.get(b"INTERNALDATE"))))
    return out


def batches(uids: list[int], size: int = BATCH_SIZE) -> Iterator[list[int]]:
    for start in range(0, len(uids), size):
        yield uids[start : start + size]


def wait_for_new_mail(client: IMAPClient, timeout: float, cancel: CancelFlag | None = None) -> bool:
    """IMAP IDLE (when offered) until something arrives, `timeout` passes or cancel is set."""
    if not client.has_capability("IDLE"):
        return False
    client.idle()
    try:
        waited = 0.0
        while waited < timeout:
            if cancel is not None and cancel.is_set():
                return False
            step = min(1.0, timeout - waited)
            responses = client.idle_check(timeout=step)
            waited += step
            if any(isinstance(r, tuple) and len(r) > 1 and r[1] == b"EXISTS" for r in responses):
                return True
        return False
    finally:
        client.idle_done()


def sent_folder(client: IMAPClient) -> str | None:
    """The account's Sent folder (SPECIAL-USE, else a usual name), or None."""
    try:
        found = client.find_special_folder(SENT)
    except (IMAPClientError, imaplib.IMAP4.error):
        return None
    return str(found) if found else None


def has_message_id(client: IMAPClient, folder: str, message_id: str) -> bool:
    """Whether `folder` holds a message with this Message-ID (our stable outgoing id)."""
    client.select_folder(folder, readonly=True)
    return bool(client.search(["HEADER", "Message-ID", message_id]))
