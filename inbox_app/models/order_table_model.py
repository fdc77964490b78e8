"""The order table: every matching order's id (newest purchase first), rows read as shown."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from inbox_app.models.colours import colour
from inbox_app.models.formatting import full_time, money, order_status, short_date
from inbox_app.models.roles import Role
from inbox_app.models.row_table import BLOCK_ROWS, CACHE_ROWS, Index, RowTableModel
from inbox_app.services.inbox import InboxService
from inbox_app.store.queries.order_sort import OrderSort
from inbox_app.store.rows import OrderRow

TYPE_COLOURS = ("handmade", "custom", "wine")  # colour tokens of the same names


class OrderColumn(IntEnum):
    ORDER = 0
    PURCHASED = 1
    MARKETPLACE = 2
    STATUS = 3
    TYPE = 4
    ITEMS = 5
    TOTAL = 6
    THREADS = 7


_HEADERS: dict[int, object] = {
    OrderColumn.ORDER: QT_TRANSLATE_NOOP("OrderTable", "Order"),
    OrderColumn.PURCHASED: QT_TRANSLATE_NOOP("OrderTable", "Purchased"),
    OrderColumn.MARKETPLACE: QT_TRANSLATE_NOOP("OrderTable", "Market"),
    OrderColumn.STATUS: QT_TRANSLATE_NOOP("OrderTable", "Status"),
    OrderColumn.TYPE: QT_TRANSLATE_NOOP("OrderTable", "Type"),
    OrderColumn.ITEMS: QT_TRANSLATE_NOOP("OrderTable", "Items"),
    OrderColumn.TOTAL: QT_TRANSLATE_NOOP("OrderTable", "Total"),
    OrderColumn.THREADS: QT_TRANSLATE_NOOP("OrderTable", "Threads"),
}


SORT_COLUMNS: dict[int, str] = {  # the table's columns by the name the SQL sorts them under
    OrderColumn.ORDER: "order",
    OrderColumn.PURCHASED: "purchased",
    OrderColumn.MARKETPLACE: "marketplace",
    OrderColumn.STATUS: "status",
    OrderColumn.TYPE: "type",
    OrderColumn.ITEMS: "items",
    OrderColumn.TOTAL: "total",
    OrderColumn.THREADS: "threads",
}


def type_label(order_type: str) -> str:
    labels = {
        "standard": QCoreApplication.translate("OrderTable", "standard"),
        "handmade": QCoreApplication.translate("OrderTable", "handmade"),
        "custom": QCoreApplication.translate("OrderTable", "custom"),
        "wine": QCoreApplication.translate("OrderTable", "wine"),
    }
    return labels.get(order_type, order_type)


class OrderTableModel(RowTableModel[OrderRow]):
    """Orders matching a query, as ids from the start; rows read in blocks as shown."""

    HEADERS = _HEADERS
    CONTEXT = "OrderTable"

    def __init__(
        self,
        service: InboxService,
        parent: QObject | None = None,
        *,
        block_rows: int = BLOCK_ROWS,
        cache_rows: int = CACHE_ROWS,
    ) -> None:
        super().__init__(parent, block_rows=block_rows, cache_rows=cache_rows)
        self._service = service
        self._query: str | None = None
        self._sort = OrderSort()
        self._loaded = False

    def _read_rows(self, ids: list[int]) -> dict[int, OrderRow]:
        return self._service.order_rows(ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Role.ROW:
            return row
        if role == Role.ID:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == OrderColumn.PURCHASED:
                return full_time(row.purchase_date)
            if col == OrderColumn.ITEMS:
                return row.first_product
            if col == OrderColumn.ORDER and row.buyer_alias:
                return row.buyer_alias
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col == OrderColumn.TYPE:
            if row.order_type in TYPE_COLOURS:
                return QBrush(colour(row.order_type))
            return None
        if role == Qt.ItemDataRole.FontRole and col == OrderColumn.TYPE:
            if row.order_type in TYPE_COLOURS:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            OrderColumn.TOTAL,
            OrderColumn.THREADS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: OrderRow, col: int) -> Any:
        if col == OrderColumn.ORDER:
            return row.amazon_order_id
        if col == OrderColumn.PURCHASED:
            return short_date(row.purchase_date)
        if col == OrderColumn.MARKETPLACE:
            return row.marketplace
        if col == OrderColumn.STATUS:
            return order_status(row.status)
        if col == OrderColumn.TYPE:
            return type_label(row.order_type)
        if col == OrderColumn.ITEMS:
            if row.item_count > 1:
                return (
                    QCoreApplication.translate("OrderTable", "%1 × %2")
                    .replace("%1", str(row.item_count))
                    .replace("%2", row.first_product)
                )
            return row.first_product
        if col == OrderColumn.TOTAL:
            return money(row.total_amount, row.currency)
        if col == OrderColumn.THREADS:
            return str(row.thread_count) if row.thread_count else ""
        return None

    # --- our interface -----------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self._loaded

    @property
    def query(self) -> str | None:
        """The current filter (None: every order)."""
        return self._query

    @property
    def order_sort(self) -> OrderSort:
        return self._sort

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A click on a title: the SQL sorts every matching order by that column (the
        model still holds only their ids and reads the rows it shows)."""
        name = SORT_COLUMNS.get(column)
        if name is None:
            return
        wanted = OrderSort(name, order == Qt.SortOrder.DescendingOrder)
        if wanted == self._sort:
            return
        self._sort = wanted
        if self._loaded:
            self.reload()

    def set_query(self, query: str | None) -> None:
        """Replace the row set: orders whose id starts with `query` or with that SKU."""
        keys, ids = self._service.order_keys(query=query or None, sort=self._sort)
        self._query = query or None
        self._loaded = True
        self._replace_all(keys, ids, descending=self._sort.is_default)

    def reload(self) -> None:
        self.set_query(self._query)

    def order_at(self, row: int) -> OrderRow | None:
        return self.row_at(row)

    def refresh_orders(self, ids: Iterable[int]) -> None:
        """Re-read some orders in place (after marking a type)."""
        for oid in ids:
            if self.row_of(oid) is None:
                continue
            detail = self._service.order_detail(oid)
            if detail is not None:
                self.put_row(oid, detail.order)
