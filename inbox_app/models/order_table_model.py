"""The order table: OrderRow pages (newest purchase first) fetched lazily by keyset cursor."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from inbox_app.models.colours import colour
from inbox_app.models.formatting import full_time, money, order_status, short_date
from inbox_app.models.roles import Role
from inbox_app.models.row_table import ROOT, Index, RowTableModel
from inbox_app.services.inbox import InboxService
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


def type_label(order_type: str) -> str:
    labels = {
        "standard": QCoreApplication.translate("OrderTable", "standard"),
        "handmade": QCoreApplication.translate("OrderTable", "handmade"),
        "custom": QCoreApplication.translate("OrderTable", "custom"),
        "wine": QCoreApplication.translate("OrderTable", "wine"),
    }
    return labels.get(order_type, order_type)


class OrderTableModel(RowTableModel):
    """Orders matching a query, one page at a time; filtering happens in SQL."""

    HEADERS = _HEADERS
    CONTEXT = "OrderTable"

    def __init__(
        self, service: InboxService, parent: QObject | None = None, *, page_size: int = 200
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._page_size = page_size
        self._rows: list[OrderRow] = []
        self._pos: dict[int, int] = {}
        self._cursor: tuple[int, ...] | None = None
        self._inserting = False
        self._query: str | None = None
        self._loaded = False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
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

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        # not while a page is being inserted: views and testers may ask from inside it
        return (
            not parent.isValid()
            and not self._inserting
            and self._loaded
            and self._cursor is not None
        )

    def fetchMore(self, parent: Index = ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        rows, self._cursor = self._service.order_page(
            query=self._query, after=self._cursor, limit=self._page_size
        )
        fresh = [r for r in rows if r.id not in self._pos]
        if not fresh:
            return
        first = len(self._rows)
        self._inserting = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            for r in fresh:
                self._pos[r.id] = len(self._rows)
                self._rows.append(r)
            self.endInsertRows()
        finally:
            self._inserting = False

    # --- our interface -----------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self._loaded

    def set_query(self, query: str | None) -> None:
        """Replace the row set: orders whose id starts with `query` or with that SKU."""
        rows, cursor = self._service.order_page(query=query or None, limit=self._page_size)
        self.beginResetModel()
        self._query = query or None
        self._rows = list(rows)
        self._pos = {r.id: i for i, r in enumerate(self._rows)}
        self._cursor = cursor
        self._loaded = True
        self.endResetModel()

    def reload(self) -> None:
        self.set_query(self._query)

    def order_at(self, row: int) -> OrderRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, order_id: int) -> int | None:
        return self._pos.get(order_id)

    def refresh_orders(self, ids: Iterable[int]) -> None:
        """Re-read some orders in place (after marking a type)."""
        for oid in ids:
            n = self._pos.get(oid)
            if n is None:
                continue
            detail = self._service.order_detail(oid)
            if detail is not None and detail.order != self._rows[n]:
                self._rows[n] = detail.order
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(OrderColumn) - 1))
