"""PDF attachments: encrypted or damaged files, and the URIs of link annotations (pypdf).

pypdf is pure Python, maintained, reads without rendering or running anything,
and caps stream decompression itself (its Configuration limits); we read only the
trailer, page tree and annotation dictionaries, never content streams.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from inbox_app.policy.ruleset import Limits
from inbox_app.policy.types import AttachmentProblem


@dataclass
class PdfResult:
    problems: list[AttachmentProblem] = field(default_factory=list)
    links: list[str] = field(default_factory=list)


def _unreadable(variant: str, reason: str = "") -> AttachmentProblem:
    params = (("reason", reason),) if reason else ()
    return AttachmentProblem("attachment-unreadable", variant, params, reason)


def _resolve(obj: Any) -> Any:
    return obj.get_object() if hasattr(obj, "get_object") else obj


def _action_links(action: Any, out: list[str]) -> None:
    action = _resolve(action)
    if not isinstance(action, DictionaryObject):
        return
    kind = action.get("/S")
    if kind == "/URI":
        uri = _resolve(action.get("/URI"))
        if uri is not None:
            out.append(str(uri).strip())
    elif kind == "/Launch":
        out.append("launch:" + str(_resolve(action.get("/F")) or ""))
    elif kind == "/JavaScript":
        out.append("javascript:")
    elif kind in ("/GoToR", "/SubmitForm", "/ImportData"):
        target = _resolve(action.get("/F"))
        if isinstance(target, DictionaryObject):
            target = _resolve(target.get("/F"))
        out.append(str(target or kind).strip())


def scan_pdf(data: bytes, limits: Limits) -> PdfResult:
    result = PdfResult()
    if b"%%EOF" not in data[-2048:]:
        result.problems.append(
            _unreadable("attachment-unreadable", "truncated PDF (no end marker)")
        )
        return result
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            result.problems.append(_unreadable("attachment-unreadable.encrypted"))
            return result
        count = len(reader.pages)
        if count == 0:
            result.problems.append(_unreadable("attachment-unreadable", "the PDF has no pages"))
            return result
        if count > limits.pdf_max_pages:
            result.problems.append(_unreadable("attachment-unreadable.bomb", f"{count} pages"))
            return result
        root = _resolve(reader.trailer.get("/Root"))
        if isinstance(root, DictionaryObject) and "/OpenAction" in root:
            _action_links(root.get("/OpenAction"), result.links)
        seen = 0
        for page in reader.pages:
            annots = _resolve(page.get("/Annots"))
            if not isinstance(annots, ArrayObject):
                continue
            for ref in annots:
                seen += 1
                if seen > limits.pdf_max_annotations:
                    result.problems.append(
                        _unreadable("attachment-unreadable.bomb", f"over {seen - 1} annotations")
                    )
                    return result
                annot = _resolve(ref)
                if isinstance(annot, DictionaryObject):
                    if "/A" in annot:
                        _action_links(annot.get("/A"), result.links)
                    if "/PA" in annot:
                        _action_links(annot.get("/PA"), result.links)
    except RecursionError:
        result.problems.append(
            _unreadable("attachment-unreadable", "damaged PDF (nested too deeply)")
        )
    except Exception as exc:
        reason = f"damaged PDF ({exc.__class__.__name__})"
        result.problems.append(_unreadable("attachment-unreadable", reason))
    return result
