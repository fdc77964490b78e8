"""A fixed "now" for demo stores and a clock tests move by hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

DEMO_NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@dataclass
class FakeClock:
    """A clock tests move by hand (the window's deadlines follow it)."""

    now: datetime = DEMO_NOW

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)
