"""The dashboard in the real window: a tab beside Inbox and Orders with the service's
figures, a deadline opens its thread in the inbox, and new mail refreshes it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inbox_app.services.metrics_service import MetricsService
from inbox_app.views.alerts.controller import AlertController
from inbox_app.views.dashboard.controller import DashboardController
from inbox_app.views.dashboard.format import percent
from inbox_app.views.dashboard.view import THREAD_ROLE, MetricsDashboard
from inbox_app.views.window_layout import INBOX_TAB


def test_dashboard_tab_in_the_window(qtbot, main_window, clock) -> None:
    window = main_window(threads=300)
    tabs = window.ui.tabs
    dashboard = window.findChild(MetricsDashboard, "metricsDashboard")
    controller = window.findChild(DashboardController, "dashboardController")
    assert dashboard is not None and controller is not None
    assert window.findChild(AlertController, "alertController") is not None
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Inbox", "Orders", "Response times"]
    assert controller.loads == 0  # hidden: nothing read yet (start-up does not pay)
    tabs.setCurrentWidget(dashboard)
    qtbot.waitUntil(lambda: controller.loads == 1, timeout=15_000)
    expected = MetricsService(window.service.store).snapshot(clock())
    for days, card in dashboard.cards.items():
        assert card.rate.text() == percent(expected.periods[days].total.late_response_rate)
        assert card.values["messages"].text() == str(expected.periods[days].total.messages)
    assert expected.periods[90].total.late > 0 and expected.periods[90].total.excluded > 0
    first = dashboard.deadlines.item(0)
    tid = int(first.data(THREAD_ROLE))
    assert tid == expected.deadlines[0].thread_id
    dashboard.deadlines.setFocus()
    dashboard.deadlines.setCurrentRow(0)
    qtbot.keyClick(dashboard.deadlines, Qt.Key.Key_Return)
    assert tabs.currentIndex() == INBOX_TAB
    assert window.current_thread_id() == tid
    # new mail (sync calls threads_changed) while the inbox is shown: read when shown
    window.threads_changed([tid])
    qtbot.waitUntil(lambda: controller.stale, timeout=5_000)
    assert controller.loads == 1
    tabs.setCurrentWidget(dashboard)
    qtbot.waitUntil(lambda: controller.loads == 2, timeout=15_000)
    # ... and while it is in view, at once
    window.threads_changed([tid])
    qtbot.waitUntil(lambda: controller.loads == 3, timeout=15_000)


def test_a_reply_from_the_compose_pane_updates_dashboard_and_alerts(
    qtbot, main_window, clock
) -> None:
    """The compose pane reports a queued or sent reply by its own signals (not through
    threads_changed): the dashboard in view reads again, and the alerts check again."""
    from sqlalchemy import select

    from inbox_app.services.threads import recompute_thread
    from inbox_app.store.schema import Message

    window = main_window(threads=300)
    dashboard = window.findChild(MetricsDashboard, "metricsDashboard")
    controller = window.findChild(DashboardController, "dashboardController")
    alerts = window.findChild(AlertController, "alertController")
    window.ui.tabs.setCurrentWidget(dashboard)
    qtbot.waitUntil(lambda: controller.loads == 1, timeout=15_000)
    before = MetricsService(window.service.store).snapshot(clock()).periods[7].total
    tid = dashboard.snapshot.deadlines[0].thread_id
    with window.service.store.session() as s, s.begin():  # the outbox sent the reply
        thread_msgs = s.scalars(select(Message).where(Message.thread_id == tid)).all()
        s.add(
            Message(
                thread_id=tid,
                direction="out",
                status="sent",
                subject="Re",
                body_text="Answered",
                created_at=clock(),
                sent_at=clock(),
            )
        )
        s.flush()
        recompute_thread(s, tid)
    assert thread_msgs
    with qtbot.waitSignal(alerts.checked, timeout=15_000):
        window.compose.outbox_changed.emit(tid)
    qtbot.waitUntil(lambda: controller.loads == 2, timeout=15_000)
    after = dashboard.snapshot.periods[7].total
    assert after.answered > before.answered
    assert dashboard.cards[7].values["within_24h"].text() == str(after.within_24h)
    assert tid not in [d.thread_id for d in dashboard.snapshot.deadlines]
    window.compose.queued.emit(0, tid)  # a queued reply: read again too
    qtbot.waitUntil(lambda: controller.loads == 3, timeout=15_000)
