"""Alert decisions: once per threshold, coalesced, withdrawn once answered, quiet hours."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from inbox_app.services.alerts import AlertLedger, AlertSettings
from inbox_app.services.deadlines import Deadline

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
S = AlertSettings()


def d(tid: int, minutes_left: float) -> Deadline:
    return Deadline(tid, f"Subject {tid}", NOW + timedelta(minutes=minutes_left), "US")


def test_once_per_threshold_and_coalesced() -> None:
    ledger = AlertLedger()
    threads = [d(1, 150), d(2, 115), d(3, 110), d(4, 500)]
    plan = ledger.plan(threads, NOW, S)
    assert [t.thread_id for t in plan.due] == [2, 3]
    assert len(plan.show) == 1 and plan.show[0].threshold_min == 120
    assert [t.thread_id for t in plan.show[0].threads] == [2, 3]  # one notice, two threads
    assert ledger.plan(threads, NOW + timedelta(minutes=1), S).show == ()  # never repeated
    later = NOW + timedelta(minutes=60)  # 2 and 3 pass 1 h, 1 passes 2 h
    plan = ledger.plan(threads, later, S)
    assert sorted((n.threshold_min, [t.thread_id for t in n.threads]) for n in plan.show) == [
        (60, [2, 3]),
        (120, [1]),
    ]
    assert ledger.plan(threads, later + timedelta(minutes=5), S).show == ()


def test_first_seen_past_both_thresholds_is_one_notice() -> None:
    ledger = AlertLedger()
    plan = ledger.plan([d(1, 30)], NOW, S)
    assert [n.threshold_min for n in plan.show] == [60]
    assert ledger.plan([d(1, 30)], NOW + timedelta(minutes=1), S).show == ()


def test_withdrawn_once_answered_and_a_new_deadline_is_new() -> None:
    ledger = AlertLedger()
    plan = ledger.plan([d(1, 100), d(2, 100)], NOW, S)
    key = plan.show[0].key
    assert ledger.plan([d(2, 100)], NOW, S).withdraw == ()  # one of two still due
    assert ledger.plan([], NOW, S).withdraw == (key,)  # both answered or marked
    # the buyer wrote again: a new 24 h clock, announced again
    fresh = Deadline(1, "Subject 1", NOW + timedelta(hours=1, minutes=50), "US")
    assert [n.threshold_min for n in ledger.plan([fresh], NOW, S).show] == [120]


def test_overdue_threads_count_but_are_not_announced() -> None:
    ledger = AlertLedger()
    plan = ledger.plan([d(1, -30)], NOW, S)
    assert [t.thread_id for t in plan.due] == [1] and plan.show == ()


def test_quiet_hours() -> None:
    quiet = AlertSettings(quiet_start=time(22, 0), quiet_end=time(7, 0))
    assert quiet.quiet(time(23, 30)) and quiet.quiet(time(6, 59))
    assert not quiet.quiet(time(7, 0)) and not quiet.quiet(time(12, 0))
    day = AlertSettings(quiet_start=time(12, 0), quiet_end=time(13, 0))
    assert day.quiet(time(12, 30)) and not day.quiet(time(13, 30))
    assert not S.quiet(time(3, 0))
    ledger = AlertLedger()
    plan = ledger.plan([d(1, 100)], NOW, quiet, quiet=True)
    assert plan.show == () and len(plan.due) == 1  # the tray still counts it
    assert ledger.plan([d(1, 100)], NOW + timedelta(minutes=1), quiet).show == ()


def test_thresholds_are_settings() -> None:
    s = AlertSettings(thresholds_min=(30, 240))
    assert s.window_s == 240 * 60
    plan = AlertLedger().plan([d(1, 200)], NOW, s)
    assert [n.threshold_min for n in plan.show] == [240]
