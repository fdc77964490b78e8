"""Token buckets per SP-API operation, from the usage plans in Amazon's models.

Each operation has a rate (requests per second) and a burst. `RATES` copies the
"Usage Plan" tables of the models (a test compares them); a 429 answer's
`x-amzn-RateLimit-Limit` header lowers the rate to what Amazon applies. Amazon counts
per seller and app, so every client of one connection in a process shares its buckets
(`Limiters`); their time comes from a `Pace` (the system clock, or a test's).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class UsagePlan:
    rate: float  # requests per second
    burst: int


# operationId -> default usage plan (models' "Usage Plan" tables)
RATES: dict[str, UsagePlan] = {
    "searchOrders": UsagePlan(0.0056, 20),
    "getOrder": UsagePlan(0.5, 30),
    "getMessagingActionsForOrder": UsagePlan(1, 5),
    "GetAttributes": UsagePlan(1, 5),
    "confirmCustomizationDetails": UsagePlan(1, 5),
    "createConfirmDeliveryDetails": UsagePlan(1, 5),
    "createLegalDisclosure": UsagePlan(1, 5),
    "createConfirmOrderDetails": UsagePlan(1, 5),
    "createConfirmServiceDetails": UsagePlan(1, 5),
    "CreateWarranty": UsagePlan(1, 5),
    "createDigitalAccessKey": UsagePlan(1, 5),
    "createUnexpectedProblem": UsagePlan(1, 5),
    # the model's sendInvoice has no usage plan table; the messaging API's plan applies
    "sendInvoice": UsagePlan(1, 5),
    "getSolicitationActionsForOrder": UsagePlan(1, 5),
    "createProductReviewAndSellerFeedbackSolicitation": UsagePlan(1, 5),
    "createUploadDestinationForResource": UsagePlan(10, 10),
}


@dataclass(frozen=True, slots=True)
class Pace:
    """Where the buckets' time comes from and how a wait is spent."""

    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep


# A token counts as whole this close to 1: a wait computed as (1 - tokens) / rate can
# refill to 0.999999... in floating point, and a clock that stands still between calls
# (a test's) would otherwise be waited on forever in ever smaller steps.
_WHOLE = 1 - 1e-9


class TokenBucket:
    """`burst` tokens, refilled at `rate` per second; `acquire` waits for one."""

    def __init__(
        self,
        plan: UsagePlan,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.plan = plan
        self.rate = plan.rate
        self.burst = plan.burst
        self._clock = clock
        self._sleep = sleep
        self._tokens = float(plan.burst)
        self._stamp = clock()
        self._lock = threading.Lock()

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now

    def wait_time(self) -> float:
        """Seconds until a token is free (0 when one is free now)."""
        with self._lock:
            self._refill()
            return 0.0 if self._tokens >= _WHOLE else (1 - self._tokens) / self.rate

    def acquire(self, *, max_wait: float | None = None) -> bool:
        """Take a token, sleeping until one is free; False if that would exceed max_wait."""
        while True:
            with self._lock:
                self._refill()
                if self._tokens >= _WHOLE:
                    self._tokens = max(0.0, self._tokens - 1)
                    return True
                wait = (1 - self._tokens) / self.rate
            if max_wait is not None and wait > max_wait:
                return False
            self._sleep(wait)

    def throttled(self, limit: float | None) -> float:
        """A 429 arrived: empty the bucket, adopt Amazon's rate; returns the seconds to wait."""
        with self._lock:
            if limit is not None and limit > 0:
                self.rate = limit
            self._refill()
            self._tokens = min(self._tokens, 0.0)
            return 1 / self.rate

    def answered(self, limit: float | None) -> None:
        """A request went through: the rate is Amazon's header, else the published one
        (a rate lowered by a 429 does not stay low for the life of the process)."""
        with self._lock:
            self._refill()
            self.rate = limit if limit is not None else self.plan.rate


class Limiter:
    """One bucket per operation, shared by every request of one connection."""

    def __init__(self, pace: Pace | None = None) -> None:
        self.pace = pace or Pace()
        self._buckets: dict[str, TokenBucket] = {}
        self._lock = threading.Lock()

    def bucket(self, operation: str) -> TokenBucket:
        with self._lock:
            found = self._buckets.get(operation)
            if found is None:
                plan = RATES.get(operation, UsagePlan(1, 1))
                found = TokenBucket(plan, clock=self.pace.clock, sleep=self.pace.sleep)
                self._buckets[operation] = found
            return found


class Limiters:
    """The limiters of every connection in this process, by connection key."""

    def __init__(self, pace: Pace | None = None) -> None:
        self.pace = pace or Pace()
        self._limiters: dict[str, Limiter] = {}
        self._lock = threading.Lock()

    def limiter(self, key: str) -> Limiter:
        with self._lock:
            found = self._limiters.get(key)
            if found is None:
                found = self._limiters[key] = Limiter(self.pace)
            return found


def parse_limit(header: str | None) -> float | None:
    """The `x-amzn-RateLimit-Limit` header as requests per second (None if absent/bad)."""
    if not header:
        return None
    try:
        value = float(header.strip())
    except ValueError:
        return None
    return value if value > 0 else None
