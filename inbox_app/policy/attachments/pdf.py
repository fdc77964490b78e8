"""PDF attachments: encrypted or damaged files, active content and links (pypdf).

pypdf is pure Python, maintained, reads without rendering or running anything,
and caps stream decompression itself (its Configuration limits); we read only the
trailer, page tree, name trees, outlines, form fields and annotation dictionaries
(pdf_active.py), never content streams.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ArrayObject

from inbox_app.policy.attachments.pdf_active import find_active
from inbox_app.policy.attachments.reasons import reason
from inbox_app.policy.ruleset import Limits
from inbox_app.policy.types import AttachmentProblem


@dataclass
class PdfResult:
    problems: list[AttachmentProblem] = field(default_factory=list)
    links: list[str] = field(default_factory=list)


def _unreadable(variant: str, key: str = "", **values: int | str) -> AttachmentProblem:
    params = reason(key, **values) if key else {}
    return AttachmentProblem(
        "attachment-unreadable", variant, tuple(sorted(params.items())), params.get("reason", "")
    )


def _resolve(obj: Any) -> Any:
    return obj.get_object() if hasattr(obj, "get_object") else obj


def scan_pdf(data: bytes, limits: Limits) -> PdfResult:
    result = PdfResult()
    if b"%%EOF" not in data[-2048:]:
        result.problems.append(_unreadable("attachment-unreadable", "pdf-truncated"))
        return result
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            result.problems.append(_unreadable("attachment-unreadable.encrypted"))
            return result
        count = len(reader.pages)
        if count == 0:
            result.problems.append(_unreadable("attachment-unreadable", "pdf-no-pages"))
            return result
        if count > limits.pdf_max_pages:
            result.problems.append(
                _unreadable("attachment-unreadable.bomb", "pdf-pages", count=count)
            )
            return result
        annotations = 0
        for page in reader.pages:
            annots = _resolve(page.get("/Annots"))
            annotations += len(annots) if isinstance(annots, ArrayObject) else 0
        if annotations > limits.pdf_max_annotations:
            result.problems.append(
                _unreadable(
                    "attachment-unreadable.bomb",
                    "pdf-annotations",
                    limit=limits.pdf_max_annotations,
                )
            )
            return result
        found = find_active(
            reader.trailer.get("/Root"), reader.pages, 4 * limits.pdf_max_annotations + 1000
        )
        result.links.extend(found.links)
        if found.active:
            result.problems.append(
                AttachmentProblem(
                    "attachment-type",
                    "attachment-type.active",
                    (),
                    "; ".join(dict.fromkeys(found.active))[:200],
                )
            )
        elif found.exhausted:
            result.problems.append(_unreadable("attachment-unreadable.bomb", "pdf-objects"))
    except RecursionError:
        result.problems.append(_unreadable("attachment-unreadable", "pdf-nested"))
    except Exception:  # PdfReadError, KeyError...: the seller reads words, not the name
        result.problems.append(_unreadable("attachment-unreadable", "pdf-damaged"))
    return result
