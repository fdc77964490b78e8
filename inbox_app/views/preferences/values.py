"""The preferences the dashboard and the deadline alerts read, as stored in QSettings:
what a bad or missing value means (the default), and how a choice is written back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QSettings

from inbox_app.services.alerts import DEFAULT_THRESHOLDS_MIN, AlertSettings
from inbox_app.views.dashboard.format import DEFAULT_TARGET

TARGET_SETTING = "metrics/target_within_percent"  # % answered within 24 h, e.g. 90
THRESHOLDS_SETTING = "alerts/thresholds_minutes"  # e.g. "120,60"; "" or "0": none
QUIET_SETTING = "alerts/quiet_hours"  # e.g. "22:00-07:00"; empty: none
BUYER_TEXT_SETTING = "alerts/show_buyer_text"  # "true": the buyer's words in notifications
TARGET_RANGE = (50, 100)
MAX_THRESHOLD_MIN = 24 * 60


@dataclass(frozen=True)
class Preferences:
    target_within: float = DEFAULT_TARGET
    thresholds_min: tuple[int, ...] = DEFAULT_THRESHOLDS_MIN  # largest first
    quiet: tuple[time, time] | None = None  # local times; start > end spans midnight
    show_buyer_text: bool = False

    def alert_settings(self) -> AlertSettings:
        start, end = self.quiet if self.quiet is not None else (None, None)
        return AlertSettings(
            thresholds_min=self.thresholds_min,
            quiet_start=start,
            quiet_end=end,
            show_buyer_text=self.show_buyer_text,
        )


def _text(settings: QSettings, key: str) -> str | None:
    value = settings.value(key)
    return None if value is None else str(value).strip()


def _target(raw: str | None) -> float:
    try:
        value = float(raw) if raw else DEFAULT_TARGET
    except ValueError:
        return DEFAULT_TARGET
    low, high = TARGET_RANGE
    return value if low <= value <= high else DEFAULT_TARGET


def _thresholds(raw: str | None) -> tuple[int, ...]:
    if raw is None:
        return DEFAULT_THRESHOLDS_MIN
    try:
        values = {int(x) for x in raw.split(",") if x.strip()}
    except ValueError:
        return DEFAULT_THRESHOLDS_MIN
    if any(v < 0 or v > MAX_THRESHOLD_MIN for v in values):
        return DEFAULT_THRESHOLDS_MIN
    return tuple(sorted((v for v in values if v > 0), reverse=True))  # "0": alerts off


def _quiet(raw: str | None) -> tuple[time, time] | None:
    if not raw:
        return None
    try:
        start, end = (time.fromisoformat(part.strip()) for part in raw.split("-"))
    except ValueError:
        return None
    return None if start == end else (start, end)


def load_preferences(settings: QSettings) -> Preferences:
    """The stored preferences; a value that does not parse counts as its default."""
    return Preferences(
        target_within=_target(_text(settings, TARGET_SETTING)),
        thresholds_min=_thresholds(_text(settings, THRESHOLDS_SETTING)),
        quiet=_quiet(_text(settings, QUIET_SETTING)),
        show_buyer_text=(_text(settings, BUYER_TEXT_SETTING) or "").lower() in ("true", "1"),
    )


def save_preferences(settings: QSettings, prefs: Preferences) -> None:
    settings.setValue(TARGET_SETTING, f"{prefs.target_within:g}")
    settings.setValue(THRESHOLDS_SETTING, ",".join(map(str, prefs.thresholds_min)) or "0")
    quiet = "" if prefs.quiet is None else "-".join(t.strftime("%H:%M") for t in prefs.quiet)
    settings.setValue(QUIET_SETTING, quiet)
    settings.setValue(BUYER_TEXT_SETTING, "true" if prefs.show_buyer_text else "false")
    settings.sync()
