"""Outgoing MIME for a reply: From the authorized address, To the relay alias, threaded.

The Message-ID is generated once (`new_message_id`) and stored before sending, so an
ambiguous send can later be recognised by it; composing never raises on buyer text.
"""

from __future__ import annotations

import re
import secrets
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy as email_policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from inbox_app.mail.names import sanitize_filename

# 998 (RFC 5322 hard limit): at 78 the stdlib folds a long Subject onto a continuation
# line ("Subject:\r\n RE: ..."), which some readers keep as a leading space.
_SMTP_POLICY = email_policy.SMTP.clone(max_line_length=998)
_MSGID_RE = re.compile(r"^<[^<>\s]+@[^<>\s]+>$")


@dataclass(frozen=True, slots=True)
class OutgoingAttachment:
    filename: str
    media_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class OutgoingMail:
    """Everything needed to send one reply; built by the outbox from a stored message."""

    from_addr: str
    to_addr: str
    subject: str
    body: str
    message_id: str
    from_name: str = ""
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    attachments: tuple[OutgoingAttachment, ...] = field(default=())
    date: datetime | None = None


def new_message_id(from_addr: str) -> str:
    """A unique, stable Message-ID in the sender's domain (stored before the first attempt)."""
    domain = from_addr.rpartition("@")[2].strip().strip(">") or "inbox-app.invalid"
    domain = re.sub(r"[^A-Za-z0-9.-]", "", domain) or "inbox-app.invalid"
    return f"<{int(time.time())}.{secrets.token_hex(12)}@{domain}>"


def normalize_subject(subject: str) -> str:
    """One clean line: line/paragraph separators and controls become spaces (never ValueError)."""
    out = []
    for ch in subject:
        if ch in "\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029" or unicodedata.category(ch) in (
            "Cc",
            "Cs",
        ):
            out.append(" ")
        else:
            out.append(ch)
    return " ".join("".join(out).split())[:900]


def normalize_body(body: str) -> str:
    """Line endings as \\n, no lone surrogates or NULs, ending with a newline."""
    body = body.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    body = body.encode("utf-8", "replace").decode("utf-8")
    return body if body.endswith("\n") else body + "\n"


def reply_references(
    parent_id: str, parent_references: Sequence[str], parent_in_reply_to: str | None
) -> tuple[str, ...]:
    """RFC 5322 §3.6.4: the parent's References (or, lacking them, its In-Reply-To)
    followed by the parent's Message-ID."""
    chain = list(parent_references) or ([parent_in_reply_to] if parent_in_reply_to else [])
    return (*(i for i in chain if i != parent_id), parent_id)


def _clean_msgid(value: str | None) -> str | None:
    if value and _MSGID_RE.match(value.strip()):
        return value.strip()
    return None


def build_mime(mail: OutgoingMail) -> bytes:
    """The message as SMTP-ready bytes (CRLF line ends, UTF-8 text, attachments as parts)."""
    msg = EmailMessage(policy=_SMTP_POLICY)
    name = normalize_subject(mail.from_name)
    msg["From"] = Address(display_name=name, addr_spec=mail.from_addr) if name else mail.from_addr
    msg["To"] = mail.to_addr
    msg["Subject"] = normalize_subject(mail.subject)
    msg["Date"] = format_datetime(mail.date or datetime.now(UTC))
    message_id = _clean_msgid(mail.message_id)
    if message_id is None:
        raise ValueError("an outgoing mail needs a stored Message-ID")
    msg["Message-ID"] = message_id
    in_reply_to = _clean_msgid(mail.in_reply_to)
    refs = [r for r in (_clean_msgid(x) for x in mail.references) if r]
    if in_reply_to and in_reply_to not in refs:
        refs.append(in_reply_to)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if refs:
        msg["References"] = " ".join(refs[-20:])
    msg["MIME-Version"] = "1.0"
    msg.set_content(normalize_body(mail.body), charset="utf-8")
    for att in mail.attachments:
        maintype, _, subtype = att.media_type.partition("/")
        if not subtype:
            maintype, subtype = "application", "octet-stream"
        msg.add_attachment(
            att.data, maintype=maintype, subtype=subtype, filename=sanitize_filename(att.filename)
        )
    return msg.as_bytes()
