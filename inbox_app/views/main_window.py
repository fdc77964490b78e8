"""The main window (objectName mainWindow): saved views, thread list, conversation, order
panel, the Orders tab, search, menus with shortcuts, status bar; layout remembered."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QToolButton,
    QWidget,
)

from inbox_app.models.conversation_model import ConversationModel
from inbox_app.models.order_table_model import OrderTableModel
from inbox_app.models.roles import Role
from inbox_app.models.thread_list_model import ThreadListModel
from inbox_app.models.thread_list_presenter import ThreadListPresenter
from inbox_app.models.views_model import (
    DEFAULT_VIEW,
    ViewsModel,
    filter_for,
    is_valid_view,
)
from inbox_app.services.inbox import InboxService
from inbox_app.store.migrate import Store
from inbox_app.store.queries import ThreadFilter
from inbox_app.store.rows import ThreadDetail, ThreadRow
from inbox_app.views import window_layout, window_state
from inbox_app.views.actions import Actions
from inbox_app.views.conversation_view import ConversationView
from inbox_app.views.order_panel import OrderPanel
from inbox_app.views.orders_tab import OrdersTab, OrdersView
from inbox_app.views.sidebar import Sidebar
from inbox_app.views.thread_list_view import ThreadListView
from inbox_app.views.window_counts import CountsController
from inbox_app.views.window_layout import SearchEdit
from inbox_app.views.window_orders import OrdersController

SEARCH_DEBOUNCE_MS = 250
MARK_READ_AFTER_MS = 1500  # J-J-J skimming does not mark everything read
HEADER_TICK_MS = 30_000
COUNTS_EVERY_TICKS = 4  # recount the views every 2 minutes


if TYPE_CHECKING:
    from inbox_app.views.compose.pane import ComposePane
    from inbox_app.views.mail_menu import MailMenu


@dataclass
class WindowModels:
    """The models the window shows, built once in app.py and injected."""

    threads: ThreadListModel
    threads_view: ThreadListPresenter
    conversation: ConversationModel
    views: ViewsModel
    orders: OrderTableModel
    order_threads: ThreadListModel
    order_threads_view: ThreadListPresenter


class MainWindow(QMainWindow):
    """The window a seller lives in. Compose plugs into `conversation.compose_slot`."""

    thread_selected = Signal(int)  # a thread became current (its id)
    thread_cleared = Signal()  # no thread is current
    reply_requested = Signal(int)  # Reply (R): the compose pane should take the focus

    # built by window_layout
    tabs: QTabWidget
    splitter: QSplitter
    sidebar: Sidebar
    threads_view: ThreadListView
    conversation: ConversationView
    compose_slot: QWidget
    order_panel: OrderPanel
    orders_tab: OrdersTab
    orders_view: OrdersView
    search_edit: SearchEdit
    counts_label: QLabel
    progress: QProgressBar
    cancel_import: QToolButton

    def __init__(
        self,
        service: InboxService,
        models: WindowModels,
        settings: QSettings,
        pool: QThreadPool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Seller Inbox"))
        self.service = service
        self.models = models
        self.settings = settings
        self.pool = pool
        self._view_key = DEFAULT_VIEW
        self._current: ThreadDetail | None = None
        self.sort: str = "due"
        self._sized = False
        self._ticks = 0
        self._on_store_ready: list[Callable[[Store], object]] = []
        self.mail: MailMenu | None = None  # installed over the verified store (writers.py)
        self.compose: ComposePane | None = None
        self.menus: dict[str, QMenu] = {}
        self.actions_ = Actions(self)
        window_layout.build_layout(self)
        window_layout.build_menus(self)
        window_layout.build_status_bar(self)
        self.search_timer = self._timer(SEARCH_DEBOUNCE_MS, single=True)
        self.read_timer = self._timer(MARK_READ_AFTER_MS, single=True)
        self.header_timer = self._timer(HEADER_TICK_MS, single=False)
        self.header_timer.start()

        self.orders = OrdersController(self)
        self.counts = CountsController(self)
        window_layout.wire(self)
        self.orders.wire()
        self._restore_settings()

    # --- construction ------------------------------------------------------------------

    def _timer(self, ms: int, *, single: bool) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.setInterval(ms)
        return timer

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            window_state.restore_splitters(self)

    def _restore_settings(self) -> None:
        window_state.restore(self)

    def save_settings(self) -> None:
        window_state.save(self)

    # --- views, search, sort -------------------------------------------------------------

    @property
    def view_key(self) -> str:
        return self._view_key

    def current_filter(self) -> ThreadFilter:
        text = self.search_edit.text().strip()
        if text:  # search reaches every thread, answered ones included
            return ThreadFilter(states=None, query=text, sort=self.sort)  # type: ignore[arg-type]
        flt = filter_for(self._view_key, self.service.now())
        if self._view_key in ("answered", "no_response_needed"):
            return flt
        return replace(flt, sort=self.sort)  # type: ignore[arg-type]

    def show_view(self, key: str) -> None:
        if not is_valid_view(key):
            key = DEFAULT_VIEW
        self._view_key = key
        self.models.views.ensure_view(key)
        self.sidebar.select_key(key)
        if self.search_edit.text():
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
        self._reload_threads()
        self.settings.setValue("view/last", key)

    def show_view_number(self, n: int) -> None:
        keys = self.models.views.keys()
        if 0 < n <= len(keys):
            self.tabs.setCurrentIndex(0)
            self.show_view(keys[n - 1])

    def apply_search(self) -> None:
        self.search_timer.stop()
        if self.search_edit.text().strip():
            self.sidebar.clearSelection()  # results come from every view
        else:
            self.sidebar.select_key(self._view_key)
        self._reload_threads()
        self.conversation.set_terms(self.models.threads.terms)

    def search_now(self) -> None:
        self.apply_search()
        self.focus_list()

    def set_sort(self, sort: str) -> None:
        self.sort = sort
        self._reload_threads()

    def _reload_threads(self) -> None:
        """A new row set: reset the model, keep the current thread selected if it is there."""
        keep = self.current_thread_id()
        flt = self.current_filter()
        self.models.threads.set_filter(flt)
        self._select_thread(keep)
        rows = self.models.threads.rowCount()
        if flt.query:
            more = "+" if self.models.threads.canFetchMore() else ""
            self.threads_view.set_placeholder(
                QCoreApplication.translate("MainWindow", "No threads match “%1”.").replace(
                    "%1", flt.query
                )
            )
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "%1 threads match “%2”")
                .replace("%1", f"{rows}{more}")
                .replace("%2", flt.query)
            )
        else:
            self.threads_view.set_placeholder(
                QCoreApplication.translate("MainWindow", "Nothing here: no thread is in this view.")
            )
            self.statusBar().clearMessage()

    def _select_thread(self, thread_id: int | None, *, fallback_first: bool = True) -> None:
        row = self.models.threads.row_of(thread_id) if thread_id is not None else None
        if row is None:
            row = 0 if fallback_first and self.models.threads.rowCount() else None
        if row is None:
            self.threads_view.selectionModel().clearCurrentIndex()
            self.threads_view.clearSelection()
            self._show_thread(None)
            return
        index = self.models.threads_view.index(row, 0)
        self.threads_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.threads_view.scrollTo(index)

    def when_store_ready(self, callback: Callable[[Store], object]) -> None:
        """Call `callback(store)` with the verified store: now, or once `run()` has
        verified the file (the first page may be painted from a read-only preview).
        Panes that write (compose) are built here, never over the preview."""
        if self.service.verified:
            callback(self.service.store)
        else:
            self._on_store_ready.append(callback)

    def store_verified(self) -> None:
        """The verified store was adopted (called by app.run): build the waiting panes."""
        waiting, self._on_store_ready = self._on_store_ready, []
        for callback in waiting:
            callback(self.service.store)

    def threads_changed(self, ids: list[int]) -> None:
        """Other parts (sync, compose, outbox) changed these threads: update in place."""
        self.models.threads.update_threads(ids)
        if self._current is not None and self._current.thread.id in ids:
            self.refresh_current()
        self.refresh_counts()

    def refresh(self) -> None:
        """F5: re-read the loaded rows in place and the counts (no reset)."""
        self.models.threads.refresh_rows(self.models.threads.loaded_ids())
        self.refresh_current()
        self.refresh_counts()

    # --- the current thread ----------------------------------------------------------------

    def current_thread_id(self) -> int | None:
        index = self.threads_view.currentIndex()
        value = index.data(Role.ID) if index.isValid() else None
        return value if isinstance(value, int) else None

    def current_thread(self) -> ThreadRow | None:
        return self._current.thread if self._current is not None else None

    def thread_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        thread_id = current.data(Role.ID) if current.isValid() else None
        self._show_thread(thread_id if isinstance(thread_id, int) else None)

    def _show_thread(self, thread_id: int | None) -> None:
        self.read_timer.stop()
        detail = self.service.thread_detail(thread_id) if thread_id is not None else None
        self._current = detail
        if detail is None:
            self.models.conversation.set_thread(None, ())
            self.conversation.set_thread(None)
            self.order_panel.show_order(None, None)
            self._update_thread_actions()
            self.thread_cleared.emit()
            return
        self.models.conversation.set_thread(detail.thread.id, detail.messages)
        self.conversation.set_terms(self.models.threads.terms)
        self.conversation.set_thread(detail.thread, self.models.threads.seconds_left(detail.thread))
        self.order_panel.show_order(detail.order, detail.thread)
        self._update_thread_actions()
        if detail.thread.unread:
            self.read_timer.start()
        self.thread_selected.emit(detail.thread.id)

    def refresh_current(self) -> None:
        """Re-read the current thread (after a change) and update it in place."""
        if self._current is None:
            return
        tid = self._current.thread.id
        self.models.threads.refresh_rows([tid])
        self._current = self.service.thread_detail(tid)
        if self._current is None:
            self._show_thread(None)
            return
        self.models.conversation.set_thread(tid, self._current.messages)
        thread = self._current.thread
        self.conversation.set_thread(thread, self.models.threads.seconds_left(thread))
        self.order_panel.show_order(self._current.order, thread)
        self._update_thread_actions()

    def _update_thread_actions(self) -> None:
        row = self.current_thread()
        a = self.actions_
        has = row is not None
        for name in ("reply", "mark_read", "mark_unread", "order_type", "show_order"):
            a[name].setEnabled(has)
        a["no_response"].setEnabled(has and row is not None and row.state != "no_response_needed")
        a["reopen"].setEnabled(has and row is not None and row.state == "no_response_needed")
        a["no_response"].setVisible(not (row is not None and row.state == "no_response_needed"))
        a["reopen"].setVisible(row is not None and row.state == "no_response_needed")

    def move_selection(self, step: int) -> None:
        """J/K: the next or previous thread (in the Orders tab: order), paging as needed."""
        if self.tabs.currentIndex() == 1:
            self.orders.move_selection(step)
            return
        model = self.models.threads
        row = self.threads_view.currentIndex().row()
        target = max(0, row + step) if row >= 0 else 0
        if target >= model.rowCount() and model.canFetchMore():
            model.fetchMore()
        if 0 <= target < model.rowCount():
            self._select_thread(model.thread_at(target).id)  # type: ignore[union-attr]

    def reply(self) -> None:
        tid = self.current_thread_id()
        if tid is None:
            return
        self.compose_slot.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.reply_requested.emit(tid)

    def mark_no_response_needed(self) -> None:
        tid = self.current_thread_id()
        if tid is None:
            return
        self.service.mark_no_response_needed(tid)
        self.refresh_current()
        self.refresh_counts()
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Marked as no response needed (Ctrl+Shift+E reopens)"
            ),
            6000,
        )

    def reopen(self) -> None:
        tid = self.current_thread_id()
        if tid is None:
            return
        self.service.reopen(tid)
        self.refresh_current()
        self.refresh_counts()

    def mark_read(self, read: bool) -> None:
        tid = self.current_thread_id()
        if tid is None:
            return
        self.read_timer.stop()
        self.service.mark_read(tid, read)
        self.refresh_current()

    def auto_mark_read(self) -> None:
        row = self.current_thread()
        if row is not None and row.unread:
            self.mark_read(True)

    def tick(self) -> None:
        """Every 30 s: the header's time left; every 2 min the counts (deadlines pass)."""
        row = self.current_thread()
        if row is not None:
            self.conversation.update_due(row, self.models.threads.seconds_left(row))
        self._ticks += 1
        if self._ticks % COUNTS_EVERY_TICKS == 0:
            self.refresh_counts()

    # --- orders -------------------------------------------------------------------------

    def show_orders_tab(self) -> None:
        self.tabs.setCurrentIndex(1)

    def refresh_counts(self) -> None:
        """Recount the saved views in a worker; the sidebar and status bar fill in after."""
        self.counts.refresh()

    # --- focus, dialogs, closing ----------------------------------------------------------

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def focus_list(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.threads_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_shortcuts(self) -> None:
        from inbox_app.views.shortcut_sheet import ShortcutSheet

        ShortcutSheet.ask(self, self.actions_.sheet_rows())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.orders.importer.cancel()
        self.pool.waitForDone(5000)
        super().closeEvent(event)
