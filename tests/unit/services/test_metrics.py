"""Each definition of Amazon's response-time figures, pinned on a hand-built timeline."""

from __future__ import annotations

from datetime import timedelta

import pytest

from inbox_app.services.metrics import Counts, Metrics, UnknownMarketplaceError, compute
from inbox_app.store.migrate import Store
from tests.helpers.timeline import NOW, Timeline


def metrics(store: Store, days: int = 30, now=NOW, marketplace: str | None = None) -> Metrics:
    with store.reader() as conn:
        return compute(conn, days=days, now=now, marketplace=marketplace)


def counts(m: Metrics) -> tuple[int, int, int, int, int, int]:
    t = m.total
    return (t.messages, t.within_24h, t.late, t.unanswered, t.pending, t.excluded)


@pytest.fixture
def tl(store: Store) -> Timeline:
    return Timeline(store)


# 1. what counts: every buyer message, pre-sale questions too; not Amazon's notices,
#    bounces, or Seller Central copies
def test_every_buyer_message_counts_and_notices_do_not(store: Store, tl: Timeline) -> None:
    order = tl.thread()
    tl.buyer(order, 50)
    tl.reply(order, 49)
    presale = tl.thread(subject="Does it come in blue?")
    tl.buyer(presale, 30)
    tl.reply(presale, 29.5)
    notices = tl.thread()
    tl.buyer(notices, 40)
    tl.reply(notices, 39, status="bounced")
    tl.notice(notices, 38.9, kind="bounce")
    tl.notice(notices, 38.8, kind="blocked")
    tl.copy(notices, 20)
    assert counts(metrics(store)) == (3, 3, 0, 0, 0, 0)


# 2. the clock: receipt -> first seller reply sent after it, 24 h, weekends included
def test_24_hours_exactly_is_within_one_second_more_is_late(store: Store, tl: Timeline) -> None:
    a = tl.thread()
    tl.buyer(a, 100)
    tl.reply(a, 76)  # 24 h 0 s
    b = tl.thread()
    tl.buyer(b, 100)
    tl.reply(b, 76 - 1 / 3600)  # 24 h 1 s
    m = metrics(store)
    assert counts(m) == (2, 1, 1, 0, 0, 0)
    assert m.total.average_response_hours == pytest.approx((24 + 24 + 1 / 3600) / 2)


def test_weekends_and_holidays_count(store: Store, tl: Timeline) -> None:
    # Friday 18:00 -> Monday 09:00: 63 h on Amazon's clock, no business-hours discount
    friday = NOW - timedelta(days=30)
    while friday.weekday() != 4:
        friday += timedelta(days=1)
    friday = friday.replace(hour=18)
    hours_ago = (NOW - friday).total_seconds() / 3600
    t = tl.thread()
    tl.buyer(t, hours_ago)
    tl.reply(t, hours_ago - 63)
    m = metrics(store)
    assert counts(m) == (1, 0, 1, 0, 0, 0)
    assert m.total.average_response_hours == pytest.approx(63)


def test_one_reply_answers_every_earlier_unanswered_message(store: Store, tl: Timeline) -> None:
    t = tl.thread()
    tl.buyer(t, 60)  # answered after 30 h: late
    tl.buyer(t, 40)  # answered after 10 h: within
    tl.reply(t, 30)
    tl.buyer(t, 29)  # a new clock, answered after 2 h
    tl.reply(t, 27)
    m = metrics(store)
    assert counts(m) == (3, 2, 1, 0, 0, 0)
    assert m.total.average_response_hours == pytest.approx((30 + 10 + 2) / 3)
    assert m.total.median_response_hours == pytest.approx(10)


def test_a_reply_before_the_message_does_not_answer_it(store: Store, tl: Timeline) -> None:
    t = tl.thread()
    tl.reply(t, 50)  # a seller-initiated message first
    tl.buyer(t, 48)
    assert counts(metrics(store)) == (1, 0, 0, 1, 0, 0)


def test_seller_central_copy_answers(store: Store, tl: Timeline) -> None:
    t = tl.thread()
    tl.buyer(t, 30)
    tl.copy(t, 27)
    m = metrics(store)
    assert counts(m) == (1, 1, 0, 0, 0, 0)
    assert m.total.average_response_hours == pytest.approx(3)


@pytest.mark.parametrize("status", ["queued", "sending", "failed", "bounced", "draft", "unknown"])
def test_a_reply_that_did_not_leave_does_not_answer(
    store: Store, tl: Timeline, status: str
) -> None:
    t = tl.thread()
    tl.buyer(t, 30)
    tl.reply(t, 29, status=status)
    assert counts(metrics(store)) == (1, 0, 0, 1, 0, 0)


def test_the_reply_counts_from_when_it_was_sent_not_drafted(store: Store, tl: Timeline) -> None:
    t = tl.thread()
    tl.buyer(t, 50)
    tl.reply(t, 20, drafted_hours_ago=49)  # drafted after 1 h, sent after 30 h
    m = metrics(store)
    assert counts(m) == (1, 0, 1, 0, 0, 0)
    assert m.total.average_response_hours == pytest.approx(30)


# 3. "no response needed": excludes the messages it covers, nothing after it
def test_no_response_needed_excludes_up_to_the_marked_message(store: Store, tl: Timeline) -> None:
    t = tl.thread()
    tl.buyer(t, 70)
    tl.buyer(t, 60)
    tl.mark(t, 59)  # covers both
    tl.buyer(t, 50)  # after the mark: counts again, answered late
    tl.reply(t, 20)
    m = metrics(store)
    assert counts(m) == (3, 0, 1, 0, 0, 2)
    assert m.total.average_response_hours == pytest.approx(30)


def test_a_mark_does_not_undo_an_answer_given_before_it(store: Store, tl: Timeline) -> None:
    t = tl.thread()
    tl.buyer(t, 70)
    tl.reply(t, 69)
    tl.buyer(t, 60)  # "thanks!"
    tl.mark(t, 50)
    assert counts(metrics(store)) == (2, 1, 0, 0, 0, 1)


def test_reopening_withdraws_the_mark(store: Store, tl: Timeline) -> None:
    t = tl.thread()
    tl.buyer(t, 70)
    tl.mark(t, 69)
    tl.reopen(t, 60)
    assert counts(metrics(store)) == (1, 0, 0, 1, 0, 0)
    tl.mark(t, 59)
    assert counts(metrics(store)) == (1, 0, 0, 0, 0, 1)


def test_a_mark_made_after_now_is_not_applied(store: Store, tl: Timeline) -> None:
    t = tl.thread()
    tl.buyer(t, 70)
    tl.mark(t, 10)
    assert counts(metrics(store, now=NOW - timedelta(hours=20))) == (1, 0, 0, 1, 0, 0)
    assert counts(metrics(store)) == (1, 0, 0, 0, 0, 1)


# 4. the period, pending vs unanswered, the rate, average and median
def test_pending_and_unanswered(store: Store, tl: Timeline) -> None:
    t = tl.thread()
    tl.buyer(t, 23.9)  # still inside its 24 h
    u = tl.thread()
    tl.buyer(u, 24.1)  # past 24 h, no reply
    m = metrics(store)
    assert counts(m) == (2, 0, 0, 1, 1, 0)
    assert m.total.late_response_rate == pytest.approx(100.0)
    assert m.total.average_response_hours is None and m.total.median_response_hours is None


def test_late_rate_average_and_median(store: Store, tl: Timeline) -> None:
    for hours in (1, 2, 3, 30):
        t = tl.thread()
        tl.buyer(t, 100)
        tl.reply(t, 100 - hours)
    u = tl.thread()
    tl.buyer(u, 50)  # unanswered
    p = tl.thread()
    tl.buyer(p, 1)  # pending: counted nowhere yet
    x = tl.thread()
    tl.buyer(x, 80)
    tl.mark(x, 79)  # excluded
    m = metrics(store)
    assert counts(m) == (7, 3, 1, 1, 1, 1)
    assert m.total.late_response_rate == pytest.approx(100 * 2 / 5)
    assert m.total.average_response_hours == pytest.approx(36 / 4)
    assert m.total.median_response_hours == pytest.approx(2.5)


def test_periods_end_now_and_count_messages_received_in_them(store: Store, tl: Timeline) -> None:
    for days_ago in (1, 6.9, 7.1, 29, 31, 89, 91):
        t = tl.thread()
        tl.buyer(t, days_ago * 24)
        tl.reply(t, days_ago * 24 - 1)
    assert metrics(store, 7).total.messages == 2
    assert metrics(store, 30).total.messages == 4
    assert metrics(store, 90).total.messages == 6
    with pytest.raises(ValueError):
        metrics(store, 14)


def test_a_reply_after_now_is_not_there_yet(store: Store, tl: Timeline) -> None:
    t = tl.thread()
    tl.buyer(t, 50)
    tl.reply(t, 10)  # 40 h: late, as of NOW
    assert counts(metrics(store)) == (1, 0, 1, 0, 0, 0)
    before = metrics(store, now=NOW - timedelta(hours=20))  # 30 h old, no reply yet
    assert counts(before) == (1, 0, 0, 1, 0, 0)
    earlier = metrics(store, now=NOW - timedelta(hours=40))  # 10 h old
    assert counts(earlier) == (1, 0, 0, 0, 1, 0)


# 5. per marketplace and per day
def test_per_marketplace_and_per_day(store: Store, tl: Timeline) -> None:
    us, de, none = tl.thread("US"), tl.thread("DE"), tl.thread(None)
    tl.buyer(us, 48)
    tl.reply(us, 47)
    tl.buyer(de, 72)
    tl.reply(de, 12)
    tl.buyer(de, 11)
    tl.buyer(none, 30)
    m = metrics(store, 7)
    assert set(m.by_marketplace) == {"US", "DE", "unknown"}
    us_c, de_c = m.by_marketplace["US"], m.by_marketplace["DE"]
    assert (us_c.messages, us_c.within_24h, us_c.median_response_hours) == (1, 1, 1.0)
    assert (de_c.messages, de_c.late, de_c.pending, de_c.median_response_hours) == (2, 1, 1, 60.0)
    assert m.by_marketplace["unknown"].unanswered == 1
    assert len(m.days) == 8  # the 7 x 24 h period touches 8 UTC days
    by_day = {d.day: d.counts for d in m.days}
    assert sum(c.messages for c in by_day.values()) == 4
    assert by_day[(NOW - timedelta(hours=72)).date()].late == 1
    assert by_day[(NOW - timedelta(hours=48)).date()].within_24h == 1
    only_de = metrics(store, 7, marketplace="de")
    assert counts(only_de) == (2, 0, 1, 0, 1, 0) and set(only_de.by_marketplace) == {"DE"}
    with pytest.raises(UnknownMarketplaceError):
        metrics(store, 7, marketplace="XX")


def test_json_shape(store: Store, tl: Timeline) -> None:
    t = tl.thread("IT")
    tl.buyer(t, 5)
    d = metrics(store, 7).as_dict()
    assert list(d) == [
        "period_days",
        "messages",
        "within_24h",
        "late",
        "unanswered",
        "pending",
        "excluded",
        "late_response_rate",
        "average_response_hours",
        "median_response_hours",
        "by_marketplace",
    ]
    assert d["period_days"] == 7 and d["pending"] == 1 and d["late_response_rate"] is None
    assert d["by_marketplace"]["IT"]["messages"] == 1
    assert Counts().late_response_rate is None
