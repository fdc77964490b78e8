"""The parts of the main window that write, installed over the verified store: the
compose pane, "Contact buyer" for an order, and the Mail menu with sync and the outbox."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStatusBar, QTabWidget, QWidget

from inbox_app.services.amazon import AmazonService
from inbox_app.services.compose import ComposeService
from inbox_app.services.mail import MailService
from inbox_app.store.migrate import Store
from inbox_app.store.rows import ThreadRow
from inbox_app.views.amazon_compose import advise_opt_out
from inbox_app.views.amazon_window import install_amazon
from inbox_app.views.compose.draft_lock import DraftLock
from inbox_app.views.compose.embed import install_compose, open_contact_buyer
from inbox_app.views.compose.pane import ComposePane
from inbox_app.views.conversation_view import ConversationView
from inbox_app.views.mail_menu import MailMenu
from inbox_app.views.main_window import MainWindow
from inbox_app.views.orders_tab import OrdersTab
from inbox_app.views.task_runner import TaskRunner
from inbox_app.views.write_queue import WriteQueue


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def selected_order_id(
    tabs: QTabWidget, orders_tab: OrdersTab, current: ThreadRow | None
) -> int | None:
    """The order the seller is looking at: the Orders tab's selection, else the order of
    the current thread."""
    if tabs.currentWidget() is orders_tab:
        return orders_tab.current_order_id()
    return current.order_id if current is not None else None


class ContactBuyer(QObject):
    """ "Contact buyer about this order…": a compose window to an order's buyer, over the
    compose service and the main pane's draft lock (one editor per draft). A child of
    `parent`, the compose windows' parent."""

    def __init__(
        self,
        parent: QWidget,
        service: ComposeService,
        lock: DraftLock,
        amazon: AmazonService,
        *,
        settings: QSettings,
        runner: TaskRunner,
        writes: WriteQueue,
        status_bar: QStatusBar,
        selected_order: Callable[[], int | None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._service = service
        self._lock = lock
        self._amazon = amazon
        self._settings = settings
        self._runner = runner
        self._writes = writes
        self._status = status_bar
        self._selected = selected_order

    def open_selected(self) -> None:
        """The selected order's buyer (the menu entry, Ctrl+Shift+N)."""
        self.open(self._selected())

    def open(self, order_id: int | None) -> None:
        """Open a compose window to the buyer of `order_id` (None: say what to select)."""
        if order_id is None:
            self._status.showMessage(
                _tr("Select an order first (Orders tab, or a thread about an order)."), 5000
            )
            return
        win = open_contact_buyer(
            self._parent,
            self._service,
            order_id,
            self._settings,
            self._lock,
            runner=self._runner,
            writes=self._writes,
        )
        advise_opt_out(win.pane, self._amazon, self._runner)  # Amazon's opt-out note


def pane_tab_order(
    threads_view: QWidget, conversation: ConversationView, pane: ComposePane
) -> None:
    """Tab goes from pane to pane: the thread list, the conversation (its scroll area,
    where the arrow keys scroll), the reply, then its findings; Shift+Tab goes back."""
    scroll = conversation.scroll_area
    scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    chain = (threads_view, scroll, pane.ui.body, pane.ui.findings)
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)


def install_writing_panes(window: MainWindow, store: Store) -> None:
    """Build the panes that write, once the verified store is open (MainWindow.when_store_ready)."""
    from inbox_app.services.assignments import current_seat_id

    compose, lock = ComposeService(store, seat_id=current_seat_id(store)), DraftLock()
    amazon = AmazonService(store)
    window.compose = install_compose(window, compose, window.settings, lock, writes=window.writes)
    pane_tab_order(window.ui.threads_view, window.ui.conversation, window.compose)
    action = QAction(_tr("&Contact buyer about this order…"), window)
    action.setObjectName("contactBuyerAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+N"))
    ui = window.ui
    contact = ContactBuyer(
        window,
        compose,
        lock,
        amazon,
        settings=window.settings,
        runner=window.runner,
        writes=window.writes,
        status_bar=window.statusBar(),
        selected_order=lambda: selected_order_id(ui.tabs, ui.orders_tab, window.current_thread()),
    )
    action.triggered.connect(contact.open_selected)
    window.addAction(action)
    if "thread" in window.menus:
        window.menus["thread"].addAction(action)
    window.mail = MailMenu(
        window,
        MailService(store),
        runner=window.runner,
        refresh=window.refresh,
        threads_changed=window.threads_changed,
    )
    panels = [window.ui.order_panel, window.ui.orders_tab.panel]
    for panel in panels:
        panel.contact_requested.connect(contact.open)
    install_amazon(
        window,
        amazon,
        inbox=window.service,
        panels=panels,
        menus=window.menus,
        runner=window.runner,
    )
