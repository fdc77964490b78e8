"""The metrics façade: the dashboard's snapshot and the alerts' due threads, read through it."""

from __future__ import annotations

from datetime import timedelta

from inbox_app.services.dashboard import load_snapshot
from inbox_app.services.metrics_service import MetricsService
from inbox_app.store.migrate import Store
from tests.helpers.timeline import NOW, Timeline


def test_the_snapshot_is_the_dashboards(store: Store) -> None:
    tl = Timeline(store)
    answered = tl.thread("US")
    tl.buyer(answered, 30)
    tl.reply(answered, 28)
    tl.buyer(tl.thread("DE"), 5)
    snapshot = MetricsService(store).snapshot(NOW)
    with store.reader() as conn:
        assert snapshot == load_snapshot(conn, NOW)
    assert snapshot.periods[7].total.messages == 2
    assert [d.subject for d in snapshot.deadlines] == ["Where is my order?"]


def test_due_before_lists_only_threads_due_by_then(store: Store) -> None:
    tl = Timeline(store)
    soon = tl.thread("US", subject="Gift wrap?")
    tl.buyer(soon, 23)  # due in 1 h
    later = tl.thread("UK", subject="Invoice please")
    tl.buyer(later, 10)  # due in 14 h
    metrics = MetricsService(store)
    assert [d.thread_id for d in metrics.due_before(NOW + timedelta(hours=2))] == [soon]
    assert [d.thread_id for d in metrics.due_before(NOW + timedelta(hours=20))] == [soon, later]
    assert metrics.due_before(NOW + timedelta(hours=20), limit=1)[0].thread_id == soon
