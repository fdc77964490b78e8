"""Plain data types of the policy checker: drafts, context, findings, reports."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, Self

Severity = Literal["block", "warn", "info"]
FieldName = Literal["subject", "body", "attachment"]
OrderType = Literal["standard", "handmade", "custom", "wine"]

SEVERITY_RANK: Mapping[str, int] = {"block": 0, "warn": 1, "info": 2}
FIELD_RANK: Mapping[str, int] = {"subject": 0, "body": 1, "attachment": 2}


@dataclass(frozen=True, slots=True)
class AttachmentInput:
    """One file to send: its display name and its bytes (never a live file handle)."""

    name: str
    data: bytes
    # The caller may pass the sha256 it already computed, so check() does not hash
    # megabytes again on every keystroke when it looks up cached scans.
    sha256: str | None = None

    def digest(self) -> str:
        return self.sha256 or hashlib.sha256(self.data).hexdigest()

    @classmethod
    def from_path(cls, path: str | os.PathLike[str], max_bytes: int = 256 * 1024 * 1024) -> Self:
        """Read a file (at most `max_bytes`, past every limit anyway); OSError if it cannot."""
        with open(path, "rb") as fh:
            data = fh.read(max_bytes)
        return cls(os.path.basename(os.fspath(path)), data)


@dataclass(frozen=True, slots=True)
class Draft:
    """What the seller wrote: subject, plain-text body and attachments."""

    subject: str = ""
    body: str = ""
    attachments: tuple[AttachmentInput, ...] = ()


@dataclass(frozen=True, slots=True)
class Context:
    """What the checker needs to know about the order and the buyer."""

    buyer_initiated: bool = False
    opted_out: bool = False
    order_type: str = "standard"
    marketplace: str = "US"
    buyer_language: str | None = None
    delivered_days_ago: int | None = None
    review_already_requested: bool = False
    order_id: str | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One broken rule, with the span to highlight and what triggered it."""

    rule: str
    severity: Severity
    message: str
    field: FieldName
    start: int
    end: int
    attachment: str | None = None
    trigger: str = ""
    # For translation in the Qt layer: a stable template id and its parameters.
    message_id: str = ""
    params: tuple[tuple[str, str], ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "attachment": self.attachment,
            "trigger": self.trigger,
            "message_id": self.message_id,
            "params": dict(self.params),
        }


@dataclass(frozen=True, slots=True)
class Report:
    """The checker's answer: findings, in a stable order, and whether the draft may go."""

    findings: tuple[Finding, ...]
    ruleset_version: str
    # "critical" or "non-critical", and the phrase that decided it (for the opt-out rules).
    content_class: str = "non-critical"
    content_trigger: str = ""

    @property
    def sendable(self) -> bool:
        return not any(f.severity == "block" for f in self.findings)

    def rules(self) -> frozenset[str]:
        return frozenset(f.rule for f in self.findings)

    def as_dict(self) -> dict[str, object]:
        return {
            "sendable": self.sendable,
            "ruleset_version": self.ruleset_version,
            "findings": [f.as_dict() for f in self.findings],
        }


@dataclass(frozen=True, slots=True)
class AttachmentProblem:
    """A problem found inside one attachment (before it is turned into a Finding)."""

    rule: str
    message_id: str
    params: tuple[tuple[str, str], ...] = ()
    trigger: str = ""


@dataclass(frozen=True, slots=True)
class AttachmentScan:
    """The result of scanning one attachment's bytes; cacheable by sha256."""

    sha256: str
    size: int
    media_type: str  # sniffed from the bytes, e.g. "application/pdf"
    kind: str  # pdf | doc | docx | jpeg | png | gif | txt | other kinds (exe, zip, ...)
    description: str  # libmagic's human-readable description, for messages
    problems: tuple[AttachmentProblem, ...] = ()
    links: tuple[str, ...] = field(default=())  # URLs found inside (PDF/Word)
