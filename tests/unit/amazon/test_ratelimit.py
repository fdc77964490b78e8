"""Token buckets: burst, refill at the documented rate, and a 429's rate header."""

from __future__ import annotations

from inbox_app.amazon.ratelimit import Limiter, Limiters, Pace, TokenBucket, UsagePlan, parse_limit


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert len(self.slept) < 50, "waits that never end"
        self.slept.append(seconds)
        self.now += seconds


def test_burst_then_one_token_per_interval() -> None:
    clock = FakeClock()
    bucket = TokenBucket(UsagePlan(0.5, 3), clock=clock, sleep=clock.sleep)
    for _ in range(3):
        assert bucket.acquire()
    assert clock.slept == []
    assert bucket.acquire()
    assert clock.slept == [2.0]  # 1 / 0.5 rps


def test_refill_never_exceeds_burst() -> None:
    clock = FakeClock()
    bucket = TokenBucket(UsagePlan(1, 2), clock=clock, sleep=clock.sleep)
    bucket.acquire()
    bucket.acquire()
    clock.now += 1000
    assert bucket.acquire() and bucket.acquire()
    assert bucket.wait_time() == 1.0


def test_max_wait_refuses_instead_of_sleeping_for_minutes() -> None:
    clock = FakeClock()
    bucket = TokenBucket(UsagePlan(0.0056, 1), clock=clock, sleep=clock.sleep)
    assert bucket.acquire()
    assert not bucket.acquire(max_wait=60)
    assert clock.slept == []


def test_throttled_adopts_the_rate_header_and_empties_the_bucket() -> None:
    clock = FakeClock()
    bucket = TokenBucket(UsagePlan(1, 5), clock=clock, sleep=clock.sleep)
    wait = bucket.throttled(parse_limit("0.25"))
    assert wait == 4.0
    assert bucket.rate == 0.25
    assert bucket.wait_time() == 4.0


def test_limiter_keeps_one_bucket_per_operation() -> None:
    limiter = Limiter()
    assert limiter.bucket("searchOrders") is limiter.bucket("searchOrders")
    assert limiter.bucket("searchOrders").burst == 20
    assert limiter.bucket("GetAttributes").rate == 1


def test_parse_limit_ignores_junk() -> None:
    assert parse_limit(None) is None
    assert parse_limit("abc") is None
    assert parse_limit("0") is None
    assert parse_limit(" 2.5 ") == 2.5


def test_a_wait_that_refills_to_a_hair_under_one_token_is_enough() -> None:
    """(1 - 0) / 40 s refills 0.99999999999909 tokens at t = 1000 in floating point: a
    clock that stands still between calls (a test's) was then waited on forever."""
    clock = FakeClock()
    clock.now = 1000.0
    bucket = TokenBucket(UsagePlan(40, 1), clock=clock, sleep=clock.sleep)
    assert bucket.acquire()
    assert bucket.acquire()
    assert clock.slept == [1 / 40]


def test_a_lowered_rate_comes_back_with_the_next_answer() -> None:
    clock = FakeClock()
    bucket = TokenBucket(UsagePlan(1, 5), clock=clock, sleep=clock.sleep)
    bucket.throttled(0.0001)
    assert bucket.rate == 0.0001
    bucket.answered(None)  # no header: the published plan again
    assert bucket.rate == 1
    bucket.answered(0.5)  # Amazon says what it applies
    assert bucket.rate == 0.5


def test_every_client_of_one_connection_draws_from_the_same_buckets() -> None:
    clock = FakeClock()
    limiters = Limiters(Pace(clock, clock.sleep))
    first, again = limiters.limiter("shop\nhttp://a"), limiters.limiter("shop\nhttp://a")
    assert first is again
    assert limiters.limiter("shop\nhttp://b") is not first
    for _ in range(5):
        assert first.bucket("GetAttributes").acquire()
    assert again.bucket("GetAttributes").wait_time() == 1.0
    assert clock.slept == []
