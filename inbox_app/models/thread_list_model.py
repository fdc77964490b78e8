"""The thread list's semantic model: every matching thread's id, rows read as shown.

Sorting and filtering happen in SQL (`ThreadFilter`); the model holds the whole ordered
result as (sort key, id) arrays (RowTableModel), replaces it on a new filter, updates
rows in place (`refresh_rows`) and inserts new threads where they sort. A search holds
the threads of a window of the newest matches; on a team's server the window starts
small and widens through fetchMore (the view asks at the end of the list), its new
threads merged in where they sort, without a reset.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QObject,
    Qt,
    QTimer,
    Signal,
)

from inbox_app.models.buyer_text import buyer_text
from inbox_app.models.formatting import urgency
from inbox_app.models.outbox_reason import outbox_reason
from inbox_app.models.roles import Role
from inbox_app.models.row_table import BLOCK_ROWS, CACHE_ROWS, ROOT, Index, RowTableModel
from inbox_app.services.inbox import InboxService
from inbox_app.store.epochs import NEVER_EPOCH
from inbox_app.store.queries.search_text import search_terms
from inbox_app.store.queries.thread_filter import OUTBOX_STATUSES, ThreadFilter
from inbox_app.store.rows import Someone, ThreadRow

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


def sort_key(row: ThreadRow, sort: str) -> int:
    """The row's key in the SQL order (with its id: the list's (key, id) order)."""
    if sort == "due":
        due = row.response_due_ts
        return due if due is not None else NEVER_EPOCH
    return row.last_activity_ts


class RowReads(Protocol):
    """Reads rows off the GUI thread and answers on it, in the order asked (a team seat:
    views/team/row_reads.py)."""

    def read(self, ids: list[int], then: Callable[[Mapping[int, ThreadRow]], None]) -> None: ...


def _nothing_held() -> Collection[int]:
    return ()


class ThreadListModel(RowTableModel[ThreadRow]):
    """Every thread matching a filter, as ids from the start; rows (frozen ThreadRows)
    are read in blocks for what the view shows, through a bounded cache."""

    HEADERS = _HEADERS
    CONTEXT = "ThreadList"
    widened = Signal()  # a search read a wider window of matches (rows were merged in)

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
        self._filter: ThreadFilter | None = None
        self._terms: tuple[str, ...] = ()
        self._windows: tuple[int, ...] = ()  # a search's windows of matches, smallest first
        self._window_at = 0
        self._more = False  # the last window read was full: there may be more matches
        self._presence: dict[int, tuple[Someone, ...]] = {}  # thread id -> other seats on it
        self._reads: RowReads | None = None  # a team seat: rows never read on the GUI thread
        self._held: Callable[[], Collection[int]] = _nothing_held
        self._asked: set[int] = set()  # ids of blocks being read
        self._missed = False  # a block came back without its rows (the server was away)
        self._generation = 0  # a new row set: answers for the old one are dropped
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.tick)
        self._tick.start()

    def _read_rows(self, ids: list[int]) -> dict[int, ThreadRow]:
        return self._service.thread_rows(ids)

    def read_off_thread(self, reads: RowReads, held: Callable[[], Collection[int]]) -> None:
        """A team seat: blocks for what the view shows and every re-read are read by
        `reads` (a row shows blank until its block is in); a row `held()` names (a change
        of this seat still being written) keeps what it shows."""
        self._reads, self._held = reads, held

    def _load_block(self, n: int) -> None:
        reads = self._reads
        if reads is None:
            super()._load_block(n)
            return
        wanted = [i for i in self._block_wanted(n) if i not in self._asked]
        if wanted:
            self._asked.update(wanted)
            generation, start = self._generation, n - n % self._block
            reads.read(wanted, lambda fresh: self._block_read(generation, start, wanted, fresh))

    def _block_read(
        self, generation: int, start: int, wanted: list[int], fresh: Mapping[int, ThreadRow]
    ) -> None:
        """A block is in (nothing when the server was away: asked again when shown)."""
        if generation != self._generation:
            return  # read for a row set that is gone
        self._asked.difference_update(wanted)
        self._missed = self._missed or len(fresh) < len(wanted)
        new = {i: r for i, r in fresh.items() if i not in self._cache}  # (one put is newer)
        if not new:
            return
        self._keep(new)
        block = self._ids[start : start + self._block]
        where = [start + k for k, i in enumerate(block) if i in new]
        if len(where) < len(new):  # rows came in above it meanwhile: look them up
            where = list(self._positions(new).values())
        self.dataChanged.emit(
            self.index(min(where), 0), self.index(max(where), self.columnCount() - 1)
        )

    def _read_then(self, ids: list[int], apply: Callable[[Mapping[int, ThreadRow]], None]) -> None:
        """A team seat's re-read: `apply(rows)` on the GUI thread, but for held rows."""
        assert self._reads is not None
        generation = self._generation

        def fresh(rows: Mapping[int, ThreadRow]) -> None:
            if generation == self._generation:
                held = self._held()
                apply({i: r for i, r in rows.items() if i not in held})

        self._reads.read(ids, fresh)

    # --- Qt model interface ------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Role.ID:  # known without the row (a team seat reads rows off-thread)
            return self.id_at(index.row())
        row = self.row_at(index.row())
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Role.ROW:
            return row
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
            if self._filter is not None and self._filter.message_statuses == OUTBOX_STATUSES:
                return outbox_reason(row) or row.snippet  # the Outbox says why it waits
            return row.snippet
        if role == Role.STATUS:
            return row.state
        if role == Role.ASSIGNEE:
            return row.assignee
        if role == Role.PRESENCE:
            return self._presence.get(row.id, ())
        return None

    def _display(self, row: ThreadRow, col: int) -> Any:
        if col == Column.BUYER:
            return buyer_text(row.buyer_name, row.buyer_alias)
        if col == Column.SUBJECT:
            return row.subject
        if col == Column.ORDER:
            return row.amazon_order_id or ""
        if col == Column.MARKETPLACE:
            return row.marketplace
        return None  # due and activity are formatted by ThreadDisplayProxy

    # --- our interface -----------------------------------------------------------------

    @property
    def filter(self) -> ThreadFilter | None:
        return self._filter

    @property
    def terms(self) -> tuple[str, ...]:
        return self._terms

    @property
    def more_matches(self) -> bool:
        """A search whose window of matches was full: the count shown is a lower bound."""
        return self._more

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        valid = parent.isValid()
        return not valid and self._more and self._window_at + 1 < len(self._windows)

    def fetchMore(self, parent: Index = ROOT) -> None:
        """The next, wider window of a search: its new threads merged in where they sort."""
        flt = self._filter
        if flt is None or not self.canFetchMore(parent):
            return
        self._window_at += 1
        keys, ids, self._more = self._service.search_keys(flt, self._windows[self._window_at])
        self.merge_keys(keys, ids)
        self.widened.emit()

    def set_filter(self, flt: ThreadFilter) -> None:
        """Replace the whole row set (a new view or search): the one place that resets."""
        windows = self._service.search_windows(flt)
        if windows:
            keys, ids, more = self._service.search_keys(flt, windows[0])
        else:
            (keys, ids), more = self._service.thread_keys(flt), False
        self._windows, self._window_at, self._more = windows, 0, more
        self._filter = flt
        self._terms = tuple(search_terms(flt.query))
        descending = flt.sort != "due"
        self._generation += 1
        self._asked = set()
        self._replace_all(keys, ids, descending=descending)

    def reload(self) -> None:
        if self._filter is not None:
            self.set_filter(self._filter)

    def thread_at(self, row: int) -> ThreadRow | None:
        return self.row_at(row)

    def ids_for_order(self, order_id: int) -> list[int]:
        """The loaded threads about one order (to refresh after the order changed)."""
        return [r.id for r in self.cached_rows() if r.order_id == order_id]

    def seconds_left(self, row: ThreadRow) -> int | None:
        if row.state != "open" or row.response_due_at is None:
            return None
        return int((row.response_due_at - self._service.now()).total_seconds())

    def refresh_rows(self, ids: Iterable[int]) -> None:
        """Re-read some threads and update them in place (dataChanged per row)."""
        if self._reads is None:
            self.refresh_cached(ids)
            return
        wanted = [i for i in dict.fromkeys(ids) if i in self._cache]
        if wanted:
            self._read_then(wanted, self._put_cached)
        if self._missed and self.rowCount():  # (a refresh: e.g. the server is back)
            self._missed = False  # the rows shown blank are asked for again as they paint
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    def _put_cached(self, fresh: Mapping[int, ThreadRow]) -> None:
        for ident, row in fresh.items():
            if ident in self._cache:
                self.put_row(ident, row)

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
            and (flt.assigned_to is None or row.assignee_id == flt.assigned_to)
        )

    def update_threads(self, ids: Iterable[int]) -> None:
        """Threads changed (a sync, a send, a draft): update loaded rows in place and
        insert new matching threads where they sort; rows that no longer match stay
        until the next reload (no row jumps away under the seller's cursor)."""
        ids = list(dict.fromkeys(ids))
        if self._reads is not None:
            if ids:
                self._read_then(ids, self.apply_rows)
            return
        self.refresh_rows(ids)
        known = self._positions(ids)
        unknown = [i for i in ids if i not in known]
        if unknown:
            for row in self._service.thread_rows(unknown).values():
                if self.accepts(row):
                    self.insert_new(row)

    def apply_rows(self, fresh: Mapping[int, ThreadRow]) -> None:
        """Rows read on a worker (another seat's change): as update_threads, without a
        read here: cached rows updated in place, new matching threads inserted."""
        listed = self._positions(fresh)
        for ident, row in fresh.items():
            if ident not in listed:
                if self.accepts(row):
                    self.insert_new(row)
            elif ident in self._cache:
                self.put_row(ident, row)

    def insert_new(self, row: ThreadRow) -> None:
        """Place a new thread where the SQL order puts it (or update it if listed)."""
        if self.row_of(row.id) is not None:
            self.put_row(row.id, row)
            return
        sort = self._filter.sort if self._filter is not None else "due"
        self.insert_at_key(sort_key(row, sort), row.id, row)

    def presence(self, thread_id: int) -> tuple[Someone, ...]:
        return self._presence.get(thread_id, ())

    def set_presence(self, others: Mapping[int, tuple[Someone, ...]]) -> list[int]:
        """Who else is on which thread now (a team inbox): the rows whose people or what
        they do changed are repainted in place (dataChanged on the subject cell, never a
        reset); returns those thread ids."""
        old, self._presence = self._presence, {t: p for t, p in others.items() if p}

        def seen(people: tuple[Someone, ...]) -> tuple[tuple[str, str, str], ...]:
            return tuple((p.seat_id, p.person, p.activity) for p in people)

        changed = [
            tid
            for tid in old.keys() | self._presence.keys()
            if seen(old.get(tid, ())) != seen(self._presence.get(tid, ()))
        ]
        for n in sorted(self._positions(changed).values()):
            cell = self.index(n, Column.SUBJECT)  # the chip, its tooltip, its spoken text
            self.dataChanged.emit(cell, cell)
        return sorted(changed)

    def tick(self) -> None:
        """Time passed: the deadline column (only) changes; no reset, selection kept."""
        if self.rowCount():
            last = self.rowCount() - 1
            self.dataChanged.emit(self.index(0, Column.DUE), self.index(last, Column.DUE))

    def set_tick_interval(self, ms: int) -> None:
        self._tick.setInterval(ms)
