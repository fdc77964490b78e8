"""The metrics dashboard tab and the deadline alerts, hooked into the main window: the
tab beside Inbox and Orders, the tray icon, the banner in the status bar, and
`MetricsParts.changed` for the refreshes when mail arrives or a reply leaves (app.py
connects it to MainWindow.threads_updated and the compose pane's signals)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStatusBar, QTabWidget, QWidget

from inbox_app.services.metrics_service import MetricsService
from inbox_app.store.migrate import Store
from inbox_app.views.alerts.banner import DeadlineBanner
from inbox_app.views.alerts.controller import AlertController, BannerChannel, TrayChannel, wire
from inbox_app.views.alerts.freedesktop import FreedesktopNotifier
from inbox_app.views.alerts.tray import DeadlineTray
from inbox_app.views.dashboard.controller import DashboardController
from inbox_app.views.dashboard.view import MetricsDashboard
from inbox_app.views.preferences.opener import preferences_for
from inbox_app.views.preferences.values import Preferences, load_preferences
from inbox_app.views.task_runner import TaskRunner
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

    def changed(self, _ids: list[int]) -> None:
        """Threads changed (mail came, a reply was queued, sent, failed or undone): the
        figures and the clock are read again (off the GUI thread)."""
        self.controller.refresh()
        self.alerts.check()


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


class _Ui(Protocol):
    @property
    def tabs(self) -> QTabWidget: ...


class MetricsHost(Protocol):
    """What the dashboard and the alerts use of the main window (views/main_window.py)."""

    @property
    def settings(self) -> QSettings: ...
    @property
    def runner(self) -> TaskRunner: ...
    @property
    def ui(self) -> _Ui: ...
    @property
    def threads(self) -> _Threads: ...
    @property
    def menus(self) -> dict[str, QMenu]: ...

    def statusBar(self) -> QStatusBar: ...
    def window(self) -> QWidget: ...  # the top-level widget: parent, brought forward


def install_metrics(host: MetricsHost, store: Store, clock: Callable[[], datetime]) -> MetricsParts:
    """The Response times tab, the tray, the status bar's banner and Settings >
    Preferences…; the caller connects `MetricsParts.changed` to what changes threads."""
    top, runner = host.window(), host.runner
    prefs = load_preferences(host.settings)
    metrics = MetricsService(store)  # the dashboard and the alerts read through it
    dashboard = MetricsDashboard(prefs.target_within)
    tabs = host.ui.tabs
    tabs.addTab(dashboard, QCoreApplication.translate("MainWindow", "Response times"))
    controller = DashboardController(dashboard, metrics, runner, clock, parent=top)
    tray = DeadlineTray(top)
    banner = DeadlineBanner(top)
    host.statusBar().addWidget(banner, 1)
    notifier = FreedesktopNotifier()
    notifier.setParent(top)
    alerts = AlertController(
        metrics,
        runner,
        clock,
        [notifier, TrayChannel(tray), BannerChannel(banner)],
        settings=prefs.alert_settings(),
        parent=top,
    )
    wire(alerts, tray, banner, notifier)
    threads = host.threads

    def show_due(tid: int) -> None:
        open_thread(top, tabs, threads, tid)

    dashboard.thread_activated.connect(show_due)
    alerts.open_thread.connect(show_due)
    top.destroyed.connect(lambda *_: notifier.close())
    # connecting to the session bus may take a moment: off the GUI thread, then check
    runner.run(lambda _t: notifier.start(), on_done=lambda _ok: alerts.check())

    def applied(chosen: Preferences) -> None:  # live: no restart, no reload of the store
        dashboard.set_target(chosen.target_within)
        alerts.set_settings(chosen.alert_settings())

    action = preferences_action(top, host.settings, host.menus, applied)
    return MetricsParts(dashboard, controller, alerts, tray, banner, notifier, action)


def preferences_action(
    top: QWidget,
    settings: QSettings,
    menus: Mapping[str, QMenu],
    applied: Callable[[Preferences], None],
) -> QAction:
    """Settings > Preferences… (Ctrl+,) on the window `top`: opens its one Preferences
    dialog over `settings`; OK or Apply calls `applied`."""
    action = QAction(QCoreApplication.translate("MainWindow", "&Preferences…"), top)
    action.setObjectName("action_preferences")
    action.setShortcut(QKeySequence("Ctrl+,"))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)

    preferences = preferences_for(top, settings)
    preferences.applied.connect(applied)
    action.triggered.connect(lambda _checked=False: preferences.open())
    menu = menus.get("settings")
    if menu is not None:
        menu.addAction(action)
    top.addAction(action)  # the shortcut works with the menu bar hidden too
    return action
