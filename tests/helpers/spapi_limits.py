"""The local SP-API's rate limits: each operation's usage plan as the models publish it,
enforced per operation on the server's clock (a request over the limit is answered 429,
as Amazon does), with every admitted request's time kept so a test can count them.

Under the fixtures (tests/helpers/spapi_fixtures.py) the clock is virtual: it moves only when
the app sleeps on it, and the app's buckets run on the same clock, so a wait costs no
wall time and the requests' times are exact. A server started without one (the bench,
a hand run) uses real time.
"""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

# the Messaging API's plan, for the one operation whose description has no table
DEFAULT_PLAN = (1.0, 5)
_TABLE = re.compile(r"\|\s*([\d.]+)\s*\|\s*(\d+)\s*\|")


def published_plan(op: dict[str, Any]) -> tuple[float, int]:
    """(rate per second, burst) from the operation's "Usage Plan" table."""
    found = _TABLE.search(op.get("description", ""))
    return (float(found.group(1)), int(found.group(2))) if found else DEFAULT_PLAN


class ApiClock:
    """Seconds that `sleep` moves forward at once, on top of real time when `real`."""

    def __init__(self, *, real: bool = False) -> None:
        self._real = real
        self._offset = 1000.0
        self._lock = threading.Lock()
        self.slept = 0.0  # seconds the app waited on this clock

    def now(self) -> float:
        with self._lock:
            return self._offset + (time.monotonic() if self._real else 0.0)

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self._offset += max(0.0, seconds)
            self.slept += max(0.0, seconds)


@dataclass
class _Bucket:
    rate: float
    burst: int
    tokens: float
    stamp: float


@dataclass
class PublishedLimits:
    """Admits a request of an operation if its bucket has a token at `clock()` now;
    `enforced=False` admits every request (a bench that measures the app's own cost, not
    Amazon's pace) and still keeps their times."""

    clock: ApiClock = field(default_factory=lambda: ApiClock(real=True))
    enforced: bool = True
    admitted: dict[str, list[float]] = field(default_factory=dict)  # op -> request times
    throttled: Counter[str] = field(default_factory=Counter)
    _buckets: dict[str, _Bucket] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def admit(self, operation: str, op: dict[str, Any]) -> bool:
        now = self.clock.now()
        if not self.enforced:
            with self._lock:
                self.admitted.setdefault(operation, []).append(now)
            return True
        with self._lock:
            bucket = self._buckets.get(operation)
            if bucket is None:
                rate, burst = published_plan(op)
                bucket = self._buckets[operation] = _Bucket(rate, burst, float(burst), now)
            bucket.tokens = min(bucket.burst, bucket.tokens + (now - bucket.stamp) * bucket.rate)
            bucket.stamp = now
            # a hair of slack: the client computes the same refill in floating point
            if bucket.tokens < 1 - 1e-6:
                self.throttled[operation] += 1
                return False
            bucket.tokens -= 1
            self.admitted.setdefault(operation, []).append(now)
            return True

    def rate(self, operation: str) -> float:
        """The operation's published rate (known once it was asked for)."""
        with self._lock:
            bucket = self._buckets.get(operation)
            return bucket.rate if bucket else DEFAULT_PLAN[0]
