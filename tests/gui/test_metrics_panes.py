"""The dashboard and the deadline alerts hooked into the real window (views/metrics_panes.py):
a due thread chosen there is shown in the inbox, in the Needs-reply view, selected."""

from __future__ import annotations

from inbox_app.views.dashboard.view import MetricsDashboard
from inbox_app.views.window_layout import INBOX_TAB, ORDERS_TAB


def test_a_thread_chosen_on_the_dashboard_is_opened_in_the_inbox(main_window, qtbot):
    w = main_window()
    dashboard = w.findChild(MetricsDashboard)
    assert dashboard is not None
    qtbot.waitUntil(lambda: w.models.threads.rowCount() > 5)
    target = w.models.threads.thread_at(5).id
    w.show_view("answered")
    w.ui.tabs.setCurrentIndex(ORDERS_TAB)
    dashboard.thread_activated.emit(target)
    assert w.ui.tabs.currentIndex() == INBOX_TAB
    assert w.view_key == "open"
    qtbot.waitUntil(lambda: w.current_thread_id() == target)
