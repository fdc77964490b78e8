"""A crash-proof MIME parser over the stdlib email API: `parse_message(raw)` never raises.

policy.default first, then compat32, then "raw headers + text"; the record keeps a
`problem` string whenever it had to degrade (see TESTING-NOTES §2.4 and §7, 1-6).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import policy as email_policy
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime

from inbox_app.mail.header_caps import MAX_HEADER, cap_headers
from inbox_app.mail.text_decode import (
    bytes_to_text,
    clean_header,
    clean_text,
    decode_header_value,
    html_to_text,
)

MAX_DEPTH = 50  # MIME nesting shown; deeper parts are reported as "nested too deeply"
MAX_PARTS = 500
MAX_RAW = 32 * 1024 * 1024  # larger is not relay mail (Amazon: 10 MB of attachments)
MAX_TEXT = 1024 * 1024  # bytes of one text part kept as the message text

_MSGID_RE = re.compile(r"<[^<>\s]{1,900}>")
_BOUNDARY_RE = re.compile(r'boundary\s*=\s*(?:"([^"]{1,200})"|([^\s;"]{1,200}))', re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ParsedAttachment:
    """An attachment as found: the claimed name (unsanitised), declared type and bytes."""

    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class ParsedMail:
    """What the app needs from any message; every string is displayable (no surrogates)."""

    subject: str = ""
    from_name: str = ""
    from_addr: str = ""
    to_addrs: tuple[str, ...] = ()
    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    date: datetime | None = None
    text: str = ""
    html: str | None = None
    attachments: tuple[ParsedAttachment, ...] = ()
    # raw (undecoded, length-capped) header fields; `header()` decodes on demand
    headers: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    problem: str | None = None

    def header(self, name: str) -> str | None:
        """The first header `name` (case-insensitive), decoded, or None."""
        wanted = name.lower()
        for key, value in self.headers:
            if key.lower() == wanted:
                return decode_header_value(value)
        return None


# ---------------------------------------------------------------- ids and dates


def message_ids(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(_MSGID_RE.findall(value[:MAX_HEADER]))[:100]


def parse_date(value: str | None) -> datetime | None:
    """A sane aware UTC date, or None (garbage, or more than a day in the future)."""
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value[:200])
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        parsed = parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    if parsed.year < 1990 or parsed > datetime.now(UTC) + timedelta(days=1):
        return None
    return parsed.replace(microsecond=0)


# ---------------------------------------------------------------- headers


def _raw_headers(msg: Message) -> list[tuple[str, str]]:
    out = []
    for key, value in msg.raw_items():
        text = str(value)[:MAX_HEADER] if not isinstance(value, str) else value[:MAX_HEADER]
        out.append((clean_header(str(key)), text))
    return out


def _first(headers: list[tuple[str, str]], name: str) -> str | None:
    for key, value in headers:
        if key.lower() == name:
            return value
    return None


def _address(value: str | None) -> tuple[str, str]:
    if not value:
        return "", ""
    unfolded = clean_text(value[:MAX_HEADER]).replace("\r", " ").replace("\n", " ")
    try:
        pairs = getaddresses([unfolded])
    except Exception:
        return decode_header_value(unfolded), ""
    for name, addr in pairs:
        if addr or name:
            return decode_header_value(name), clean_header(addr).lower()
    return decode_header_value(unfolded), ""


def _addresses(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    unfolded = clean_text(value[:MAX_HEADER]).replace("\r", " ").replace("\n", " ")
    try:
        pairs = getaddresses([unfolded])
    except Exception:
        return ()
    return tuple(clean_header(a).lower() for _, a in pairs if a)[:100]


# ---------------------------------------------------------------- bodies


def _payload_bytes(part: Message) -> bytes:
    data = part.get_payload(decode=True)
    if isinstance(data, bytes):
        return data
    payload = part.get_payload()
    if isinstance(payload, str):
        return payload.encode("utf-8", "surrogateescape")
    return b""


def _field(part: Message, name: str) -> str:
    """A part's raw header value as text (compat32 hands back a Header for 8-bit ones)."""
    wanted = name.lower()
    for key, value in part.raw_items():
        if key.lower() == wanted:
            return str(value)[:MAX_HEADER]
    return ""


def _filename(part: Message) -> str | None:
    """The part's file name: RFC 2231 parameters, RFC 2047 words or raw 8-bit (UTF-8,
    else cp1252), read from the raw header so 8-bit bytes are decoded by us."""
    fields = Message(policy=email_policy.compat32)
    for name in ("Content-Disposition", "Content-Type"):
        raw = _field(part, name)
        if raw:
            fields[name] = clean_text(raw)
    try:
        found = fields.get_filename()
    except Exception:
        found = None
    if found is None:
        return None
    return decode_header_value(str(found))


def _walk(msg: Message) -> tuple[list[Message], bool]:
    """Leaf parts, iteratively, down to MAX_DEPTH; True when something was cut off."""
    leaves: list[Message] = []
    truncated = False
    stack: list[tuple[Message, int]] = [(msg, 0)]
    while stack:
        part, depth = stack.pop()
        if len(leaves) >= MAX_PARTS:
            truncated = True
            break
        if part.is_multipart():
            if depth >= MAX_DEPTH:
                truncated = True
                continue
            payload = part.get_payload()
            children = payload if isinstance(payload, list) else []
            stack.extend(
                (child, depth + 1) for child in reversed(children) if isinstance(child, Message)
            )
        else:
            leaves.append(part)
    return leaves, truncated


def _structured(msg: Message, problems: list[str]) -> ParsedMail:
    headers = _raw_headers(msg)
    leaves, truncated = _walk(msg)
    if truncated:
        problems.append("nested too deeply; some parts are not shown")
    plain: list[str] = []
    htmls: list[str] = []
    texts_any: list[str] = []
    attachments: list[ParsedAttachment] = []
    for part in leaves:
        # Read each part's MIME fields leniently: policy.default's structured header
        # objects are both where the stdlib crashes (§2.4) and most of its cost; names
        # and values are decoded by us (decode_header_value), after the length cap.
        part.policy = email_policy.compat32
        ctype = part.get_content_type()
        name = _filename(part)
        disposition = _field(part, "Content-Disposition").split(";")[0].strip().lower()
        is_attachment = name is not None or disposition == "attachment"
        if not is_attachment and ctype.startswith("text/"):
            data = _payload_bytes(part)
            if len(data) > MAX_TEXT:
                data = data[:MAX_TEXT]
                problems.append("the text is longer than 1 MB; the rest is in the original")
            text, degraded = bytes_to_text(data, part.get_content_charset())
            if degraded:
                problems.append(
                    f"text decoded with a fallback charset ({part.get_content_charset()})"
                )
            text = clean_text(text)
            if ctype == "text/plain":
                plain.append(text)
            elif ctype == "text/html":
                htmls.append(text)
            else:
                texts_any.append(text)
        elif is_attachment or not ctype.startswith("multipart/"):
            if ctype.startswith("multipart/"):
                continue
            attachments.append(
                ParsedAttachment(filename=name or "", content_type=ctype, data=_payload_bytes(part))
            )
    html_text = "\n".join(htmls) if htmls else None
    if plain:
        body = "\n".join(plain)
    elif html_text is not None:
        body = html_to_text(html_text)
    elif texts_any:
        body = max(texts_any, key=len)
    else:
        body = ""
    if not body.strip() and not attachments:
        # a lying or broken multipart: show the raw body rather than nothing
        raw_body = msg.get_payload()
        if isinstance(raw_body, list):
            raw_body = msg.preamble or ""
        body = clean_text(str(raw_body or "")[:MAX_TEXT])
        if body.strip():
            problems.append("the message structure is broken; shown as raw text")
    return _assemble(headers, body.replace("\r\n", "\n"), html_text, attachments, problems)


def _assemble(
    headers: list[tuple[str, str]],
    body: str,
    html_text: str | None,
    attachments: list[ParsedAttachment],
    problems: list[str],
) -> ParsedMail:
    from_name, from_addr = _address(_first(headers, "from"))
    return ParsedMail(
        subject=decode_header_value(_first(headers, "subject") or ""),
        from_name=from_name,
        from_addr=from_addr,
        to_addrs=_addresses(_first(headers, "to")),
        message_id=next(iter(message_ids(_first(headers, "message-id"))), None),
        in_reply_to=next(iter(message_ids(_first(headers, "in-reply-to"))), None),
        references=message_ids(_first(headers, "references")),
        date=parse_date(_first(headers, "date")),
        text=body,
        html=html_text,
        attachments=tuple(attachments),
        headers=tuple(headers[:500]),
        problem="; ".join(dict.fromkeys(problems)) or None,
    )


def _fallback(raw: bytes, problems: list[str]) -> ParsedMail:
    """Raw headers + the body as text: for what neither policy could parse."""
    head, sep, body = raw.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = raw.partition(b"\n\n")
    if not sep:
        head, body = raw, b""
    headers: list[tuple[str, str]] = []
    for line in head.replace(b"\r\n", b"\n").split(b"\n"):
        text = line.decode("utf-8", "surrogateescape")
        if text[:1] in (" ", "\t") and headers:
            key, value = headers[-1]
            if len(value) < MAX_HEADER:
                headers[-1] = (key, (value + " " + text.strip())[:MAX_HEADER])
        elif ":" in text:
            key, _, value = text.partition(":")
            headers.append((clean_header(key), value.strip()[:MAX_HEADER]))
    boundary = _boundary(_first(headers, "content-type"))
    if boundary is not None:
        text_body = _multipart_text(body, boundary)
    else:
        if len(body) > MAX_TEXT:
            problems.append("the text is longer than 1 MB; the rest is in the original")
        text_body, _ = bytes_to_text(body[:MAX_TEXT])
    return _assemble(headers, clean_text(text_body).replace("\r\n", "\n"), None, [], problems)


def _boundary(content_type: str | None) -> bytes | None:
    if not content_type or not content_type.strip().lower().startswith("multipart/"):
        return None
    found = _BOUNDARY_RE.search(content_type)
    if found is None:
        return None
    return (found.group(1) or found.group(2)).encode("utf-8", "surrogateescape")


def _multipart_text(body: bytes, boundary: bytes) -> str:
    """The text/plain parts of a multipart the parsers gave up on (never its raw MIME)."""
    texts: list[str] = []
    for chunk in body.split(b"--" + boundary)[1:MAX_PARTS]:
        if chunk.startswith(b"--"):
            break
        try:
            part = _COMPAT_PARSER.parsebytes(chunk.lstrip(b"\r\n"))
            if part.get_content_type() == "text/plain" and not part.is_multipart():
                data = _payload_bytes(part)[:MAX_TEXT]
                texts.append(bytes_to_text(data, part.get_content_charset())[0])
        except Exception:
            continue
    return "\n".join(texts)


_DEFAULT_PARSER = BytesParser(policy=email_policy.default)
_COMPAT_PARSER = BytesParser(policy=email_policy.compat32)


def parse_message(raw: bytes) -> ParsedMail:
    """Parse `raw` MIME bytes into a ParsedMail. Never raises (except MemoryError)."""
    problems: list[str] = []
    raw, cut = cap_headers(raw[: MAX_RAW + 1])
    if cut:
        problems.append("a header was too long and was cut")
    if len(raw) > MAX_RAW:
        problems.append("the message is larger than 32 MB; only its text is shown")
        return _fallback(raw[:MAX_RAW], problems)
    for parser, label in ((_DEFAULT_PARSER, "default"), (_COMPAT_PARSER, "compat32")):
        try:
            msg = parser.parsebytes(raw)
            result = _structured(msg, [])
        except RecursionError:
            problems.append(f"nested too deeply to parse ({label})")
            continue
        except Exception as exc:
            problems.append(f"could not fully parse ({label}: {type(exc).__name__})")
            continue
        if problems:
            extra = "; ".join(problems)
            return _replace_problem(result, extra)
        return result
    try:
        return _fallback(raw, problems)
    except Exception as exc:
        problems.append(f"raw fallback failed: {type(exc).__name__}")
        return ParsedMail(text=bytes_to_text(raw)[0], problem="; ".join(problems))


def _replace_problem(mail: ParsedMail, extra: str) -> ParsedMail:
    from dataclasses import replace

    joined = f"{extra}; {mail.problem}" if mail.problem else extra
    return replace(mail, problem=joined)
