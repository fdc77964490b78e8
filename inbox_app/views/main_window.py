"""The main window (objectName mainWindow): it composes, its controllers own.

- `window_layout.build_window` builds every widget once and returns them in `self.ui` (a
  frozen `WindowUi`); no behaviour there. A new pane or tab is a widget module of its own,
  added there (or, when it needs the verified store, from `views/writing_panes.py`).
- Controllers own the behaviour and get only the models, widgets and services they use:
  `window_threads.ThreadsController` (views, search, the current thread),
  `thread_commands.ThreadCommands` (the current thread's read / "no response needed",
  written off the GUI thread by `thread_writes.ThreadWrites`), `window_orders.OrdersController`
  (Orders tab, import, order types), `window_counts.CountsController` (sidebar counts),
  `window_state.WindowState` (remembered layout). Background work goes through the
  injected `TaskRunner` (`self.runner`), never a pool of its own.
- Controllers never call each other: they emit signals, and `_connect_signals` is the one
  place that connects actions, controllers and the window's own signals.
- Parts outside the window (compose pane, Mail menu, team, dialogs) use its public surface
  only (signals, `compose_slot`, `models`, `menus`, `current_thread_id()`, `threads_changed()`,
  `refresh()`, `statusBar()`...), each through a protocol of what it uses (compose/embed.py
  `HostWindow`, writing_panes.py `WritingHost`, metrics_panes.py `MetricsHost`,
  team/install.py `TeamHost`, team/live.py `LiveHost`, team/assign_install.py `AssignHost`,
  desktop_shell.py `ShellHost`); app.py keeps what they return in `compose`, `mail`,
  `team` and `assign`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from inbox_app.services.inbox import InboxService
from inbox_app.store.rows import AttachmentRow, ThreadRow
from inbox_app.views.actions import Actions
from inbox_app.views.closing_writes import finish_writes
from inbox_app.views.pane_widths import PaneFitter
from inbox_app.views.task_runner import TaskRunner
from inbox_app.views.thread_commands import ThreadCommands
from inbox_app.views.thread_writes import ThreadWrites
from inbox_app.views.window_counts import CountsController
from inbox_app.views.window_layout import (
    INBOX_TAB,
    ORDERS_TAB,
    WindowModels,
    build_window,
    show_about,
)
from inbox_app.views.window_orders import OrdersController
from inbox_app.views.window_state import WindowState
from inbox_app.views.window_threads import ThreadsController
from inbox_app.views.write_queue import LANE, WriteQueue

if TYPE_CHECKING:  # not a circle: neither imports this module (kept lazy for start-up)
    from inbox_app.store.migrate import Store
    from inbox_app.views.compose.pane import ComposePane
    from inbox_app.views.mail_menu import MailMenu
    from inbox_app.views.team.assign import AssignController
    from inbox_app.views.team.install import TeamInWindow

__all__ = ["MainWindow", "WindowModels"]


class MainWindow(QMainWindow):
    """The window a seller lives in. Compose plugs into `compose_slot`."""

    thread_selected = Signal(int)  # a thread became current (its id)
    thread_cleared = Signal()  # no thread is current
    thread_loading = Signal(int)  # selected, its detail on its way (a team seat)
    reply_requested = Signal(int)  # Reply (R): the compose pane should take the focus
    threads_updated = Signal(list)  # threads_changed(ids) was called: mail came, a reply left

    def __init__(
        self,
        service: InboxService,
        models: WindowModels,
        settings: QSettings,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        hold_panes: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Seller Inbox"))
        self.service = service
        self.models = models
        self.settings = settings
        self.runner = runner
        self._sized = False
        self._on_store_ready: list[Callable[[Store], object]] = []
        # hold_panes: the panes waiting for the store are built at release_panes(); the
        # current thread's conversation and what after_first_paint() was given wait for
        # first_paint_done() (app.run: after the first paint, which waits for none of it)
        self._panes_held = hold_panes
        self._painted = not hold_panes
        self._after_paint: list[Callable[[], object]] = []
        self.mail: MailMenu | None = None  # installed over the verified store (writing_panes)
        self.compose: ComposePane | None = None  # likewise
        self.team: TeamInWindow | None = None  # likewise (team/install.py)
        self.assign: AssignController | None = None  # once a team of two is read
        self.actions_ = Actions(self)
        # draft saves and Send from this window: written in order in the runner's lane
        self.writes = WriteQueue(self, lane=runner.lane(LANE))
        self.ui = ui = build_window(self, models, self.actions_, self._attachment_bytes)
        self.menus: dict[str, QMenu] = ui.menus
        self.threads = ThreadsController(
            service,
            models,
            sidebar=ui.sidebar,
            threads_view=ui.threads_view,
            search_edit=ui.search_edit,
            conversation=ui.conversation,
            order_panel=ui.order_panel,
            settings=settings,
            parent=self,
        )
        # the threads' small writes (read, state, assignment): shown now, written in order
        # in the runner's lane, never on the GUI thread
        self.thread_writes = ThreadWrites(
            service, runner, self.threads, threads=models.threads, parent=self
        )
        self.commands = ThreadCommands(
            service,
            threads_view=ui.threads_view,
            actions=self.actions_,
            writes=self.thread_writes,
            parent=self,
        )
        self.orders = OrdersController(
            service,
            runner,
            settings,
            orders=models.orders,
            order_threads=models.order_threads,
            orders_tab=ui.orders_tab,
            order_panel=ui.order_panel,
            progress=ui.progress,
            cancel_import=ui.cancel_import,
            parent=self,
        )
        self.counts = CountsController(
            service,
            runner,
            views=models.views,
            counts_label=ui.counts_label,
            actions=self.actions_,
            parent=self,
        )
        self.state = WindowState(
            settings,
            self,
            splitter=ui.splitter,
            conversation=ui.conversation,
            orders_tab=ui.orders_tab,
            threads_view=ui.threads_view,
            orders_view=ui.orders_view,
            tabs=ui.tabs,
            sidebar=ui.sidebar,
            order_panel=ui.order_panel,
        )
        self._connect_signals()
        if hold_panes:
            self.threads.hold_conversation(True)
        remembered = self.state.restore()
        self.threads.sort = remembered.sort
        self.threads.show_view(remembered.view, thread_id=remembered.thread)
        ui.tabs.setCurrentIndex(remembered.tab)

    def _attachment_bytes(self, attachment: AttachmentRow) -> bytes:
        return self.service.attachment_bytes(attachment.sha256)

    def _connect_signals(self) -> None:
        """Every connection between actions, widgets, controllers and the window."""
        a, ui, threads, orders = self.actions_, self.ui, self.threads, self.orders
        # actions
        a["quit"].triggered.connect(self.close)
        a["find"].triggered.connect(self.focus_search)
        a["show_inbox"].triggered.connect(lambda: ui.tabs.setCurrentIndex(INBOX_TAB))
        a["show_orders"].triggered.connect(self.show_orders_tab)
        a["focus_list"].triggered.connect(self.focus_list)
        a["focus_sidebar"].triggered.connect(ui.sidebar.setFocus)
        a["sort_due"].triggered.connect(lambda: threads.set_sort("due"))
        a["sort_activity"].triggered.connect(lambda: threads.set_sort("activity"))
        a["refresh"].triggered.connect(self.refresh)
        for n in range(1, 10):
            a[f"view_{n}"].triggered.connect(lambda _=False, n=n: self.show_view_number(n))
        a["next"].triggered.connect(lambda: self.move_selection(1))
        a["previous"].triggered.connect(lambda: self.move_selection(-1))
        a["reply"].triggered.connect(self.reply)
        commands = self.commands
        a["no_response"].triggered.connect(commands.mark_no_response_needed)
        a["reopen"].triggered.connect(commands.reopen)
        a["mark_read"].triggered.connect(lambda: commands.mark_read(True))
        a["mark_unread"].triggered.connect(lambda: commands.mark_read(False))
        a["shortcuts"].triggered.connect(self.show_shortcuts)
        a["about"].triggered.connect(lambda: show_about(self))
        a["import_orders"].triggered.connect(orders.choose_order_files)
        a["filter_orders"].triggered.connect(self.focus_order_filter)
        a["order_type"].triggered.connect(orders.focus_order_type)
        a["show_order"].triggered.connect(self.show_current_order)
        a["special_products"].triggered.connect(orders.edit_special_products)
        # widgets
        ui.search_edit.escaped.connect(self.focus_list)
        ui.search_edit.returnPressed.connect(self.search_now)
        ui.tabs.currentChanged.connect(self._tab_changed)
        # controllers
        threads.thread_selected.connect(self.thread_selected)
        threads.thread_cleared.connect(self.thread_cleared)
        threads.thread_loading.connect(self.thread_loading)
        threads.counts_stale.connect(self.counts.refresh)
        threads.status_message.connect(self._show_status)
        threads.row_shown.connect(commands.show_row)
        commands.status_message.connect(self._show_status)
        writes = self.thread_writes
        writes.counts_stale.connect(self.counts.refresh)
        writes.status_message.connect(self._show_status)
        writes.landed.connect(self.threads_updated)
        writes.failed.connect(lambda ids, _text: self.threads_updated.emit(ids))
        self.models.views.rowsInserted.connect(threads.highlight_view)
        orders.thread_opened.connect(self._open_thread_of_order)
        orders.order_typed.connect(threads.refresh_order)
        orders.orders_reloaded.connect(self._orders_reloaded)
        orders.status_message.connect(self._show_status)
        self.counts.title_changed.connect(self.setWindowTitle)

    def _show_status(self, text: str, timeout_ms: int) -> None:
        if text:
            self.statusBar().showMessage(text, timeout_ms)
        else:
            self.statusBar().clearMessage()

    def _tab_changed(self, index: int) -> None:
        if index == ORDERS_TAB:
            self.orders.tab_shown()

    def _open_thread_of_order(self, order_id: int, thread_id: int) -> None:
        """Enter on a thread in the Orders tab: show it in the inbox, with its order's threads."""
        self.ui.tabs.setCurrentIndex(INBOX_TAB)
        self.threads.show_order_threads(order_id, thread_id)

    def _orders_reloaded(self, imported: bool) -> None:
        self.threads.refresh_loaded()
        if imported:
            self.counts.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self.state.restore_splitters()
            self._fitter = PaneFitter(self.ui.splitter, self.state.pane_limits)
            self._fitter.watch(self.ui.order_panel)  # Amazon's buttons make it wider
            views = self.models.views  # new rows or counts: a wider sidebar may be needed
            views.rowsInserted.connect(self._fitter.schedule)
            views.dataChanged.connect(self._fitter.schedule)
            self._fitter.apply()

    def save_settings(self) -> None:
        self.state.save(self.threads.view_key, self.threads.sort)

    # --- the public surface (compose, mail, tests) ---------------------------------------

    @property
    def compose_slot(self) -> QWidget:
        return self.ui.compose_slot

    @property
    def view_key(self) -> str:
        return self.threads.view_key

    def show_view(self, key: str) -> None:
        self.threads.show_view(key)

    def show_view_number(self, n: int) -> None:
        if self.threads.show_view_number(n):
            self.ui.tabs.setCurrentIndex(INBOX_TAB)

    def current_thread_id(self) -> int | None:
        return self.threads.current_thread_id()

    def current_thread(self) -> ThreadRow | None:
        return self.threads.current_thread()

    def refresh_current(self) -> None:
        self.threads.refresh_current()

    def threads_changed(self, ids: list[int]) -> None:
        """Other parts (sync, compose, outbox) changed these threads: update in place."""
        self.threads.threads_changed(ids)
        self.threads_updated.emit(ids)

    def refresh(self) -> None:
        """F5: re-read the loaded rows in place and the counts (no reset)."""
        self.threads.refresh()

    def refresh_counts(self) -> None:
        self.counts.refresh()

    def move_selection(self, step: int) -> None:
        """J/K: the next or previous thread (in the Orders tab: order), paging as needed."""
        if self.ui.tabs.currentIndex() == ORDERS_TAB:
            self.orders.move_selection(step)
        else:
            self.threads.move_selection(step)

    def reply(self) -> None:
        tid = self.threads.current_thread_id()
        if tid is None:
            return
        self.ui.compose_slot.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.reply_requested.emit(tid)

    def when_store_ready(self, callback: Callable[[Store], object]) -> None:
        """Call `callback(store)` with the verified store: now, or once `run()` has
        verified the file (the first page may be painted from a read-only preview) and
        released the panes held for the first paint. Panes that write (compose) are
        built here, never over the preview."""
        if self.service.verified and not self._panes_held:
            callback(self.service.store)
        else:
            self._on_store_ready.append(callback)

    def after_first_paint(self, callback: Callable[[], object]) -> None:
        """Call `callback()` for a part the first page need not wait for: now, or (with
        hold_panes) at first_paint_done()."""
        if self._painted:
            callback()
        else:
            self._after_paint.append(callback)

    def first_paint_done(self) -> None:
        """The first page is on screen: the current thread's conversation (held), then
        what waited in after_first_paint()."""
        if self._painted:
            return
        self._painted = True
        self.threads.hold_conversation(False)
        waiting, self._after_paint = self._after_paint, []
        for callback in waiting:
            callback()

    def release_panes(self) -> None:
        """Build the panes held for the first paint (after first_paint_done())."""
        self.first_paint_done()
        self._panes_held = False
        if self.service.verified:
            self.store_verified()

    def store_verified(self) -> None:
        """The verified store was adopted (called by app.run): build the waiting panes
        (unless they are held for the first paint: release_panes builds them then)."""
        if self._panes_held:
            return
        waiting, self._on_store_ready = self._on_store_ready, []
        for callback in waiting:
            callback(self.service.store)

    # --- tabs and focus ------------------------------------------------------------------

    def show_orders_tab(self) -> None:
        self.ui.tabs.setCurrentIndex(ORDERS_TAB)

    def show_current_order(self) -> None:
        row = self.threads.current_thread()
        if row is None or row.amazon_order_id is None:
            return
        self.show_orders_tab()
        self.orders.show_order(row.amazon_order_id)

    def focus_order_filter(self) -> None:
        self.show_orders_tab()
        self.orders.focus_filter()

    def apply_search(self) -> None:
        self.threads.apply_search()

    def search_now(self) -> None:
        self.threads.apply_search()
        self.focus_list()

    def focus_search(self) -> None:
        self.ui.tabs.setCurrentIndex(INBOX_TAB)
        self.ui.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search_edit.selectAll()

    def focus_list(self) -> None:
        self.ui.tabs.setCurrentIndex(INBOX_TAB)
        self.ui.threads_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_shortcuts(self) -> None:
        from inbox_app.views.shortcut_sheet import ShortcutSheet, window_actions

        ShortcutSheet.ask(self, window_actions(self))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.orders.importer.cancel()
        # drafts, Send and thread changes on their way: written (bounded, said why) or kept
        finish_writes(self.compose, self.writes, self.thread_writes, self.statusBar())
        self.runner.wait(5000)
        super().closeEvent(event)
