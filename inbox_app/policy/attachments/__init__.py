"""Attachment rules: scan_attachment() judges the bytes (cacheable), apply() adds findings."""

from __future__ import annotations

import hashlib
import posixpath
from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit

from inbox_app.policy.attachments.images import scan_image
from inbox_app.policy.attachments.ooxml import inspect_zip
from inbox_app.policy.attachments.reasons import reason
from inbox_app.policy.attachments.sniff import OLE_MAGIC, decode_text, sniff
from inbox_app.policy.findings import FindingsBuilder
from inbox_app.policy.ruleset import Limits, Ruleset
from inbox_app.policy.types import AttachmentInput, AttachmentProblem, AttachmentScan

# What Amazon accepts, by sniffed kind, and the extensions each kind may carry.
ALLOWED_EXTENSIONS: Mapping[str, frozenset[str]] = {
    "pdf": frozenset({"pdf"}),
    "doc": frozenset({"doc"}),
    "docx": frozenset({"docx"}),
    "jpeg": frozenset({"jpg", "jpeg", "jpe", "jfif"}),
    "png": frozenset({"png"}),
    "gif": frozenset({"gif"}),
    "txt": frozenset({"txt", "text"}),
}
KIND_NAMES: Mapping[str, str] = {
    "pdf": "PDF",
    "doc": "Word 97-2003",
    "docx": "Word",
    "docm": "macro-enabled Word",
    "jpeg": "JPEG image",
    "png": "PNG image",
    "gif": "GIF image",
    "txt": "plain text",
    "exe": "Windows program",
    "elf": "Linux program",
    "macho": "macOS program",
    "script": "script",
    "zip": "zip archive",
    "xlsx": "Excel",
    "pptx": "PowerPoint",
    "html": "HTML",
    "svg": "SVG image",
    "xml": "XML",
    "rtf": "RTF",
    "empty": "empty",
    "binary": "unknown binary",
    "encrypted-office": "encrypted Office document",
    "ole": "Office (OLE) container",
    "odf": "OpenDocument",
    "ooxml": "Office Open XML",
}
_OLE_MACRO = "_VBA_PROJECT".encode("utf-16-le")


def _problem(rule: str, variant: str, **params: str) -> AttachmentProblem:
    trigger = params.pop("trigger", params.get("reason", ""))
    return AttachmentProblem(rule, variant, tuple(sorted(params.items())), trigger)


def scan_attachment(name: str, data: bytes, limits: Limits | None = None) -> AttachmentScan:
    """Sniff and inspect one file's bytes. Pure, deterministic, safe on any input.

    The result does not depend on `name` (kept only for callers' logs), so it can be
    cached by sha256; the extension is compared with the sniffed kind in check().
    """
    del name
    limits = limits or Limits()
    digest = hashlib.sha256(data).hexdigest()
    kind, media_type, description = sniff(data, limits.sniff_bytes)
    problems: list[AttachmentProblem] = []
    links: list[str] = []
    try:
        if kind == "empty":
            problems.append(_problem("attachment-unreadable", "attachment-unreadable.empty"))
        elif kind == "pdf":
            # pypdf (and the crypto it loads) costs ~20 MB: only when a PDF is scanned
            from inbox_app.policy.attachments.pdf import scan_pdf

            pdf = scan_pdf(data, limits)
            problems += pdf.problems
            links += pdf.links
        elif kind == "zip":
            z = inspect_zip(data, limits)
            kind = z.kind
            if kind == "docx":
                media_type = (
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                )
            problems += z.problems
            links += z.links
        elif kind in ("jpeg", "png", "gif"):
            problems += scan_image(kind, data, limits)
        elif kind == "doc":
            problems += _scan_doc(data)
            links += _doc_links(data)
        elif kind == "encrypted-office":
            problems.append(_problem("attachment-unreadable", "attachment-unreadable.encrypted"))
        elif kind == "txt" and decode_text(data) is None:
            problems.append(
                _problem("attachment-unreadable", "attachment-unreadable", **reason("not-text"))
            )
    except Exception:  # the seller reads words, never the exception's name
        problems.append(
            _problem("attachment-unreadable", "attachment-unreadable", **reason("uninspectable"))
        )
    return AttachmentScan(
        sha256=digest,
        size=len(data),
        media_type=media_type,
        kind=kind,
        description=description[:120],
        problems=tuple(problems),
        links=tuple(dict.fromkeys(links)),
    )


def _scan_doc(data: bytes) -> list[AttachmentProblem]:
    if data.startswith(OLE_MAGIC) and (_OLE_MACRO in data or b"_VBA_PROJECT" in data):
        return [_problem("attachment-type", "attachment-type.macro", trigger="_VBA_PROJECT")]
    return []


def _doc_links(data: bytes) -> list[str]:
    import re

    found = []
    for enc, pattern in (
        ("latin-1", rb"HYPERLINK\s+\"([^\"]{1,500})\""),
        (
            "utf-16-le",
            re.escape('HYPERLINK "'.encode("utf-16-le")) + rb"((?:[^\"\x00]\x00){1,500})",
        ),
    ):
        for m in re.finditer(pattern, data):
            found.append(m.group(1).decode(enc, "replace"))
    return found


def extension(name: str) -> str:
    base = posixpath.basename(name.replace("\\", "/")).rstrip(" .")
    return base.rsplit(".", 1)[1].lower() if "." in base else ""


def link_host(url: str) -> str:
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
    except ValueError:
        return url[:60]
    if host:
        return host
    if parts.scheme and parts.scheme not in ("http", "https"):
        return parts.scheme + ":"
    # A bare "www.shop.com/x" in a hyperlink target.
    return url.split("/", 1)[0].lower()[:60]


def apply(
    out: FindingsBuilder,
    rs: Ruleset,
    attachments: Sequence[AttachmentInput],
    scans: Mapping[str, AttachmentScan] | None,
    *,
    scan_missing: bool = True,
) -> None:
    settings = rs.settings
    total = 0
    for att in attachments:
        scan = None
        if scans:
            scan = scans.get(att.digest())
        if scan is None and scan_missing:
            scan = scan_attachment(att.name, att.data, rs.limits)
        # a cached scan knows the size even when the caller passes no bytes (live check)
        total += scan.size if scan is not None else len(att.data)
        if scan is not None:
            _one(out, rs, att.name, scan)
    if len(attachments) > settings.attachment_max_count:
        out.add(
            "attachment-count",
            "attachment",
            0,
            0,
            trigger=f"{len(attachments)} files",
            count=str(len(attachments)),
            limit=str(settings.attachment_max_count),
        )
    if total > settings.attachment_total_limit_bytes:
        out.add(
            "attachment-size",
            "attachment",
            0,
            0,
            trigger=f"{total} bytes",
            size_mb=f"{total / 1048576:.1f}",
            limit_mb=f"{settings.attachment_total_limit_bytes / 1048576:g}",
        )


def _one(out: FindingsBuilder, rs: Ruleset, name: str, scan: AttachmentScan) -> None:
    for p in scan.problems:
        out.add(
            p.rule,
            "attachment",
            0,
            0,
            variant=p.message_id,
            trigger=p.trigger or p.message_id,
            attachment=name,
            **{k: v for k, v in p.params if k not in ("trigger", "name")},
        )
    ext = extension(name)
    kind_name = KIND_NAMES.get(scan.kind, scan.kind)
    allowed_ext = {e for exts in ALLOWED_EXTENSIONS.values() for e in exts}
    if scan.kind in ("empty", "encrypted-office") or any(
        p.rule == "attachment-type" for p in scan.problems
    ):
        pass  # already refused with a more precise finding
    elif scan.kind not in ALLOWED_EXTENSIONS:
        variant = "attachment-type.mismatch" if ext in allowed_ext else "attachment-type"
        out.add(
            "attachment-type",
            "attachment",
            0,
            0,
            variant=variant,
            trigger=f"{scan.media_type} ({scan.description[:60]})",
            attachment=name,
            kind=kind_name,
            ext=ext,
        )
    elif ext not in ALLOWED_EXTENSIONS[scan.kind]:
        out.add(
            "attachment-type",
            "attachment",
            0,
            0,
            variant="attachment-type.mismatch",
            trigger=f"{scan.media_type} named .{ext}",
            attachment=name,
            kind=kind_name,
            ext=ext or "(none)",
        )
    for url in scan.links:
        host = link_host(url)
        if not rs.is_allowed_host(host):
            out.add(
                "attachment-link", "attachment", 0, 0, trigger=url[:200], attachment=name, host=host
            )
