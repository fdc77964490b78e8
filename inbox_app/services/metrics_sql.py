"""The SQL behind the response-time figures, and where an exact median lies.

One statement reads a period once, through the response clock's (day, bucket,
marketplace) index without a sort: per-(day, marketplace) counts for the figures and the
chart, and per-(bucket, marketplace) counts of the answered messages. The median's
rank falls in one bucket (or two adjacent ones); a second, narrow statement seeks just
those buckets, day by day, and reads the middle value(s) in order. Exact, and it never
sorts a whole period.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

# The class of a buyer message as of :now (NULL comparisons are false on purpose):
# 0 within 24 h, 1 late, 2 unanswered, 3 pending, 4 excluded.
CLASS_SQL = """CASE
  WHEN excluded_at <= :now AND (replied_at IS NULL OR replied_at > excluded_at) THEN 4
  WHEN replied_at <= :now THEN CASE WHEN replied_at - received_at <= 86400 THEN 0 ELSE 1 END
  WHEN :now - received_at > 86400 THEN 2
  ELSE 3 END"""
PERIOD_SQL = """received_day BETWEEN :first_day AND :last_day
  AND received_at > :start AND received_at <= :now"""
MP_SQL = " AND marketplace_id = :mp"
NO_MP_SQL = " AND marketplace_id IS NULL"

DAILY_PART = 0  # rows: (0, day, marketplace, messages, within, late, unanswered, pending,
#                        excluded, response seconds)
BUCKET_PART = 1  # rows: (1, bucket, marketplace, answered, 0...)

# {mp} is one of "", MP_SQL: no user input ever reaches these strings
SUMMARY_SQL = f"""
WITH g AS MATERIALIZED (
  SELECT received_day AS d, response_bucket AS b, marketplace_id AS mp, count(*) AS n,
    sum(CASE WHEN cls = 0 THEN 1 ELSE 0 END) AS w, sum(CASE WHEN cls = 1 THEN 1 ELSE 0 END) AS l,
    sum(CASE WHEN cls = 2 THEN 1 ELSE 0 END) AS u, sum(CASE WHEN cls = 3 THEN 1 ELSE 0 END) AS p,
    sum(CASE WHEN cls = 4 THEN 1 ELSE 0 END) AS x, sum(CASE WHEN cls < 2 THEN resp ELSE 0 END) AS s
  FROM (SELECT received_day, response_bucket, marketplace_id, {CLASS_SQL} AS cls,
          replied_at - received_at AS resp
        FROM response_clock WHERE {PERIOD_SQL}{{mp}}) AS c
  GROUP BY received_day, response_bucket, marketplace_id)
SELECT {DAILY_PART}, d, mp, sum(n), sum(w), sum(l), sum(u), sum(p), sum(x), sum(s)
FROM g GROUP BY d, mp
UNION ALL
SELECT {BUCKET_PART}, b, mp, sum(w + l), 0, 0, 0, 0, 0, 0
FROM g WHERE b IS NOT NULL GROUP BY b, mp
"""
# the answered messages of one or two buckets, the middle one(s) by response time;
# {mp} is one of "", MP_SQL, NO_MP_SQL
MIDDLE_SQL = """
SELECT resp FROM (
  SELECT replied_at - received_at AS resp FROM response_clock
  WHERE received_day IN (
      WITH RECURSIVE days(day) AS (
        SELECT CAST(:first_day AS INTEGER)
        UNION ALL SELECT day + 1 FROM days WHERE day < :last_day)
      SELECT day FROM days)
    AND response_bucket IN (:low_bucket, :high_bucket){mp}
    AND received_at > :start AND received_at <= :now AND replied_at <= :now
    AND (excluded_at IS NULL OR excluded_at > :now OR replied_at <= excluded_at)) AS a
ORDER BY resp
LIMIT :take OFFSET :skip
"""


@dataclass(frozen=True)
class Middle:
    """Where the median of `answered` values lies: skip `skip` rows of the buckets
    low..high (in response-time order) and average the next `take` (1 or 2)."""

    low_bucket: int
    high_bucket: int
    skip: int
    take: int

    def params(self) -> dict[str, int]:
        return {
            "low_bucket": self.low_bucket,
            "high_bucket": self.high_bucket,
            "skip": self.skip,
            "take": self.take,
        }


def locate_middle(histogram: Mapping[int, int]) -> Middle | None:
    """The middle rank(s) of the values counted per bucket (buckets in value order)."""
    n = sum(histogram.values())
    if n <= 0:
        return None
    first, second = (n + 1) // 2, (n + 2) // 2  # 1-based ranks; the same one when n is odd
    before = 0
    low: tuple[int, int] | None = None  # (bucket, values before it)
    for bucket in sorted(histogram):
        count = histogram[bucket]
        if count <= 0:
            continue
        if low is None and first <= before + count:
            low = (bucket, before)
        if second <= before + count:
            assert low is not None
            return Middle(low[0], bucket, first - 1 - low[1], second - first + 1)
        before += count
    raise AssertionError("unreachable: the ranks are within the counted values")
