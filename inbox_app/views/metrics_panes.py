"""The metrics dashboard tab and the deadline alerts, hooked into the main window: the
tab beside Inbox and Orders, the tray icon, the banner in the status bar, and refreshes
when mail arrives or a reply leaves (MainWindow.threads_updated)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time

from PySide6.QtCore import QCoreApplication, QSettings

from inbox_app.services.alerts import DEFAULT_THRESHOLDS_MIN, AlertSettings
from inbox_app.store.migrate import Store
from inbox_app.views.alerts.banner import DeadlineBanner
from inbox_app.views.alerts.controller import AlertController, BannerChannel, TrayChannel, wire
from inbox_app.views.alerts.freedesktop import FreedesktopNotifier
from inbox_app.views.alerts.tray import DeadlineTray
from inbox_app.views.dashboard.controller import DashboardController
from inbox_app.views.dashboard.format import DEFAULT_TARGET
from inbox_app.views.dashboard.view import MetricsDashboard
from inbox_app.views.main_window import MainWindow
from inbox_app.views.window_layout import INBOX_TAB

TARGET_SETTING = "metrics/target_within_percent"
THRESHOLDS_SETTING = "alerts/thresholds_minutes"  # e.g. "120,60"
QUIET_SETTING = "alerts/quiet_hours"  # e.g. "22:00-07:00"; empty: none


@dataclass
class MetricsParts:
    dashboard: MetricsDashboard
    controller: DashboardController
    alerts: AlertController
    tray: DeadlineTray
    banner: DeadlineBanner
    notifier: FreedesktopNotifier


def _float(settings: QSettings, key: str, default: float) -> float:
    try:
        return float(str(settings.value(key, default)))
    except ValueError:
        return default


def alert_settings(settings: QSettings) -> AlertSettings:
    """The alert thresholds and quiet hours from the settings (bad values: the defaults)."""
    raw = str(settings.value(THRESHOLDS_SETTING, "") or "")
    try:
        thresholds = tuple(int(x) for x in raw.split(",") if x.strip()) or DEFAULT_THRESHOLDS_MIN
    except ValueError:
        thresholds = DEFAULT_THRESHOLDS_MIN
    quiet = str(settings.value(QUIET_SETTING, "") or "")
    try:
        start, end = (time.fromisoformat(part.strip()) for part in quiet.split("-"))
    except ValueError:
        return AlertSettings(thresholds_min=thresholds)
    return AlertSettings(thresholds_min=thresholds, quiet_start=start, quiet_end=end)


def open_thread(window: MainWindow, thread_id: int) -> None:
    """Show a due thread in the inbox (the Needs-reply view lists the most urgent first)."""
    window.ui.tabs.setCurrentIndex(INBOX_TAB)
    if window.threads.view_key != "open":
        window.threads.show_view("open")
    window.threads.select_thread(thread_id, fallback_first=False)
    if window.isMinimized():
        window.showNormal()
    window.activateWindow()


def install_metrics(
    window: MainWindow, store: Store, clock: Callable[[], datetime]
) -> MetricsParts:
    settings = window.settings
    dashboard = MetricsDashboard(_float(settings, TARGET_SETTING, DEFAULT_TARGET))
    window.ui.tabs.addTab(dashboard, QCoreApplication.translate("MainWindow", "Response times"))
    controller = DashboardController(dashboard, store, window.runner, clock, parent=window)
    tray = DeadlineTray(window)
    banner = DeadlineBanner(window)
    window.statusBar().addWidget(banner, 1)
    notifier = FreedesktopNotifier()
    notifier.setParent(window)
    alerts = AlertController(
        store,
        window.runner,
        clock,
        [notifier, TrayChannel(tray), BannerChannel(banner)],
        settings=alert_settings(settings),
        parent=window,
    )
    wire(alerts, tray, banner, notifier)
    dashboard.thread_activated.connect(lambda tid: open_thread(window, tid))
    alerts.open_thread.connect(lambda tid: open_thread(window, tid))

    def changed(_ids: list[int]) -> None:
        controller.refresh()
        alerts.check()

    window.threads_updated.connect(changed)
    window.destroyed.connect(lambda *_: notifier.close())
    # connecting to the session bus may take a moment: off the GUI thread, then check
    window.runner.run(lambda _t: notifier.start(), on_done=lambda _ok: alerts.check())
    return MetricsParts(dashboard, controller, alerts, tray, banner, notifier)
