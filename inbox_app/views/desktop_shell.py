"""The window as a desktop program: icons on its actions, the light/dark choice in the
Settings menu, the first-run guide on an empty store (and Help › Getting started), the
application icon. `install_desktop(window)` is the one call the window makes."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QProcess,
    QSettings,
    Qt,
    QTimer,
    SignalInstance,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QTabWidget, QWidget

from inbox_app.models.icons import action_icon, app_icon, icon
from inbox_app.services.first_run import SetupProgress
from inbox_app.services.inbox import InboxService
from inbox_app.views.accessibility import focus_style, label_controls, label_dialogs
from inbox_app.views.actions import Actions
from inbox_app.views.first_run import FirstRunPanel, FirstRunState
from inbox_app.views.task_runner import TaskRunner
from inbox_app.views.theme import CHOICES, Appearance, restyle_with_palette
from inbox_app.views.window_layout import WindowModels, WindowUi

if TYPE_CHECKING:  # imported with the writing panes, after the first paint (see AMAZON_PART)
    from inbox_app.views.amazon_window import AmazonInWindow

# The object name of the window's Amazon part (amazon_window.AMAZON_PART, the same text):
# found by name, so that module and the Amazon client under it (httpx) are imported with
# the writing panes, after the first paint, not for the shell.
AMAZON_PART = "amazonInWindow"

RELAY_DONE = "first_run/relay_confirmed"
DISMISSED = "first_run/dismissed"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Desktop", text)


def appearance_for(app: QApplication, settings: QSettings) -> Appearance:
    """The application's one Appearance, reading `settings`, applied."""
    found = app.findChild(Appearance)
    made = found if isinstance(found, Appearance) else Appearance(app, settings)
    made.settings = settings  # the newest window's (each test has its own)
    made.apply()
    return made


def demo_command() -> tuple[str, list[str]]:
    """How to start this installation on the demo store (a second process)."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--demo"]
    return sys.executable, ["-m", "inbox_app", "--demo"]


class _AccountAdder(Protocol):
    def add_account(self) -> None: ...


class ShellHost(Protocol):
    """What the desktop parts use of the main window (views/main_window.py), and no more."""

    @property
    def settings(self) -> QSettings: ...
    @property
    def actions_(self) -> Actions: ...
    @property
    def ui(self) -> WindowUi: ...
    @property
    def models(self) -> WindowModels: ...
    @property
    def menus(self) -> dict[str, QMenu]: ...
    @property
    def service(self) -> InboxService: ...
    @property
    def runner(self) -> TaskRunner: ...
    @property
    def mail(self) -> _AccountAdder | None: ...  # installed over the verified store
    @property
    def thread_selected(self) -> SignalInstance: ...

    def window(self) -> QWidget: ...  # the top-level widget: icon, parent, labels
    def after_first_paint(self, callback: Callable[[], object]) -> None: ...
    def when_store_ready(self, callback: Callable[[object], object]) -> None: ...
    def refresh_current(self) -> None: ...


class DesktopShell(QObject):
    """Owns the window's desktop parts; the window keeps it as a child."""

    def __init__(self, host: ShellHost) -> None:
        super().__init__(host.window())
        self.w = host
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.appearance = appearance_for(app, host.settings)
        for name, action in host.actions_.by_name.items():
            action.setIcon(action_icon(name))
        host.ui.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._appearance_menu()
        self.appearance.changed.connect(self._restyled)
        restyle_with_palette(host.ui.threads_view, focus_style)
        restyle_with_palette(host.ui.sidebar, focus_style)
        self.progress: SetupProgress | None = None
        # what the first page does not show: after it (app.run), else now
        host.after_first_paint(self._finish)

    def _finish(self) -> None:
        """The application icon, the first-run guide and Help › Getting started, the
        setup check and the screen-reader names."""
        host, window = self.w, self.w.window()
        window.setWindowIcon(app_icon())
        self.guide = FirstRunPanel(window)
        self.guide.hide()
        self.guide.add_account.connect(self.add_account)
        self.guide.import_orders.connect(host.actions_["import_orders"].trigger)
        self.guide.open_demo.connect(self.open_demo)
        self.guide.connect_api.connect(self.connect_amazon)
        self.guide.relay_confirmed.connect(self._relay_confirmed)
        self.guide.dismissed.connect(self.hide_guide)
        self.guide_action = QAction(icon("first_run"), _tr("&Getting started"), window)
        self.guide_action.setObjectName("gettingStartedAction")
        self.guide_action.triggered.connect(self.show_guide)
        help_menu = host.menus.get("help")
        if help_menu is not None:  # first in Help
            first = help_menu.actions()
            if first:
                help_menu.insertAction(first[0], self.guide_action)
            else:
                help_menu.addAction(self.guide_action)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(300)
        self._check_timer.timeout.connect(self.check_progress)
        host.models.views.dataChanged.connect(self._check_timer.start)
        host.when_store_ready(lambda _store: self._check_timer.start())
        # names and descriptions for screen readers, again once the writing panes are in
        label_controls(window)
        label_dialogs()  # and every dialog, when it takes the focus
        self._label_timer = QTimer(self)
        self._label_timer.setSingleShot(True)
        self._label_timer.setInterval(0)
        self._label_timer.timeout.connect(lambda: label_controls(window))
        host.when_store_ready(lambda _store: self._label_timer.start())
        host.thread_selected.connect(self._label_timer.start)  # the compose pane appears

    # --- appearance ------------------------------------------------------------------
    def _appearance_menu(self) -> None:
        menus = self.w.menus
        if "settings" not in menus:
            return
        menu = menus["settings"].addMenu(icon("theme"), _tr("&Appearance"))
        menu.setObjectName("appearanceMenu")
        labels = {"system": _tr("Follow the &system"), "light": _tr("&Light"),
                  "dark": _tr("&Dark")}  # fmt: skip
        group = QActionGroup(menu)
        self.scheme_actions: dict[str, QAction] = {}
        for choice in CHOICES:
            action = QAction(labels[choice], menu)
            action.setObjectName(f"appearance_{choice}")
            action.setCheckable(True)
            action.setChecked(self.appearance.choice() == choice)
            action.triggered.connect(lambda _on=False, c=choice: self.appearance.set_choice(c))
            group.addAction(action)
            menu.addAction(action)
            self.scheme_actions[choice] = action

    def _restyled(self, _dark: bool) -> None:
        """Parts that put colours into their text redraw it (the thread's clock)."""
        self.w.refresh_current()

    # --- first run -------------------------------------------------------------------
    def _tabs(self) -> QTabWidget:
        return self.w.ui.tabs

    def check_progress(self) -> None:
        """Find out (in a worker) what is set up; show the guide on an empty store."""
        service = self.w.service
        if not service.verified:  # when_store_ready asks again; a damaged store is the
            return  # window's to report, not this guide's
        self.w.runner.run(
            lambda _t: service.setup_progress(),
            on_done=self._progress_known,
            on_failed=lambda _exc: None,  # the guide stays as it was
        )

    def _progress_known(self, progress: object) -> None:
        assert isinstance(progress, SetupProgress)
        self.progress = progress
        self.guide.set_state(self.state())
        if not progress.has_threads and not self.w.settings.value(DISMISSED, False, bool):
            self.show_guide()

    def state(self) -> FirstRunState:
        p = self.progress
        return FirstRunState(
            has_account=bool(p and p.has_account),
            relay_confirmed=bool(self.w.settings.value(RELAY_DONE, False, bool)),
            has_orders=bool(p and p.has_orders),
            can_connect_api=self._amazon() is not None,
        )

    def show_guide(self) -> None:
        tabs = self._tabs()
        if tabs.indexOf(self.guide) < 0:
            tabs.insertTab(0, self.guide, icon("first_run"), _tr("Getting started"))
        self.guide.set_state(self.state())
        label_controls(self.guide)
        tabs.setCurrentWidget(self.guide)

    def hide_guide(self) -> None:
        self.w.settings.setValue(DISMISSED, True)
        tabs = self._tabs()
        if tabs.indexOf(self.guide) >= 0:
            tabs.removeTab(tabs.indexOf(self.guide))
            self.guide.hide()

    def _relay_confirmed(self, done: bool) -> None:
        self.w.settings.setValue(RELAY_DONE, done)
        self.guide.set_state(self.state())

    def add_account(self) -> None:
        mail = self.w.mail
        if mail is not None:
            mail.add_account()
        self._check_timer.start()

    def _amazon(self) -> AmazonInWindow | None:
        """The window's Amazon part (installed with the writing panes, over the store)."""
        return cast("AmazonInWindow | None", self.w.window().findChild(QObject, AMAZON_PART))

    def connect_amazon(self) -> None:
        """The guide's "Connect the Selling Partner API": the Amazon connect dialog."""
        amazon = self._amazon()
        if amazon is not None:
            amazon.connect_dialog()
        self._check_timer.start()

    def open_demo(self) -> None:
        program, args = demo_command()
        QProcess.startDetached(program, args)


def install_desktop(host: ShellHost) -> DesktopShell:
    """Icons, appearance menu, first-run guide: once per window."""
    found = host.window().findChild(DesktopShell)
    return found if isinstance(found, DesktopShell) else DesktopShell(host)
