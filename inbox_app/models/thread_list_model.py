"""The thread list's semantic model: ThreadRow pages fetched lazily by keyset cursor.

Sorting and filtering happen in SQL (`ThreadFilter`); the model only appends pages
(`canFetchMore`/`fetchMore`), replaces the whole row set on a new filter, updates
rows in place (`refresh_rows`) and inserts new threads where they sort.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)

from inbox_app.models.formatting import urgency
from inbox_app.models.roles import Role
from inbox_app.models.row_table import ROOT, Index, RowTableModel
from inbox_app.services.inbox import InboxService
from inbox_app.store.queries.search_text import search_terms
from inbox_app.store.queries.thread_filter import ThreadFilter
from inbox_app.store.rows import ThreadRow
from inbox_app.store.schema import NEVER_EPOCH

_REFRESH_CHUNK = 500
TICK_MS = 30_000  # how often the deadline column is re-evaluated


class Column(IntEnum):
    DUE = 0
    BUYER = 1
    SUBJECT = 2
    ORDER = 3
    MARKETPLACE = 4
    ACTIVITY = 5


_HEADERS: dict[int, object] = {
    Column.DUE: QT_TRANSLATE_NOOP("ThreadList", "Time left"),
    Column.BUYER: QT_TRANSLATE_NOOP("ThreadList", "Buyer"),
    Column.SUBJECT: QT_TRANSLATE_NOOP("ThreadList", "Subject"),
    Column.ORDER: QT_TRANSLATE_NOOP("ThreadList", "Order"),
    Column.MARKETPLACE: QT_TRANSLATE_NOOP("ThreadList", "Market"),
    Column.ACTIVITY: QT_TRANSLATE_NOOP("ThreadList", "Activity"),
}


def sort_key(row: ThreadRow, sort: str) -> tuple[int, int]:
    """The SQL order as a Python key (ascending), to place a new row among loaded ones."""
    if sort == "due":
        due = row.response_due_ts
        return (due if due is not None else NEVER_EPOCH, row.id)
    return (-row.last_activity_ts, -row.id)


class ThreadListModel(RowTableModel):
    """Threads matching a filter, one page (200) at a time; rows are frozen ThreadRows."""

    HEADERS = _HEADERS
    CONTEXT = "ThreadList"

    def __init__(
        self, service: InboxService, parent: QObject | None = None, *, page_size: int = 200
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._page_size = page_size
        self._filter: ThreadFilter | None = None
        self._rows: list[ThreadRow] = []
        self._pos: dict[int, int] = {}
        self._cursor: tuple[int, ...] | None = None
        self._inserting = False
        self._terms: tuple[str, ...] = ()
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.tick)
        self._tick.start()

    # --- Qt model interface ------------------------------------------------------------

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
        if role == Role.DUE_AT:
            return row.response_due_at
        if role == Role.SECONDS_LEFT:
            return self.seconds_left(row)
        if role == Role.URGENCY:
            return urgency(self.seconds_left(row))
        if role == Role.UNREAD:
            return row.unread
        if role == Role.HIGHLIGHT:
            return self._terms
        if role == Role.SECONDARY and col == Column.SUBJECT:
            return row.snippet
        if role == Role.STATUS:
            return row.state
        return None

    def _display(self, row: ThreadRow, col: int) -> Any:
        if col == Column.BUYER:
            return row.buyer_name or row.buyer_alias
        if col == Column.SUBJECT:
            return row.subject
        if col == Column.ORDER:
            return row.amazon_order_id or ""
        if col == Column.MARKETPLACE:
            return row.marketplace
        return None  # due and activity are formatted by ThreadDisplayProxy

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        # not while a page is being inserted: views and testers may ask from inside it
        return (
            not parent.isValid()
            and not self._inserting
            and self._filter is not None
            and self._cursor is not None
        )

    def fetchMore(self, parent: Index = ROOT) -> None:
        if not self.canFetchMore(parent) or self._filter is None:
            return
        page = self._service.thread_page(self._filter, self._cursor, self._page_size)
        self._cursor = page.next_cursor
        fresh = [r for r in page.rows if r.id not in self._pos]
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
    def filter(self) -> ThreadFilter | None:
        return self._filter

    @property
    def terms(self) -> tuple[str, ...]:
        return self._terms

    def set_filter(self, flt: ThreadFilter) -> None:
        """Replace the whole row set (a new view or search): the one place that resets."""
        page = self._service.thread_page(flt, None, self._page_size)
        self.beginResetModel()
        self._filter = flt
        self._terms = tuple(search_terms(flt.query))
        self._rows = list(page.rows)
        self._pos = {r.id: i for i, r in enumerate(self._rows)}
        self._cursor = page.next_cursor
        self.endResetModel()

    def reload(self) -> None:
        if self._filter is not None:
            self.set_filter(self._filter)

    def thread_at(self, row: int) -> ThreadRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, thread_id: int) -> int | None:
        return self._pos.get(thread_id)

    def loaded_ids(self) -> list[int]:
        return [r.id for r in self._rows]

    def ids_for_order(self, order_id: int) -> list[int]:
        """The loaded threads about one order (to refresh after the order changed)."""
        return [r.id for r in self._rows if r.order_id == order_id]

    def seconds_left(self, row: ThreadRow) -> int | None:
        if row.state != "open" or row.response_due_at is None:
            return None
        return int((row.response_due_at - self._service.now()).total_seconds())

    def refresh_rows(self, ids: Iterable[int]) -> None:
        """Re-read some threads and update them in place (dataChanged per row)."""
        wanted = [i for i in ids if i in self._pos]
        for start in range(0, len(wanted), _REFRESH_CHUNK):
            fresh = self._service.thread_rows(wanted[start : start + _REFRESH_CHUNK])
            for tid, row in fresh.items():
                n = self._pos[tid]
                if row != self._rows[n]:
                    self._rows[n] = row
                    self.dataChanged.emit(self.index(n, 0), self.index(n, len(Column) - 1))

    def accepts(self, row: ThreadRow) -> bool:
        """Would the current filter's SQL return this row? (Search results are never guessed.)"""
        flt = self._filter
        if flt is None or flt.query:
            return False
        due = row.response_due_at
        return (
            (flt.states is None or row.state in flt.states)
            and (not flt.marketplace or row.marketplace == flt.marketplace.upper())
            and (flt.opted_out is None or bool(row.buyer_opted_out) == flt.opted_out)
            and (flt.due_before is None or (due is not None and due < flt.due_before))
            and (flt.due_after is None or (due is not None and due >= flt.due_after))
            and (flt.order_id is None or row.order_id == flt.order_id)
            and (flt.buyer_id is None or row.buyer_id == flt.buyer_id)
        )

    def update_threads(self, ids: Iterable[int]) -> None:
        """Threads changed (a sync, a send, a draft): update loaded rows in place and
        insert new matching threads where they sort; rows that no longer match stay
        until the next reload (no row jumps away under the seller's cursor)."""
        ids = list(dict.fromkeys(ids))
        self.refresh_rows(ids)
        unknown = [i for i in ids if i not in self._pos]
        if unknown:
            for row in self._service.thread_rows(unknown).values():
                if self.accepts(row):
                    self.insert_new(row)

    def insert_new(self, row: ThreadRow) -> None:
        """Place a new thread where the SQL order puts it (or update it if loaded)."""
        if row.id in self._pos:
            n = self._pos[row.id]
            self._rows[n] = row
            self.dataChanged.emit(self.index(n, 0), self.index(n, len(Column) - 1))
            return
        sort = self._filter.sort if self._filter is not None else "due"
        keys = [sort_key(r, sort) for r in self._rows]
        n = bisect.bisect_left(keys, sort_key(row, sort))
        if n == len(self._rows) and self._cursor is not None:
            return  # it sorts after the loaded pages: the next fetchMore brings it
        self.beginInsertRows(QModelIndex(), n, n)
        self._rows.insert(n, row)
        self._pos = {r.id: i for i, r in enumerate(self._rows)}
        self.endInsertRows()

    def tick(self) -> None:
        """Time passed: the deadline column (only) changes; no reset, selection kept."""
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, Column.DUE), self.index(last, Column.DUE))

    def set_tick_interval(self, ms: int) -> None:
        self._tick.setInterval(ms)
