"""The parts of the main window that write, installed over the verified store: the
compose pane, "Contact buyer" for an order, the Mail menu with sync and the outbox, and
Amazon's entries. `install_writing_panes` gets what it uses of the window (`WritingHost`)
and returns the parts; app.py keeps them on the window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStatusBar, QTabWidget, QWidget

from inbox_app.models.order_table_model import OrderTableModel
from inbox_app.models.thread_list_model import ThreadListModel
from inbox_app.services.amazon import AmazonService
from inbox_app.services.compose import ComposeService
from inbox_app.services.inbox import InboxService
from inbox_app.services.mail import MailService
from inbox_app.store.migrate import Store
from inbox_app.store.rows import ThreadRow
from inbox_app.views.amazon_compose import advise_opt_out
from inbox_app.views.amazon_window import AmazonInWindow, install_amazon
from inbox_app.views.compose.draft_lock import DraftLock
from inbox_app.views.compose.embed import HostWindow, install_compose, open_contact_buyer
from inbox_app.views.compose.pane import ComposePane
from inbox_app.views.conversation_view import ConversationView
from inbox_app.views.mail_menu import MailMenu
from inbox_app.views.order_panel import OrderPanel
from inbox_app.views.orders_tab import OrdersTab
from inbox_app.views.task_runner import TaskRunner
from inbox_app.views.thread_list_view import ThreadListView
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


class _Ui(Protocol):
    @property
    def threads_view(self) -> ThreadListView: ...
    @property
    def conversation(self) -> ConversationView: ...
    @property
    def tabs(self) -> QTabWidget: ...
    @property
    def orders_tab(self) -> OrdersTab: ...
    @property
    def order_panel(self) -> OrderPanel: ...


class _Models(Protocol):
    @property
    def threads(self) -> ThreadListModel: ...
    @property
    def orders(self) -> OrderTableModel: ...


class WritingHost(HostWindow, Protocol):
    """What the panes that write use of the main window (views/main_window.py), and no
    more: the compose pane's (HostWindow) and the few widgets, menus and refreshes below."""

    @property
    def settings(self) -> QSettings: ...
    @property
    def writes(self) -> WriteQueue: ...
    @property
    def ui(self) -> _Ui: ...
    @property
    def models(self) -> _Models: ...
    @property
    def menus(self) -> dict[str, QMenu]: ...
    @property
    def service(self) -> InboxService: ...

    def current_thread(self) -> ThreadRow | None: ...
    def refresh(self) -> None: ...
    def threads_changed(self, ids: list[int]) -> None: ...
    def window(self) -> QWidget: ...  # the top-level QMainWindow: parent, menu and status bar


@dataclass(frozen=True)
class WritingParts:
    """What `install_writing_panes` built (the window keeps compose and mail)."""

    compose: ComposePane
    mail: MailMenu
    contact: ContactBuyer
    amazon: AmazonInWindow


def install_writing_panes(host: WritingHost, store: Store) -> WritingParts:
    """Build the panes that write, once the verified store is open (MainWindow.when_store_ready)."""
    from inbox_app.services.assignments import current_seat_id

    top = host.window()
    assert isinstance(top, QMainWindow)  # the main window is its own top level
    compose, lock = ComposeService(store, seat_id=current_seat_id(store.url)), DraftLock()
    amazon = AmazonService(store)
    pane = install_compose(host, compose, host.settings, lock, writes=host.writes)
    ui = host.ui
    pane_tab_order(ui.threads_view, ui.conversation, pane)
    action = QAction(_tr("&Contact buyer about this order…"), top)
    action.setObjectName("contactBuyerAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+N"))
    contact = ContactBuyer(
        top,
        compose,
        lock,
        amazon,
        settings=host.settings,
        runner=host.runner,
        writes=host.writes,
        status_bar=top.statusBar(),
        selected_order=lambda: selected_order_id(ui.tabs, ui.orders_tab, host.current_thread()),
    )
    action.triggered.connect(contact.open_selected)
    top.addAction(action)
    if "thread" in host.menus:
        host.menus["thread"].addAction(action)
    mail = MailMenu(
        top,
        MailService(store),
        runner=host.runner,
        menus=host.menus,
        refresh=host.refresh,
        threads_changed=host.threads_changed,
    )
    panels = [ui.order_panel, ui.orders_tab.panel]
    for panel in panels:
        panel.contact_requested.connect(contact.open)

    def order_changed() -> None:  # a review requested, an Amazon message sent
        host.refresh()
        host.refresh_current()

    in_window = install_amazon(
        top,
        amazon,
        inbox=host.service,
        panels=panels,
        menus=host.menus,
        runner=host.runner,
        orders=host.models.orders,
        mail_menu=mail.menu,
        compose=pane,
        order_changed=order_changed,
    )
    return WritingParts(pane, mail, contact, in_window)
