"""The Orders tab: the order table (ordersView, accepts dropped report files), and the
selected order's threads and details."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inbox_app.models.formatting import short_date
from inbox_app.models.order_table_model import OrderColumn, OrderTableModel
from inbox_app.models.roles import Role
from inbox_app.models.thread_display_proxy import ThreadDisplayProxy
from inbox_app.views.empty_state import paint_empty_state
from inbox_app.views.order_import import report_paths
from inbox_app.views.order_panel import OrderPanel, scrollable
from inbox_app.views.theme import colour_style, restyle_with_palette
from inbox_app.views.thread_list_view import ThreadListView

NO_ORDER = -1  # order_selected(NO_ORDER): none is selected (no threads, no details)


class OrdersView(QTableView):
    """The order table; dropping .txt/.tsv/.csv report files on it imports them."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersView")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setTabKeyNavigation(False)  # Tab leaves the table, not walk its cells
        self.placeholder_text = ""

    def set_placeholder(self, text: str) -> None:
        """What the empty table says (no orders yet, or none match the filter)."""
        self.placeholder_text = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_empty_state(self, self.placeholder_text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if report_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if report_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = report_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(paths)


class OrdersTab(QWidget):
    """Orders newest first; selecting one shows its threads (Enter opens one in the inbox)."""

    order_selected = Signal(int)  # order id
    thread_activated = Signal(int, int)  # order id, thread id
    import_requested = Signal()

    def __init__(
        self,
        orders: OrderTableModel,
        order_threads: ThreadDisplayProxy,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ordersTab")
        self._orders = orders
        self.order_threads = order_threads
        self._current: int | None = None  # the selected order, kept across a sort
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("orderFilterEdit")
        self.filter_edit.setPlaceholderText(
            QCoreApplication.translate("OrdersTab", "Order id, SKU, product or buyer…")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.import_button = QPushButton(
            QCoreApplication.translate("OrdersTab", "Import orders…"), self
        )
        self.import_button.setObjectName("importOrdersButton")
        self.import_button.clicked.connect(self.import_requested)
        hint = QLabel(
            QCoreApplication.translate(
                "OrdersTab", "or drop Seller Central order reports on the table"
            ),
            self,
        )
        restyle_with_palette(hint, colour_style("muted"))
        top.addWidget(self.filter_edit, 2)
        top.addWidget(self.import_button)
        top.addWidget(hint, 1)
        lay.addLayout(top)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("ordersSplitter")
        self.view = OrdersView(self.splitter)
        self.view.setModel(orders)
        header = self.view.horizontalHeader()
        # a click on a title sorts (in SQL: OrderTableModel.sort); newest purchase first
        # (before the widths: a title's size hint has room for the sort arrow)
        header.setSortIndicator(OrderColumn.PURCHASED, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sorted)
        for col, width in {
            OrderColumn.ORDER: 160,
            OrderColumn.PURCHASED: 90,
            OrderColumn.MARKETPLACE: 60,
            OrderColumn.STATUS: 90,
            OrderColumn.TYPE: 80,
            OrderColumn.ITEMS: 320,
            OrderColumn.TOTAL: 100,
            OrderColumn.THREADS: 60,
        }.items():
            # never narrower than the (translated) title: "Data di acquisto", "Conversazioni"
            header.resizeSection(col, max(width, header.sectionSizeHint(col)))
        # nor than the longest date in this language ("2026년 12월 30일" in Korean)
        longest = short_date(datetime(2026, 12, 30, 12, tzinfo=UTC))
        wide = self.view.fontMetrics().horizontalAdvance(longest) + 16
        if header.sectionSize(OrderColumn.PURCHASED) < wide:
            header.resizeSection(OrderColumn.PURCHASED, wide)
        header.setSectionResizeMode(OrderColumn.ITEMS, QHeaderView.ResizeMode.Stretch)
        bottom = QSplitter(Qt.Orientation.Horizontal, self.splitter)
        bottom.setObjectName("ordersBottomSplitter")
        self.bottom_splitter = bottom
        threads_host = QWidget(bottom)
        tl = QVBoxLayout(threads_host)
        tl.setContentsMargins(0, 0, 0, 0)
        self.threads_label = QLabel(
            QCoreApplication.translate("OrdersTab", "Threads about the selected order"),
            threads_host,
        )
        self.threads_view = ThreadListView(threads_host)
        self.threads_view.setObjectName("orderThreadsView")
        self.threads_view.setModel(order_threads)
        self.threads_view.apply_default_widths(hide_extra=True)
        tl.addWidget(self.threads_label)
        tl.addWidget(self.threads_view)
        self.panel = OrderPanel(bottom)
        self.panel.setObjectName("ordersOrderPanel")
        bottom.addWidget(threads_host)
        bottom.addWidget(scrollable(self.panel))
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 1)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        lay.addWidget(self.splitter, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter_now)
        self.filter_edit.textChanged.connect(self._debounce.start)
        self.view.selectionModel().currentRowChanged.connect(self._order_changed)
        self.threads_view.activated.connect(self._thread_activated)

    def apply_filter_now(self) -> None:
        text = self.filter_edit.text().strip()
        self._orders.set_query(text or None)
        self.show_empty_state()
        if self._orders.rowCount():
            self.view.selectRow(0)
        else:  # nothing selected: no stale order (nor its threads) below the empty table
            self.panel.show_order(None, None)
            self.order_selected.emit(NO_ORDER)

    def show_empty_state(self) -> None:
        text = self.filter_edit.text().strip()
        self.view.set_placeholder(
            QCoreApplication.translate("OrdersTab", "No order matches “%1”.").replace("%1", text)
            if text
            else QCoreApplication.translate(
                "OrdersTab",
                "No orders yet: import a Seller Central order report (Ctrl+I) "
                "or drop it on this table.",
            )
        )

    def _order_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        order_id = current.data(Role.ID) if current.isValid() else None
        if isinstance(order_id, int):
            self._current = order_id
            self.order_selected.emit(order_id)

    def _sorted(self, *_: object) -> None:
        """The rows came back in another order: the order the seller was on stays
        selected and in view (or the first, when it is gone)."""
        row = self._orders.row_of(self._current) if self._current is not None else None
        if row is None:
            if self._orders.rowCount():
                self.view.selectRow(0)
            return
        self.view.selectRow(row)
        self.view.scrollTo(self._orders.index(row, 0))

    def _thread_activated(self, index: QModelIndex) -> None:
        thread_id = index.data(Role.ID)
        order_id = self.panel.order_id
        if isinstance(thread_id, int) and order_id is not None:
            self.thread_activated.emit(order_id, thread_id)

    def current_order_id(self) -> int | None:
        index = self.view.currentIndex()
        value = index.data(Role.ID) if index.isValid() else None
        return value if isinstance(value, int) else None
