"""The skeleton of the big list models: the whole ordered result held as (sort key, id)
arrays, rows fetched in blocks for what is shown, through a bounded cache.

Anki's browser table is the pattern: the model knows every id from the start (so the
scrollbar is right and a seller can jump to the end of 80,000 threads), and memory
stays flat however far the view scrolls. Rows are frozen values keyed by id, so an
insert moves no cached row and selection (persistent indexes) follows Qt's own
bookkeeping.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the (invalid) root index, as a default argument
BLOCK_ROWS = 100  # rows read at once for what the view shows
# rows kept; the oldest fetched go first. Four blocks: a tall window shows ~25 rows, so
# this is 16 screens to scroll back without a read (~0.8 KB a row: the thread list and
# the Orders tab hold ~0.6 MB each, not ~0.8-1 MB as with 1,000)
CACHE_ROWS = 400

RowT = TypeVar("RowT")


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """A flat table over a whole result's ids; subclasses name their columns in HEADERS
    (column -> English title, marked with QT_TRANSLATE_NOOP under CONTEXT), read rows
    by id in `_read_rows`, and say their order with DESCENDING."""

    HEADERS: ClassVar[Mapping[int, object]] = {}
    CONTEXT: ClassVar[str] = ""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        block_rows: int = BLOCK_ROWS,
        cache_rows: int = CACHE_ROWS,
    ) -> None:
        super().__init__(parent)
        self._block = max(1, block_rows)
        self._cache_rows = max(cache_rows, 2 * self._block)
        self._keys: array[int] = array("q")
        self._ids: array[int] = array("q")
        self._cache: dict[int, RowT] = {}
        self._descending = False

    # --- for subclasses ---------------------------------------------------------------

    def _read_rows(self, ids: list[int]) -> Mapping[int, RowT]:
        """Fresh rows for these ids (some may be gone)."""
        raise NotImplementedError

    def _replace_all(self, keys: array[int], ids: array[int], *, descending: bool) -> None:
        """A new row set (a new view, search or query): the one place that resets."""
        self.beginResetModel()
        self._keys, self._ids, self._descending = keys, ids, descending
        self._cache = {}
        self.endResetModel()

    # --- Qt model interface ------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and section in self.HEADERS:
            return QCoreApplication.translate(self.CONTEXT, str(self.HEADERS[section]))
        return None

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return False  # the whole result is known from the start

    def fetchMore(self, parent: Index = ROOT) -> None:
        return

    # --- rows --------------------------------------------------------------------------

    def row_at(self, n: int) -> RowT | None:
        """The row at position `n`, read (with its block) if it is not cached."""
        if not 0 <= n < len(self._ids):
            return None
        row = self._cache.get(self._ids[n])
        if row is None:
            self._load_block(n)
            row = self._cache.get(self._ids[n])
        return row

    def _load_block(self, n: int) -> None:
        self._keep(self._read_rows(self._block_wanted(n)))

    def _block_wanted(self, n: int) -> list[int]:
        """The ids of position `n`'s block that are not cached."""
        start = n - n % self._block
        return [i for i in self._ids[start : start + self._block] if i not in self._cache]

    def _keep(self, fresh: Mapping[int, RowT]) -> None:
        """Fresh rows into the bounded cache."""
        cache = self._cache
        room = self._cache_rows - len(fresh)
        while cache and len(cache) > room:  # first in, first out: a visible row is read again
            del cache[next(iter(cache))]
        cache.update(fresh)

    def id_at(self, n: int) -> int | None:
        """The id at position `n` (never a read)."""
        return self._ids[n] if 0 <= n < len(self._ids) else None

    def cached_row(self, ident: int) -> RowT | None:
        """The row with this id as shown, if it is cached (never a read)."""
        return self._cache.get(ident)

    def row_of(self, ident: int) -> int | None:
        """The position of the row with this id, or None."""
        try:
            return self._ids.index(ident)
        except ValueError:
            return None

    def ids(self) -> list[int]:
        """Every id of the result, in order."""
        return self._ids.tolist()

    def loaded_ids(self) -> list[int]:
        """The ids whose rows are cached (what a refresh needs to re-read)."""
        return list(self._cache)

    def cached_rows(self) -> list[RowT]:
        return list(self._cache.values())

    def _positions(self, ids: Iterable[int]) -> dict[int, int]:
        wanted = set(ids)
        if not wanted:
            return {}
        if len(wanted) <= 8:
            return {i: n for i in wanted if (n := self.row_of(i)) is not None}
        return {i: n for n, i in enumerate(self._ids) if i in wanted}

    def refresh_cached(self, ids: Iterable[int]) -> None:
        """Re-read the cached rows among `ids` and update them in place (dataChanged per
        changed row); rows not cached are read fresh when shown."""
        wanted = [i for i in dict.fromkeys(ids) if i in self._cache]
        if not wanted:
            return
        fresh = self._read_rows(wanted)
        changed = [i for i in wanted if i in fresh and fresh[i] != self._cache[i]]
        self._cache.update(fresh)
        last = self.columnCount() - 1
        for n in self._positions(changed).values():
            self.dataChanged.emit(self.index(n, 0), self.index(n, last))

    def put_row(self, ident: int, row: RowT) -> None:
        """A fresh row for an id already in the list (dataChanged if shown differently)."""
        n = self.row_of(ident)
        if n is None:
            return
        if self._cache.get(ident) != row:
            self._cache[ident] = row
            self.dataChanged.emit(self.index(n, 0), self.index(n, self.columnCount() - 1))

    def insert_at_key(self, key: int, ident: int, row: RowT) -> int:
        """Insert one new row where its (key, id) sorts; returns its position."""
        n = self._position_for(key, ident)
        self.beginInsertRows(QModelIndex(), n, n)
        self._keys.insert(n, key)
        self._ids.insert(n, ident)
        self._cache[ident] = row
        self.endInsertRows()
        return n

    def merge_keys(self, keys: Iterable[int], ids: Iterable[int]) -> int:
        """Insert the ids of a fresh result (same query and order) that the list lacks,
        each run of neighbours with one beginInsertRows; nothing is reset or moved, so
        selection and scroll stay. Returns how many rows were inserted."""
        have = set(self._ids)
        fresh = [(k, i) for k, i in zip(keys, ids, strict=True) if i not in have]
        j = 0
        while j < len(fresh):
            at = self._position_for(*fresh[j])
            end = j + 1
            while end < len(fresh) and self._position_for(*fresh[end]) == at:
                end += 1  # sorts before the same existing row: the same run
            run = fresh[j:end]
            self.beginInsertRows(QModelIndex(), at, at + len(run) - 1)
            self._keys[at:at] = array("q", [k for k, _ in run])
            self._ids[at:at] = array("q", [i for _, i in run])
            self.endInsertRows()
            j = end
        return len(fresh)

    def _position_for(self, key: int, ident: int) -> int:
        """Binary search over the (key, id) order (ascending, or descending)."""
        keys, ids = self._keys, self._ids
        lo, hi = 0, len(ids)
        target = (key, ident)
        while lo < hi:
            mid = (lo + hi) // 2
            here = (keys[mid], ids[mid])
            before = here > target if self._descending else here < target
            if before:
                lo = mid + 1
            else:
                hi = mid
        return lo
