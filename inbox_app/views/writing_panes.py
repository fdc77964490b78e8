"""The parts of the main window that write, installed over the verified store: the
compose pane, "Contact buyer" for an order, and the Mail menu with sync and the outbox."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from inbox_app.services.amazon import AmazonService
from inbox_app.services.compose import ComposeService
from inbox_app.services.mail import MailService
from inbox_app.store.migrate import Store
from inbox_app.views.amazon_compose import advise_opt_out
from inbox_app.views.amazon_window import install_amazon
from inbox_app.views.compose.draft_lock import DraftLock
from inbox_app.views.compose.embed import install_compose, open_contact_buyer
from inbox_app.views.compose.pane import ComposePane
from inbox_app.views.mail_menu import MailMenu
from inbox_app.views.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def selected_order_id(window: MainWindow) -> int | None:
    """The order the seller is looking at: the Orders tab's selection, else the order of
    the current thread."""
    if window.ui.tabs.currentWidget() is window.ui.orders_tab:
        return window.ui.orders_tab.current_order_id()
    row = window.current_thread()
    return row.order_id if row is not None else None


def contact_buyer(
    window: MainWindow,
    service: ComposeService,
    lock: DraftLock,
    amazon: AmazonService,
    order_id: int | None = None,
) -> None:
    """Open a compose window to the buyer of `order_id` (else the selected order's)."""
    order_id = order_id if order_id is not None else selected_order_id(window)
    if order_id is None:
        window.statusBar().showMessage(
            _tr("Select an order first (Orders tab, or a thread about an order)."), 5000
        )
        return
    win = open_contact_buyer(
        window, service, order_id, window.settings, lock, runner=window.runner, writes=window.writes
    )
    advise_opt_out(win.pane, amazon, window.runner)  # Amazon's opt-out note


def pane_tab_order(window: MainWindow, pane: ComposePane) -> None:
    """Tab goes from pane to pane: the thread list, the conversation (its scroll area,
    where the arrow keys scroll), the reply, then its findings; Shift+Tab goes back."""
    scroll = window.ui.conversation.scroll_area
    scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    chain = (window.ui.threads_view, scroll, pane.ui.body, pane.ui.findings)
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)


def install_writing_panes(window: MainWindow, store: Store) -> None:
    """Build the panes that write, once the verified store is open (MainWindow.when_store_ready)."""
    from inbox_app.services.assignments import current_seat_id

    compose, lock = ComposeService(store, seat_id=current_seat_id(store)), DraftLock()
    amazon = AmazonService(store)
    window.compose = install_compose(window, compose, window.settings, lock, writes=window.writes)
    pane_tab_order(window, window.compose)
    action = QAction(_tr("&Contact buyer about this order…"), window)
    action.setObjectName("contactBuyerAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+N"))
    action.triggered.connect(lambda: contact_buyer(window, compose, lock, amazon))
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
        panel.contact_requested.connect(
            lambda oid: contact_buyer(window, compose, lock, amazon, oid)
        )
    install_amazon(
        window,
        amazon,
        inbox=window.service,
        panels=panels,
        menus=window.menus,
        runner=window.runner,
    )
