"""The exact median from bucket counts: where the middle rank(s) lie, and medians whose
two middle values sit in different buckets, in one bucket, or after a reply that came
later than `now` (not answered yet as of then)."""

from __future__ import annotations

import pytest

from inbox_app.services.metrics import compute
from inbox_app.services.metrics_sql import Middle, locate_middle
from inbox_app.store.migrate import Store
from tests.helpers.timeline import NOW, Timeline


def test_locate_middle() -> None:
    assert locate_middle({}) is None
    assert locate_middle({3: 0}) is None
    assert locate_middle({5: 1}) == Middle(5, 5, 0, 1)
    assert locate_middle({5: 2}) == Middle(5, 5, 0, 2)
    # 4 values: ranks 2 and 3; bucket 1 holds ranks 1-2, bucket 9 ranks 3-4
    assert locate_middle({9: 2, 1: 2}) == Middle(1, 9, 1, 2)
    # empty buckets in between are skipped
    assert locate_middle({1: 1, 4: 0, 7: 1}) == Middle(1, 7, 0, 2)
    # 7 values: rank 4 is the second of bucket 2 (after 2 in bucket 0)
    assert locate_middle({0: 2, 2: 3, 8: 2}) == Middle(2, 2, 1, 1)


def _answer(tl: Timeline, code: str, hours: float, ago: float = 200) -> None:
    t = tl.thread(code)
    tl.buyer(t, ago)
    tl.reply(t, ago - hours)


def _median(store: Store, **kw: object) -> float | None:
    with store.reader() as conn:
        return compute(conn, days=30, now=NOW, **kw).total.median_response_hours  # type: ignore[arg-type]


def test_middle_values_in_two_buckets(store: Store) -> None:
    tl = Timeline(store)
    # quarter-hour buckets under 2 h, hours under 48 h, days beyond
    for hours in (0.1, 1.9, 2.1, 50):
        _answer(tl, "US", hours)
    assert _median(store) == pytest.approx(2.0)
    _answer(tl, "DE", 49)  # 5 values: the middle one is 2.1 h
    assert _median(store) == pytest.approx(2.1)
    assert _median(store, marketplace="DE") == pytest.approx(49)
    assert _median(store, marketplace="US") == pytest.approx(2.0)


def test_middle_values_in_one_bucket_with_seconds_apart(store: Store) -> None:
    tl = Timeline(store)
    for seconds in (3600 * 5 + 1, 3600 * 5 + 3, 3600 * 5 + 10, 3600 * 5 + 20):
        _answer(tl, "IT", seconds / 3600)
    assert _median(store) == pytest.approx((3600 * 5 + 6.5) / 3600)


def test_a_reply_after_now_is_not_counted_in_the_median(store: Store) -> None:
    tl = Timeline(store)
    _answer(tl, "US", 1, ago=100)
    _answer(tl, "US", 3, ago=100)
    later = tl.thread("US")
    tl.buyer(later, 10)
    tl.reply(later, -5)  # sent after `now`: as of now it is pending
    assert _median(store) == pytest.approx(2.0)
