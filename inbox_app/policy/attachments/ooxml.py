"""Zip-based files (DOCX and impostors): bomb guards, macro check, hyperlink relationships.

Uses the stdlib's zipfile and ElementTree (expat; external entities are never
resolved and expat >= 2.4 limits entity amplification). Every guard runs on the
central directory and local headers *before* any member is decompressed, members
are read with a hard cap, and nothing is ever extracted to disk.
"""

from __future__ import annotations

import io
import itertools
import re
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree

from inbox_app.policy.attachments.reasons import reason
from inbox_app.policy.ruleset import Limits
from inbox_app.policy.types import AttachmentProblem

WORD_MAIN = (
    "wordprocessingml.document.main+xml",
    "wordprocessingml.template.main+xml",
    "ms-word.document.macroenabled.main+xml",
    "ms-word.template.macroenabledtemplate.main+xml",
)
_RELS = re.compile(r"(?:^|/)_rels/[^/]*\.rels$", re.IGNORECASE)
_FIELD_LINK = re.compile(rb"HYPERLINK\s+(?:\\l\s+)?(?:\"|&quot;)([^\"&<]{1,2000})", re.IGNORECASE)


class _BombError(Exception):
    """A bomb guard tripped: `params` are the finding's (reasons.reason)."""

    def __init__(self, key: str, **values: int | str) -> None:
        super().__init__(key)
        self.params = reason(key, **values)


@dataclass
class ZipResult:
    kind: str
    problems: list[AttachmentProblem] = field(default_factory=list)
    links: list[str] = field(default_factory=list)


def _problem(rule: str, variant: str, **params: str) -> AttachmentProblem:
    trigger = params.pop("trigger", params.get("reason", ""))
    return AttachmentProblem(rule, variant, tuple(sorted(params.items())), trigger)


def _check_layout(data: bytes, infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    """Declared sizes, ratios, entry count and overlapping entries, before any read."""
    if len(infos) > limits.zip_max_entries:
        raise _BombError("zip-entries", count=len(infos))
    total = sum(i.file_size for i in infos)
    if total > limits.zip_max_total_uncompressed:
        raise _BombError("zip-size", size=total // (1024 * 1024))
    spans: list[tuple[int, int]] = []
    for info in infos:
        if info.file_size > 1024 * 1024:
            ratio = info.file_size / max(1, info.compress_size)
            if ratio > limits.zip_max_ratio:
                raise _BombError("zip-ratio", member=info.filename, ratio=int(ratio))
        offset = info.header_offset
        header = data[offset : offset + 30]
        if len(header) < 30 or not header.startswith(b"PK\x03\x04"):
            raise zipfile.BadZipFile(f"bad local header for {info.filename}")
        name_len = int.from_bytes(header[26:28], "little")
        extra_len = int.from_bytes(header[28:30], "little")
        end = offset + 30 + name_len + extra_len + info.compress_size
        if end > len(data):
            raise zipfile.BadZipFile(f"{info.filename} runs past the end of the file")
        spans.append((offset, end))
    spans.sort()
    for (_s1, e1), (s2, _e2) in itertools.pairwise(spans):
        if s2 < e1:
            raise _BombError("zip-overlap")


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits) -> bytes:
    with zf.open(info) as member:
        content = member.read(limits.zip_max_member_read + 1)
    if len(content) > limits.zip_max_member_read:
        raise _BombError("zip-member", member=info.filename, limit=limits.zip_max_member_read)
    return content


def _external_targets(xml: bytes) -> list[str]:
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError:
        return []
    targets = []
    for el in root.iter():
        if el.tag.endswith("Relationship") and el.get("TargetMode", "").lower() == "external":
            target = (el.get("Target") or "").strip()
            if target:
                targets.append(target)
    return targets


def inspect_zip(data: bytes, limits: Limits) -> ZipResult:
    """Kind (docx, docm, xlsx, pptx, odt, zip) and problems of a zip-based file."""
    guess = "docx" if b"word/" in data[:65536] and b"[Content_Types]" in data[:65536] else "zip"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            _check_layout(data, infos, limits)
            names = {i.filename: i for i in infos}
            lower = {n.lower(): n for n in names}
            result = ZipResult(_classify(zf, names, lower, limits))
            if any(i.flag_bits & 0x1 for i in infos):
                result.problems.append(
                    _problem("attachment-unreadable", "attachment-unreadable.encrypted")
                )
                return result
            macro = next((n for n in lower if n.endswith(("vbaproject.bin", "vbadata.xml"))), None)
            if result.kind == "docm" or macro:
                result.problems.append(
                    _problem(
                        "attachment-type",
                        "attachment-type.macro",
                        trigger=macro or "macroEnabled content type",
                    )
                )
            if result.kind in ("docx", "docm"):
                for name, info in names.items():
                    if _RELS.search(name):
                        result.links.extend(_external_targets(_read(zf, info, limits)))
                    elif name.lower().startswith("word/") and name.lower().endswith(".xml"):
                        for m in _FIELD_LINK.finditer(_read(zf, info, limits)):
                            result.links.append(m.group(1).decode("utf-8", "replace").strip())
            return result
    except _BombError as exc:
        return ZipResult(
            guess,
            [_problem("attachment-unreadable", "attachment-unreadable.bomb", **exc.params)],
        )
    except Exception:  # BadZipFile, OSError, ValueError...: the seller reads the same words
        damaged = reason("zip-damaged")
        return ZipResult(
            guess, [_problem("attachment-unreadable", "attachment-unreadable", **damaged)]
        )


def _classify(
    zf: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo], lower: dict[str, str], limits: Limits
) -> str:
    ct_name = lower.get("[content_types].xml")
    if ct_name is not None:
        types = _read(zf, names[ct_name], limits).decode("utf-8", "replace").lower()
        if "macroenabled" in types and "wordprocessingml" not in types and "ms-word" in types:
            return "docm"
        if any(t in types for t in WORD_MAIN):
            return "docm" if "macroenabled" in types else "docx"
        if "spreadsheetml" in types or "ms-excel" in types:
            return "xlsx"
        if "presentationml" in types or "ms-powerpoint" in types:
            return "pptx"
        return "ooxml"
    mimetype = lower.get("mimetype")
    if mimetype is not None:
        kind = _read(zf, names[mimetype], limits)[:100].decode("ascii", "replace")
        if kind.startswith("application/vnd.oasis.opendocument"):
            return "odf"
        if kind.startswith("application/epub"):
            return "epub"
    if "meta-inf/manifest.mf" in lower:
        return "jar"
    return "zip"
