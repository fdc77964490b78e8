"""The compose pane's list of policy findings: message, severity colour, where it points."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPalette

from inbox_app.models.colours import colour
from inbox_app.models.formatting import number
from inbox_app.models.icons import finding_icon
from inbox_app.policy import load_ruleset
from inbox_app.policy.attachments.reasons import NUMBERS, REASONS
from inbox_app.policy.types import SEVERITY_RANK, Finding

_BASE = int(Qt.ItemDataRole.UserRole) + 200

SEVERITY_TOKENS = {"block": "danger", "warn": "warning", "info": "info"}
# the params of the rule book's sentences that are numbers (attachment size and count,
# GIF frames, and those of the reasons a file cannot be read)
NUMBER_PARAMS = NUMBERS | {"size_mb", "limit_mb", "frames", "count", "limit"}


def severity_colour(severity: str, palette: QPalette | None = None) -> QColor:
    """A finding's colour (text and underline) for the palette; blocking when unknown."""
    return colour(SEVERITY_TOKENS.get(severity, "danger"), palette)


Index = QModelIndex | QPersistentModelIndex


class FindingRole(IntEnum):
    """Roles of the findings model."""

    FINDING = _BASE + 1  # the Finding itself
    SEVERITY = _BASE + 2  # "block" | "warn" | "info"
    FIELD = _BASE + 3  # "subject" | "body" | "attachment"
    SPAN = _BASE + 4  # (start, end) in the field, Python string indices
    RULE = _BASE + 5  # the rule id, e.g. "external-link"


class _Params(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def severity_label(severity: str) -> str:
    """How a screen reader announces a finding's severity."""
    labels = {
        "block": QCoreApplication.translate("Findings", "Blocks sending"),
        "warn": QCoreApplication.translate("Findings", "Warning"),
        "info": QCoreApplication.translate("Findings", "Note"),
    }
    return labels.get(severity, labels["block"])


def finding_text(f: Finding) -> str:
    """The finding's message in the interface language (`make translations` extracts the
    rule book's templates under the "policy" context); the checker's English otherwise."""
    templates = load_ruleset().templates
    template = templates.get(f.message_id) or templates.get(f.message_id.split(".", 1)[0])
    if not template:
        return f.message
    translated = QCoreApplication.translate("policy", template)
    if translated == template:
        return f.message
    try:
        return translated.format_map(_Params(finding_params(f.params)))
    except (ValueError, IndexError, AttributeError):
        return f.message


_DECIMALS = re.compile(r"-?\d+(?:\.(\d+))?")


def _localized(value: str) -> str:
    """A number the checker wrote ("7.3") in the window's locale ("7,3"); else as it is."""
    match = _DECIMALS.fullmatch(value)
    if match is None:
        return value
    decimals = len(match.group(1) or "")
    return number(Decimal(value), decimals)


def finding_params(params: Sequence[tuple[str, str]]) -> dict[str, str]:
    """A finding's params for its translated sentence: numbers in the window's locale, and
    the checker's words (why a file cannot be read, what kind of file it is) translated."""
    values = dict(params)
    for name in NUMBER_PARAMS & values.keys():
        values[name] = _localized(values[name])
    why = REASONS.get(values.get("reason_id", ""))
    if why is not None:
        words = QCoreApplication.translate("policy", why)
        values["reason"] = words.format_map(_Params(values))
    elif "reason" in values:
        values["reason"] = QCoreApplication.translate("policy", values["reason"])
    if "kind" in values:
        values["kind"] = QCoreApplication.translate("policy", values["kind"])
    return values


def sort_findings(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """Blocking first, then warnings, then notes; in text order within each."""
    order = {"subject": 0, "body": 1, "attachment": 2}
    return tuple(
        sorted(
            findings,
            key=lambda f: (SEVERITY_RANK.get(f.severity, 9), order.get(f.field, 9), f.start),
        )
    )


class FindingsModel(QAbstractListModel):
    """A flat list of findings; replaced as a whole only when a check's result differs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._findings: tuple[Finding, ...] = ()

    # --- Qt API -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._findings):
            return None
        f = self._findings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return finding_text(f)
        if role == Qt.ItemDataRole.ToolTipRole:
            where = f.attachment or f.field
            return f"{f.rule} ({f.severity}) — {where}" + (f": “{f.trigger}”" if f.trigger else "")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(severity_colour(f.severity))
        if role == Qt.ItemDataRole.DecorationRole:
            return finding_icon(f.severity)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{severity_label(f.severity)}: {finding_text(f)}"
        if role == FindingRole.FINDING:
            return f
        if role == FindingRole.SEVERITY:
            return f.severity
        if role == FindingRole.FIELD:
            return f.field
        if role == FindingRole.SPAN:
            return (f.start, f.end)
        if role == FindingRole.RULE:
            return f.rule
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # --- ours ----------------------------------------------------------------------

    def findings(self) -> tuple[Finding, ...]:
        return self._findings

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def set_findings(self, findings: Sequence[Finding]) -> bool:
        """Show a new check's findings; returns False (and touches nothing) if unchanged."""
        new = sort_findings(findings)
        if new == self._findings:
            return False
        old_n, new_n = len(self._findings), len(new)
        # Same length: the rows stay, their content changes (selection survives).
        if old_n == new_n:
            self._findings = new
            self.dataChanged.emit(self.index(0), self.index(new_n - 1))
            return True
        self.beginResetModel()
        self._findings = new
        self.endResetModel()
        return True

    def blocking(self) -> tuple[Finding, ...]:
        return tuple(f for f in self._findings if f.severity == "block")

    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self._findings if f.severity == "warn")
