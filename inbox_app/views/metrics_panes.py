"""The metrics dashboard tab and the deadline alerts, hooked into the main window: the
tab beside Inbox and Orders, the tray icon, the banner in the status bar, and refreshes
when mail arrives or a reply leaves (MainWindow.threads_updated)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget, QWidget

from inbox_app.services.metrics_service import MetricsService
from inbox_app.store.migrate import Store
from inbox_app.views.alerts.banner import DeadlineBanner
from inbox_app.views.alerts.controller import AlertController, BannerChannel, TrayChannel, wire
from inbox_app.views.alerts.freedesktop import FreedesktopNotifier
from inbox_app.views.alerts.tray import DeadlineTray
from inbox_app.views.dashboard.controller import DashboardController
from inbox_app.views.dashboard.view import MetricsDashboard
from inbox_app.views.main_window import MainWindow
from inbox_app.views.preferences.opener import preferences_for
from inbox_app.views.preferences.values import Preferences, load_preferences
from inbox_app.views.window_layout import INBOX_TAB


@dataclass
class MetricsParts:
    dashboard: MetricsDashboard
    controller: DashboardController
    alerts: AlertController
    tray: DeadlineTray
    banner: DeadlineBanner
    notifier: FreedesktopNotifier
    preferences_action: QAction


class _Threads(Protocol):
    """What opening a due thread uses of the thread list's controller (ThreadsController)."""

    @property
    def view_key(self) -> str: ...

    def show_view(self, key: str, *, thread_id: int | None = None) -> None: ...
    def select_thread(self, thread_id: int | None, *, fallback_first: bool = True) -> None: ...


def open_thread(top: QWidget, tabs: QTabWidget, threads: _Threads, thread_id: int) -> None:
    """Show a due thread in the inbox (the Needs-reply view lists the most urgent first),
    bringing the window `top` forward."""
    tabs.setCurrentIndex(INBOX_TAB)
    if threads.view_key != "open":
        threads.show_view("open")
    threads.select_thread(thread_id, fallback_first=False)
    if top.isMinimized():
        top.showNormal()
    top.activateWindow()


def install_metrics(
    window: MainWindow, store: Store, clock: Callable[[], datetime]
) -> MetricsParts:
    prefs = load_preferences(window.settings)
    metrics = MetricsService(store)  # the dashboard and the alerts read through it
    dashboard = MetricsDashboard(prefs.target_within)
    window.ui.tabs.addTab(dashboard, QCoreApplication.translate("MainWindow", "Response times"))
    controller = DashboardController(dashboard, metrics, window.runner, clock, parent=window)
    tray = DeadlineTray(window)
    banner = DeadlineBanner(window)
    window.statusBar().addWidget(banner, 1)
    notifier = FreedesktopNotifier()
    notifier.setParent(window)
    alerts = AlertController(
        metrics,
        window.runner,
        clock,
        [notifier, TrayChannel(tray), BannerChannel(banner)],
        settings=prefs.alert_settings(),
        parent=window,
    )
    wire(alerts, tray, banner, notifier)

    def show_due(tid: int) -> None:
        open_thread(window, window.ui.tabs, window.threads, tid)

    dashboard.thread_activated.connect(show_due)
    alerts.open_thread.connect(show_due)

    def changed(_ids: list[int]) -> None:
        controller.refresh()
        alerts.check()

    window.threads_updated.connect(changed)
    # a reply queued, sent, failed or undone in the compose pane changes the clock too
    # (the pane updates the thread list itself, without threads_changed)
    compose = getattr(window, "compose", None)
    if compose is not None:
        compose.queued.connect(lambda _mid, tid: changed([tid]))
        compose.outbox_changed.connect(lambda tid: changed([tid]))
    window.destroyed.connect(lambda *_: notifier.close())
    # connecting to the session bus may take a moment: off the GUI thread, then check
    window.runner.run(lambda _t: notifier.start(), on_done=lambda _ok: alerts.check())

    def applied(chosen: Preferences) -> None:  # live: no restart, no reload of the store
        dashboard.set_target(chosen.target_within)
        alerts.set_settings(chosen.alert_settings())

    action = preferences_action(window, applied)
    return MetricsParts(dashboard, controller, alerts, tray, banner, notifier, action)


def preferences_action(window: MainWindow, applied: Callable[[Preferences], None]) -> QAction:
    """Settings > Preferences… (Ctrl+,): opens the window's one Preferences dialog; OK or
    Apply calls `applied`."""
    action = QAction(QCoreApplication.translate("MainWindow", "&Preferences…"), window)
    action.setObjectName("action_preferences")
    action.setShortcut(QKeySequence("Ctrl+,"))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)

    preferences = preferences_for(window, window.settings)
    preferences.applied.connect(applied)
    action.triggered.connect(lambda _checked=False: preferences.open())
    menus = getattr(window, "menus", {})
    if "settings" in menus:
        menus["settings"].addAction(action)
    window.addAction(action)  # the shortcut works with the menu bar hidden too
    return action
