"""The main window's widgets, menus and status bar: `build_window` builds them once and
returns them in a `WindowUi` (layout only, no behaviour: the controllers own that)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inbox_app.models.conversation_model import ConversationModel
from inbox_app.models.order_table_model import OrderTableModel
from inbox_app.models.thread_display_proxy import ThreadDisplayProxy
from inbox_app.models.thread_list_model import ThreadListModel
from inbox_app.models.views_model import ViewsModel
from inbox_app.store.rows import AttachmentRow
from inbox_app.views.actions import MENUS, Actions, menu_title
from inbox_app.views.conversation_view import ConversationView
from inbox_app.views.order_panel import OrderPanel, scrollable
from inbox_app.views.orders_tab import OrdersTab, OrdersView
from inbox_app.views.sidebar import Sidebar
from inbox_app.views.thread_list_view import ThreadListView

INBOX_TAB, ORDERS_TAB = 0, 1


@dataclass
class WindowModels:
    """The models the window shows, built once in app.py and injected."""

    threads: ThreadListModel
    threads_view: ThreadDisplayProxy
    conversation: ConversationModel
    views: ViewsModel
    orders: OrderTableModel
    order_threads: ThreadListModel
    order_threads_view: ThreadDisplayProxy


@dataclass(frozen=True)
class WindowUi:
    """The main window's widgets (objectNames in brackets), as `build_window` made them."""

    tabs: QTabWidget  # mainTabs: Inbox, Orders, and any tab added later
    splitter: QSplitter  # mainSplitter: sidebar | threads | conversation | order panel
    sidebar: Sidebar
    threads_view: ThreadListView
    conversation: ConversationView
    compose_slot: QWidget  # the compose pane goes in here (views/compose/embed.py)
    order_panel: OrderPanel
    orders_tab: OrdersTab
    orders_view: OrdersView
    search_edit: SearchEdit  # searchEdit
    toolbar: QToolBar  # searchToolBar
    counts_label: QLabel  # countsLabel
    progress: QProgressBar  # importProgress
    cancel_import: QToolButton
    menus: dict[str, QMenu]  # by key (actions.MENUS); later parts add actions to these


class SearchEdit(QLineEdit):
    """The search field: Escape clears it and returns to the list."""

    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.escaped.emit()
            return
        super().keyPressEvent(event)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def build_window(
    window: QMainWindow,
    models: WindowModels,
    actions: Actions,
    attachment_bytes: Callable[[AttachmentRow], bytes],
) -> WindowUi:
    """Build the widgets into `window` (central tabs, toolbar, menus, status bar)."""
    m = models
    tabs = QTabWidget(window)
    tabs.setObjectName("mainTabs")
    tabs.setDocumentMode(True)
    inbox = QWidget(tabs)
    inbox.setObjectName("inboxTab")
    splitter = QSplitter(Qt.Orientation.Horizontal, inbox)
    splitter.setObjectName("mainSplitter")
    sidebar = Sidebar(m.views, splitter)
    threads_view = ThreadListView(splitter)
    threads_view.setModel(m.threads_view)
    threads_view.apply_default_widths(hide_extra=True)
    conversation = ConversationView(
        m.conversation,
        attachment_bytes,
        [actions[n] for n in ("reply", "no_response", "reopen", "mark_unread")],
        splitter,
    )
    order_panel = OrderPanel(splitter)
    # explicit minimums, so the window still fits a small (1024 px) screen
    panes = (sidebar, threads_view, conversation, scrollable(order_panel))
    for n, w in enumerate(panes):
        w.setMinimumWidth((100, 200, 280, 180)[n])
        splitter.addWidget(w)
        splitter.setStretchFactor(n, (0, 3, 4, 0)[n])
    splitter.setSizes([200, 620, 560, 280])
    lay = QVBoxLayout(inbox)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(splitter)
    orders_tab = OrdersTab(m.orders, m.order_threads_view, tabs)
    tabs.addTab(inbox, _tr("Inbox"))
    tabs.addTab(orders_tab, _tr("Orders"))
    search_edit = SearchEdit(window)
    search_edit.setObjectName("searchEdit")
    search_edit.setPlaceholderText(_tr("Search words, order id, buyer…  (Ctrl+F)"))
    search_edit.setClearButtonEnabled(True)
    search_edit.setMinimumWidth(240)
    search_edit.setMaximumWidth(560)
    toolbar = QToolBar(_tr("Search"), window)
    toolbar.setObjectName("searchToolBar")
    toolbar.setMovable(False)
    toolbar.setFloatable(False)
    toolbar.addWidget(search_edit)
    spacer = QWidget(toolbar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addAction(actions["import_orders"])
    toolbar.addAction(actions["shortcuts"])
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    window.setCentralWidget(tabs)
    counts_label, progress, cancel_import = _build_status_bar(window)
    ui = WindowUi(
        tabs=tabs,
        splitter=splitter,
        sidebar=sidebar,
        threads_view=threads_view,
        conversation=conversation,
        compose_slot=conversation.compose_slot,
        order_panel=order_panel,
        orders_tab=orders_tab,
        orders_view=orders_tab.view,
        search_edit=search_edit,
        toolbar=toolbar,
        counts_label=counts_label,
        progress=progress,
        cancel_import=cancel_import,
        menus=_build_menus(window, actions),
    )
    # names for screen readers (the objectNames are for tests)
    for widget, name in (
        (ui.sidebar, _tr("Saved views")),
        (ui.threads_view, _tr("Threads")),
        (ui.conversation, _tr("Conversation")),
        (ui.order_panel, _tr("Order")),
        (ui.orders_view, _tr("Orders")),
        (ui.search_edit, _tr("Search threads")),
        (ui.compose_slot, _tr("Reply")),
    ):
        widget.setAccessibleName(name)
    return ui


def _build_menus(window: QMainWindow, actions: Actions) -> dict[str, QMenu]:
    bar = window.menuBar()
    menus = {key: bar.addMenu(menu_title(key)) for key in MENUS}
    for key, action in actions.ordered:
        menus[key].addAction(action)
        window.addAction(action)  # shortcuts work with the menu bar hidden too
    return menus


def _build_status_bar(window: QMainWindow) -> tuple[QLabel, QProgressBar, QToolButton]:
    status = window.statusBar()
    status.setObjectName("statusBar")
    counts_label = QLabel(_tr("Counting…"), window)
    counts_label.setObjectName("countsLabel")
    progress = QProgressBar(window)
    progress.setObjectName("importProgress")
    progress.setMaximumWidth(220)
    progress.setVisible(False)
    cancel_import = QToolButton(window)
    cancel_import.setText(_tr("Cancel import"))
    cancel_import.setVisible(False)
    status.addPermanentWidget(progress)
    status.addPermanentWidget(cancel_import)
    status.addPermanentWidget(counts_label)
    return counts_label, progress, cancel_import


def show_about(parent: QWidget) -> None:
    from PySide6.QtWidgets import QMessageBox

    from inbox_app import __version__

    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About Seller Inbox"),
        QCoreApplication.translate(
            "MainWindow", "Seller Inbox %1: answer Amazon buyers fast, within Amazon's rules."
        ).replace("%1", __version__),
    )
