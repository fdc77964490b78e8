"""The metrics dashboard (pytest-qt): the numbers on screen are the service's, the chart
carries the daily figures, deadlines open their thread, and new mail updates it in place."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QLabel

from inbox_app.services.metrics import PERIODS
from inbox_app.services.metrics_service import MetricsService
from inbox_app.store.migrate import Store
from inbox_app.views.dashboard.controller import DashboardController
from inbox_app.views.dashboard.format import hours, percent
from inbox_app.views.dashboard.view import MetricsDashboard
from inbox_app.views.task_runner import TaskRunner
from tests.helpers.timeline import NOW, Timeline


def _fill(store: Store) -> Timeline:
    tl = Timeline(store)
    for code, ago, took in (
        ("US", 100, 2),
        ("US", 80, 30),
        ("DE", 60, 5),
        ("IT", 200, 50),
        ("JP", 400, 3),
        ("US", 1000, 1),
    ):
        t = tl.thread(code, subject=f"Order question {code} {ago}")
        tl.buyer(t, ago)
        tl.reply(t, ago - took)
    late = tl.thread("DE", subject="Broken lid")
    tl.buyer(late, 30)  # unanswered
    soon = tl.thread("US", subject="Gift wrap?")
    tl.buyer(soon, 23)  # due in 1 h
    later = tl.thread("UK", subject="Invoice please")
    tl.buyer(later, 10)  # due in 14 h
    return tl


@pytest.fixture
def pool() -> Iterator[TaskRunner]:
    runner = TaskRunner(max_threads=1)
    yield runner
    runner.wait()


def _dashboard(
    qtbot, store: Store, pool: TaskRunner
) -> tuple[MetricsDashboard, DashboardController]:
    view = MetricsDashboard()
    qtbot.addWidget(view)
    view.resize(1200, 760)
    controller = DashboardController(view, MetricsService(store), pool, lambda: NOW)
    view.show()  # shown: it reads its first snapshot
    qtbot.waitUntil(lambda: controller.loads == 1, timeout=10_000)
    return view, controller


def _text(view: MetricsDashboard, days: int, name: str) -> str:
    label = view.cards[days].findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def test_numbers_on_screen_are_the_services(qtbot, store: Store, pool: TaskRunner) -> None:
    _fill(store)
    view, _ = _dashboard(qtbot, store, pool)
    expected = MetricsService(store).snapshot(NOW)
    for days in PERIODS:
        total = expected.periods[days].total
        assert _text(view, days, "lateRate") == percent(total.late_response_rate)
        assert _text(view, days, "averageResponse") == hours(total.average_response_hours)
        for key in ("messages", "within_24h", "late", "unanswered", "pending", "excluded"):
            assert _text(view, days, f"count_{key}") == str(getattr(total, key)), (days, key)
    # the figures themselves, as a reader would check them: 7 days = US 2 h, US 30 h,
    # DE 5 h answered; DE unanswered; two pending
    seven = expected.periods[7].total
    assert (seven.messages, seven.within_24h, seven.late, seven.unanswered, seven.pending) == (
        6,
        2,
        1,
        1,
        2,
    )
    assert _text(view, 7, "lateRate") == QLocale().toString(50.0, "f", 1) + " %"
    assert view.cards[7].rate.property("standing") == "bad"
    assert _text(view, 90, "count_messages") == "9"


def test_chart_and_marketplaces_follow_the_period(qtbot, store: Store, pool: TaskRunner) -> None:
    _fill(store)
    view, _ = _dashboard(qtbot, store, pool)
    expected = MetricsService(store).snapshot(NOW)
    for days in (7, 90, 30):
        view.period.setCurrentIndex(PERIODS.index(days))
        metrics = expected.periods[days]
        assert len(view.chart.points) == len(metrics.days)
        assert view.chart.points == [
            (d.counts.average_response_hours, d.counts.late + d.counts.unanswered)
            for d in metrics.days
        ]
        table = view.marketplaces
        assert [table.item(r, 0).text() for r in range(table.rowCount())] == list(
            metrics.by_marketplace
        )
        for r, counts in enumerate(metrics.by_marketplace.values()):
            assert table.item(r, 1).text() == str(counts.messages)
            assert table.item(r, 5).text() == percent(counts.late_response_rate)
            assert table.item(r, 6).text() == hours(counts.average_response_hours)
    line = view.chart._parts["line"]
    assert line.count() == sum(1 for h, _ in view.chart.points if h is not None)


def test_deadlines_open_their_thread(qtbot, store: Store, pool: TaskRunner) -> None:
    tl = _fill(store)
    view, _ = _dashboard(qtbot, store, pool)
    items = [view.deadlines.item(i).text() for i in range(view.deadlines.count())]
    assert len(items) == 3
    assert "Broken lid" in items[0] and "overdue" in items[0]
    assert "Gift wrap?" in items[1] and "1 h 00 min" in items[1]
    assert "Invoice please" in items[2]
    rect = view.deadlines.visualItemRect(view.deadlines.item(1))
    with qtbot.waitSignal(view.thread_activated) as blocker:
        qtbot.mouseClick(
            view.deadlines.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(rect.center().x(), rect.center().y()),
        )
    assert blocker.args == [view.deadlines.item(1).data(Qt.ItemDataRole.UserRole + 1)]
    view.deadlines.setFocus()
    view.deadlines.setCurrentRow(2)
    with qtbot.waitSignal(view.thread_activated) as blocker:
        qtbot.keyClick(view.deadlines, Qt.Key.Key_Return)
    assert blocker.args[0] == view.deadlines.item(2).data(Qt.ItemDataRole.UserRole + 1)
    assert tl is not None


def test_new_mail_and_a_reply_update_it_in_place(qtbot, store: Store, pool: TaskRunner) -> None:
    tl = _fill(store)
    view, controller = _dashboard(qtbot, store, pool)
    card = view.cards[7]
    rate_label = card.rate
    chart_view = view.chart._parts["chart"]
    assert _text(view, 7, "count_messages") == "6"
    t = tl.thread("FR", subject="Nouvelle question")
    tl.buyer(t, 2)  # mail arrives
    controller.refresh()
    controller.refresh()  # a burst makes one read
    qtbot.waitUntil(lambda: controller.loads == 2, timeout=10_000)
    assert _text(view, 7, "count_messages") == "7" and _text(view, 7, "count_pending") == "3"
    assert "Nouvelle question" in "".join(
        view.deadlines.item(i).text() for i in range(view.deadlines.count())
    )
    tl.reply(t, 1)  # a reply is sent
    controller.refresh()
    qtbot.waitUntil(lambda: controller.loads == 3, timeout=10_000)
    assert _text(view, 7, "count_within_24h") == "3"
    # the same widgets, updated in place (no rebuilt dashboard, no new chart)
    assert card.rate is rate_label and view.chart._parts["chart"] is chart_view
    assert controller.loads == 3


@pytest.mark.parametrize("lang", ["en", "it"])
def test_screenshot(qtbot, demo_store, pool: TaskRunner, lang: str, tmp_path: Path) -> None:
    """The dashboard over the 1,500-thread demo store, in English and Italian."""
    from importlib import resources

    from PySide6.QtCore import QCoreApplication, QTranslator

    from tests.helpers.clock import DEMO_NOW

    translator = QTranslator()
    if lang != "en":
        folder = resources.files("inbox_app.resources") / "translations"
        assert translator.load(f"inbox_app_{lang}", str(folder))
        QCoreApplication.installTranslator(translator)
    try:
        store = demo_store(threads=1500)
        view = MetricsDashboard()
        qtbot.addWidget(view)
        view.resize(1280, 800)
        controller = DashboardController(view, MetricsService(store), pool, lambda: DEMO_NOW)
        view.show()
        qtbot.waitUntil(lambda: controller.loads == 1, timeout=20_000)
        expected = MetricsService(store).snapshot(DEMO_NOW)
        assert view.cards[30].rate.text() == percent(expected.periods[30].total.late_response_rate)
        caption = view.cards[7].findChild(QLabel, "lateRateCaption").text()
        assert caption == ("tasso di risposte in ritardo" if lang == "it" else "late response rate")
        # nothing clipped: every marketplace column and deadline fits without scrolling
        assert not view.marketplaces.horizontalScrollBar().isVisible()
        assert not view.deadlines.horizontalScrollBar().isVisible()
        target = Path(os.environ.get("INBOX_APP_SHOTS", tmp_path)) / f"dashboard-{lang}.png"
        assert view.grab().save(str(target))
        assert target.stat().st_size > 10_000
    finally:
        QCoreApplication.removeTranslator(translator)
