"""Text out of mail bytes and headers, never raising: charset fallbacks (declared, UTF-8,
cp1252), surrogate and control clean-up, RFC 2047 words, HTML to plain text."""

from __future__ import annotations

import codecs
import html
import re
from email.header import decode_header

from inbox_app.mail.header_caps import MAX_HEADER

_TAG_RE = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)
_BREAK_RE = re.compile(r"<\s*(br|/p|/div|/tr|/li|/h\d)\b[^>]*>", re.IGNORECASE)
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f]")


def bytes_to_text(data: bytes, charset: str | None = None) -> tuple[str, bool]:
    """Decode with the declared charset, else UTF-8, else cp1252 with replacement.

    Returns (text, degraded); degraded is True when the declared charset did not work.
    """
    if charset:
        name = charset.strip().strip('"').lower()
        try:
            codecs.lookup(name)
        except (LookupError, ValueError, TypeError):
            name = ""
        if name:
            try:
                return data.decode(name), False
            except (UnicodeDecodeError, LookupError, ValueError):
                pass
    try:
        degraded = charset is not None and charset.lower() not in ("utf-8", "utf8")
        return data.decode("utf-8"), degraded
    except UnicodeDecodeError:
        lenient = data.decode("utf-8", errors="replace")
        bad = lenient.count("\ufffd")
        if bad * 8 <= sum(ord(c) > 0x7F for c in lenient) - bad:
            # UTF-8 with a stray bad byte (e.g. a name cut inside a character)
            return lenient, True
        return data.decode("cp1252", errors="replace"), True


def clean_text(text: str) -> str:
    """No surrogates, no NUL: turn surrogate-escaped bytes back into readable text."""
    if _SURROGATE_RE.search(text):
        try:
            raw = text.encode("utf-8", "surrogateescape")
            text = bytes_to_text(raw)[0]
        except UnicodeEncodeError:
            text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return text.replace("\x00", "")


def clean_header(text: str) -> str:
    """A header value for display: one line, no control characters."""
    return " ".join(_CONTROL_RE.sub(" ", clean_text(text)).split())


def decode_header_value(raw: str) -> str:
    """Decode RFC 2047 encoded-words leniently; unknown charsets degrade, never raise."""
    raw = raw[:MAX_HEADER]
    if "=?" not in raw:
        return clean_header(raw)
    try:
        chunks = decode_header(raw)
    except Exception:
        return clean_header(raw)
    out: list[str] = []
    for value, charset in chunks:
        if isinstance(value, str):
            out.append(value)
        else:
            out.append(bytes_to_text(value, charset)[0])
    # decode_header drops the whitespace between an encoded-word and plain text
    joined = ""
    for i, piece in enumerate(out):
        if (
            i
            and chunks[i - 1][1] != chunks[i][1]
            and not joined.endswith(" ")
            and not piece.startswith(" ")
        ):
            joined += " "
        joined += piece
    return clean_header(joined)


def html_to_text(markup: str) -> str:
    text = _BREAK_RE.sub("\n", markup)
    text = _TAG_RE.sub("", text)
    text = html.unescape(text)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
