"""How the dashboard writes its numbers (shared by the widgets and their tests)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale

DEFAULT_TARGET = 90.0  # % of buyer messages answered within 24 h
AMBER_MARGIN = 5.0  # points under the target that are a warning, not yet a miss


def _tr(text: str) -> str:
    return QCoreApplication.translate("MetricsDashboard", text)


def number(value: float, decimals: int = 1) -> str:
    return QLocale().toString(float(value), "f", decimals)


def percent(value: float | None) -> str:
    return "–" if value is None else _tr("%1 %").replace("%1", number(value))


def hours(value: float | None) -> str:
    return "–" if value is None else _tr("%1 h").replace("%1", number(value))


class Standing(Enum):
    """How a late response rate compares with the seller's target."""

    NONE = "none"
    GOOD = "good"
    WARN = "warn"
    BAD = "bad"


# the colour token of each standing: colours.py holds it for light and dark, at AA
TOKENS = {
    Standing.NONE: "muted",
    Standing.GOOD: "success",
    Standing.WARN: "warning",
    Standing.BAD: "danger",
}


def standing(late_rate: float | None, target_within: float) -> Standing:
    if late_rate is None:
        return Standing.NONE
    within = 100.0 - late_rate
    if within >= target_within:
        return Standing.GOOD
    if within >= target_within - AMBER_MARGIN:
        return Standing.WARN
    return Standing.BAD
