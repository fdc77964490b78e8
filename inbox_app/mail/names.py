"""Attachment display names made safe, and media types sniffed from the bytes (never the name)."""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_BYTES = 255
_BIDI = (
    set("\u200e\u200f\u061c")
    | {chr(c) for c in range(0x202A, 0x202F)}
    | {chr(c) for c in range(0x2066, 0x206A)}
)
_SEPARATORS = re.compile(r"[/\\]|%2f|%5c", re.IGNORECASE)
_RESERVED = (
    {"con", "prn", "aux", "nul"}
    | {f"com{i}" for i in range(1, 10)}
    | {f"lpt{i}" for i in range(1, 10)}
)
# what a claimed extension must sniff as; anything else is flagged
_EXPECTED = {
    "pdf": ("application/pdf",),
    "jpg": ("image/jpeg",),
    "jpeg": ("image/jpeg",),
    "png": ("image/png",),
    "gif": ("image/gif",),
    "webp": ("image/webp",),
    "txt": ("text/plain",),
    "csv": ("text/plain", "text/csv"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",),
    "doc": ("application/msword",),
}
_EXECUTABLE = (
    "application/x-dosexec",
    "application/x-executable",
    "application/x-msdownload",
    "application/vnd.microsoft.portable-executable",
    "application/x-sharedlib",
    "application/x-mach-binary",
    "text/x-shellscript",
    "application/x-pie-executable",
)
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"MZ", "application/x-dosexec"),
    (b"\x7fELF", "application/x-executable"),
    (b"PK\x03\x04", "application/zip"),
)


def sanitize_filename(name: str, fallback: str = "attachment") -> str:
    """A display name with no path parts, controls or bidi marks, <= 255 UTF-8 bytes.

    It is metadata only: stored files are named by hash, never by this.
    """
    name = unicodedata.normalize("NFC", name.encode("utf-8", "replace").decode("utf-8"))
    name = _SEPARATORS.split(name)[-1]
    name = "".join(
        " " if ch in "\t\n\r" else ch
        for ch in name
        if (ch not in _BIDI and unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn"))
        or ch in "\t\n\r"
    )
    name = " ".join(name.split()).strip(" .")
    if not name:
        name = fallback
    stem, dot, _ext = name.rpartition(".")
    if (dot and stem.split(".")[0].lower() in _RESERVED) or (not dot and name.lower() in _RESERVED):
        name = "_" + name
    return _cut(name)


def _cut(name: str) -> str:
    if len(name.encode("utf-8")) <= MAX_NAME_BYTES:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext.encode("utf-8")) > 16:
        stem, ext, dot = name, "", ""
    room = MAX_NAME_BYTES - len((dot + ext).encode("utf-8"))
    cut = stem.encode("utf-8")[:room].decode("utf-8", "ignore").rstrip(" .")
    return (cut or "attachment") + dot + ext


def sniff_media_type(data: bytes) -> str:
    """The media type from the content (libmagic when available, else signatures)."""
    if not data:
        return "application/x-empty"
    try:
        import magic

        found = magic.from_buffer(data[:65536], mime=True)
        if isinstance(found, str) and found:
            return found
    except Exception:  # libmagic missing or confused: fall back to our own table
        pass
    for signature, media in _SIGNATURES:
        if data.startswith(signature):
            return media
    try:
        data[:65536].decode("utf-8")
    except UnicodeDecodeError:
        return "application/octet-stream"
    return "text/plain"


def attachment_problem(display_name: str, media_type: str) -> str | None:
    """Why an attachment must not be opened (executable, or a name that lies), or None."""
    if media_type in _EXECUTABLE:
        return f"program file ({media_type}): never opened"
    ext = display_name.rpartition(".")[2].lower() if "." in display_name else ""
    expected = _EXPECTED.get(ext)
    if expected and media_type not in expected:
        return f"named .{ext} but the content is {media_type}"
    return None
