"""Timestamps as the store keeps them: epoch seconds (UTC); NEVER_EPOCH stands for "no
deadline" in the most-urgent-first order. No SQLAlchemy (the window's models use these
before the first paint)."""

from __future__ import annotations

from datetime import UTC, datetime

# Sort key for "most urgent first": threads that owe nothing sort after every deadline.
NEVER_EPOCH = 253402300799  # 9999-12-31T23:59:59Z


def to_epoch(value: datetime) -> int:
    return int(value.timestamp())


def from_epoch(value: int | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)
