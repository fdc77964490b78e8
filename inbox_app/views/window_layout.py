"""The main window's widgets, menus and status bar, built once (layout only, no logic)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inbox_app.views.actions import MENUS, menu_title
from inbox_app.views.conversation_view import ConversationView
from inbox_app.views.order_panel import OrderPanel, scrollable
from inbox_app.views.orders_tab import OrdersTab
from inbox_app.views.sidebar import Sidebar
from inbox_app.views.thread_list_view import ThreadListView

if TYPE_CHECKING:
    from inbox_app.views.main_window import MainWindow


class SearchEdit(QLineEdit):
    """The search field: Escape clears it and returns to the list."""

    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.escaped.emit()
            return
        super().keyPressEvent(event)


def build_layout(self: MainWindow) -> None:
    m = self.models
    self.tabs = QTabWidget(self)
    self.tabs.setObjectName("mainTabs")
    self.tabs.setDocumentMode(True)
    inbox = QWidget(self.tabs)
    inbox.setObjectName("inboxTab")
    self.splitter = QSplitter(Qt.Orientation.Horizontal, inbox)
    self.splitter.setObjectName("mainSplitter")
    self.sidebar = Sidebar(m.views, self.splitter)
    self.threads_view = ThreadListView(self.splitter)
    self.threads_view.setModel(m.threads_view)
    self.threads_view.apply_default_widths(hide_extra=True)
    self.conversation = ConversationView(
        m.conversation,
        lambda att: self.service.attachment_bytes(att.sha256),
        [self.actions_[n] for n in ("reply", "no_response", "reopen", "mark_unread")],
        self.splitter,
    )
    self.compose_slot = self.conversation.compose_slot
    self.order_panel = OrderPanel(self.splitter)
    # explicit minimums, so the window still fits a small (1024 px) screen
    panes = (self.sidebar, self.threads_view, self.conversation, scrollable(self.order_panel))
    for n, w in enumerate(panes):
        w.setMinimumWidth((100, 200, 280, 180)[n])
        self.splitter.addWidget(w)
        self.splitter.setStretchFactor(n, (0, 3, 4, 0)[n])
    self.splitter.setSizes([200, 620, 560, 280])
    lay = QVBoxLayout(inbox)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(self.splitter)
    self.orders_tab = OrdersTab(m.orders, m.order_threads_view, self.tabs)
    self.orders_view = self.orders_tab.view
    self.tabs.addTab(inbox, QCoreApplication.translate("MainWindow", "Inbox"))
    self.tabs.addTab(self.orders_tab, QCoreApplication.translate("MainWindow", "Orders"))
    self.search_edit = SearchEdit(self)
    self.search_edit.setObjectName("searchEdit")
    self.search_edit.setPlaceholderText(
        QCoreApplication.translate("MainWindow", "Search words, order id, buyer…  (Ctrl+F)")
    )
    self.search_edit.setClearButtonEnabled(True)
    self.search_edit.setMinimumWidth(240)
    self.search_edit.setMaximumWidth(560)
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Search"), self)
    toolbar.setObjectName("searchToolBar")
    toolbar.setMovable(False)
    toolbar.setFloatable(False)
    toolbar.addWidget(self.search_edit)
    spacer = QWidget(toolbar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addAction(self.actions_["import_orders"])
    toolbar.addAction(self.actions_["shortcuts"])
    self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    self.setCentralWidget(self.tabs)
    # names for screen readers (the objectNames are for tests)
    for widget, name in (
        (self.sidebar, QCoreApplication.translate("MainWindow", "Saved views")),
        (self.threads_view, QCoreApplication.translate("MainWindow", "Threads")),
        (self.conversation, QCoreApplication.translate("MainWindow", "Conversation")),
        (self.order_panel, QCoreApplication.translate("MainWindow", "Order")),
        (self.orders_view, QCoreApplication.translate("MainWindow", "Orders")),
        (self.search_edit, QCoreApplication.translate("MainWindow", "Search threads")),
        (self.compose_slot, QCoreApplication.translate("MainWindow", "Reply")),
    ):
        widget.setAccessibleName(name)


def build_menus(self: MainWindow) -> None:
    bar = self.menuBar()
    menus = {key: bar.addMenu(menu_title(key)) for key in MENUS}
    self.menus = menus  # later parts (compose, mail) add their actions to these
    for key, action in self.actions_.ordered:
        menus[key].addAction(action)
        self.addAction(action)  # shortcuts work with the menu bar hidden too


def build_status_bar(self: MainWindow) -> None:
    status = self.statusBar()
    status.setObjectName("statusBar")
    self.counts_label = QLabel(QCoreApplication.translate("MainWindow", "Counting…"), self)
    self.counts_label.setObjectName("countsLabel")
    self.progress = QProgressBar(self)
    self.progress.setObjectName("importProgress")
    self.progress.setMaximumWidth(220)
    self.progress.setVisible(False)
    self.cancel_import = QToolButton(self)
    self.cancel_import.setText(QCoreApplication.translate("MainWindow", "Cancel import"))
    self.cancel_import.setVisible(False)
    status.addPermanentWidget(self.progress)
    status.addPermanentWidget(self.cancel_import)
    status.addPermanentWidget(self.counts_label)


def wire(self: MainWindow) -> None:
    """Connect the window's actions, widgets and timers to its slots."""
    a = self.actions_
    a["quit"].triggered.connect(self.close)
    a["find"].triggered.connect(self.focus_search)
    a["show_inbox"].triggered.connect(lambda: self.tabs.setCurrentIndex(0))
    a["show_orders"].triggered.connect(self.show_orders_tab)
    a["focus_list"].triggered.connect(self.focus_list)
    a["focus_sidebar"].triggered.connect(self.sidebar.setFocus)
    a["sort_due"].triggered.connect(lambda: self.set_sort("due"))
    a["sort_activity"].triggered.connect(lambda: self.set_sort("activity"))
    a["refresh"].triggered.connect(self.refresh)
    for n in range(1, 10):
        a[f"view_{n}"].triggered.connect(lambda _=False, n=n: self.show_view_number(n))
    a["next"].triggered.connect(lambda: self.move_selection(1))
    a["previous"].triggered.connect(lambda: self.move_selection(-1))
    a["reply"].triggered.connect(self.reply)
    a["no_response"].triggered.connect(self.mark_no_response_needed)
    a["reopen"].triggered.connect(self.reopen)
    a["mark_read"].triggered.connect(lambda: self.mark_read(True))
    a["mark_unread"].triggered.connect(lambda: self.mark_read(False))
    a["shortcuts"].triggered.connect(self.show_shortcuts)
    a["about"].triggered.connect(lambda: show_about(self))
    self.sidebar.view_chosen.connect(self.show_view)
    self.threads_view.selectionModel().currentRowChanged.connect(self.thread_changed)
    self.search_edit.textChanged.connect(self.search_timer.start)
    self.search_edit.escaped.connect(self.focus_list)
    self.search_edit.returnPressed.connect(self.search_now)
    self.search_timer.timeout.connect(self.apply_search)
    self.read_timer.timeout.connect(self.auto_mark_read)
    self.header_timer.timeout.connect(self.tick)


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
