"""The compose pane's attachments: scanning / accepted / refused, with the running total."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from inbox_app.models.colours import colour
from inbox_app.models.formatting import human_size
from inbox_app.models.icons import attachment_icon

_BASE = int(Qt.ItemDataRole.UserRole) + 220
TOTAL_LIMIT = 7 * 1024 * 1024  # the stricter of Amazon's limits (POLICY.md)
Index = QModelIndex | QPersistentModelIndex
_keys = itertools.count(1)


class AttachmentRole(IntEnum):
    """Roles of the attachments model."""

    ITEM = _BASE + 1  # the AttachmentItem
    KEY = _BASE + 2  # the item's stable key (int) within this model
    STATE = _BASE + 3  # "scanning" | "ok" | "refused"
    PROBLEM = _BASE + 4  # why it is refused (str) or None


@dataclass(frozen=True, slots=True)
class AttachmentItem:
    """One file on the draft. `sha256` is set once its bytes are in the BlobStore."""

    key: int
    filename: str
    size: int
    state: str = "scanning"  # scanning | ok | refused
    sha256: str | None = None
    media_type: str = ""
    description: str = ""
    problem: str | None = None  # from the scan: type, links, damage...
    over_limit: bool = False  # accepted alone, but the total would pass the limit

    @property
    def refused(self) -> bool:
        return self.state == "refused" or self.over_limit

    def reason(self) -> str:
        if self.problem:
            return self.problem
        if self.over_limit:
            return QCoreApplication.translate(
                "AttachmentsModel", "all attachments together would be over {limit}"
            ).format(limit=human_size(TOTAL_LIMIT))
        return ""


def new_key() -> int:
    return next(_keys)


class AttachmentsModel(QAbstractListModel):
    """Attachments in the order the seller added them; updated in place as scans finish."""

    total_changed = Signal(int)  # the running total of bytes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[AttachmentItem] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        tr = QCoreApplication.translate
        if role == Qt.ItemDataRole.DisplayRole:
            if item.state == "scanning":
                return tr("AttachmentsModel", "{name} — checking…").format(name=item.filename)
            text = f"{item.filename} — {human_size(item.size)}"
            if item.refused:
                text += " — " + tr("AttachmentsModel", "refused: {why}").format(why=item.reason())
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = item.description or item.media_type
            if item.refused:
                return tr("AttachmentsModel", "Cannot be sent: {why}\nContent: {kind}").format(
                    why=item.reason(), kind=kind or "?"
                )
            return kind or None
        if role == Qt.ItemDataRole.ForegroundRole and item.refused:
            return QBrush(colour("danger"))
        if role == Qt.ItemDataRole.DecorationRole:
            return attachment_icon(item.media_type, item.refused)
        if role == AttachmentRole.ITEM:
            return item
        if role == AttachmentRole.KEY:
            return item.key
        if role == AttachmentRole.STATE:
            return item.state
        if role == AttachmentRole.PROBLEM:
            return item.reason() or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # --- ours ----------------------------------------------------------------------

    def items(self) -> tuple[AttachmentItem, ...]:
        return tuple(self._items)

    def item(self, row: int) -> AttachmentItem:
        return self._items[row]

    def row_of(self, key: int) -> int:
        for row, item in enumerate(self._items):
            if item.key == key:
                return row
        return -1

    def total(self) -> int:
        """Bytes of every file that would be sent (refused ones too: they block sending)."""
        return sum(i.size for i in self._items)

    def counted_total(self) -> int:
        """Bytes of the files that would leave: refused ones do not count."""
        return sum(i.size for i in self._items if not i.refused)

    def any_over_limit(self) -> bool:
        return any(i.over_limit for i in self._items)

    def busy(self) -> bool:
        return any(i.state == "scanning" for i in self._items)

    def add(self, item: AttachmentItem) -> None:
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(item)
        self.endInsertRows()
        self.total_changed.emit(self.total())

    def update(self, key: int, **changes: Any) -> AttachmentItem | None:
        row = self.row_of(key)
        if row < 0:
            return None  # removed while its scan was running
        self._items[row] = replace(self._items[row], **changes)
        idx = self.index(row)
        self.dataChanged.emit(idx, idx)
        self.total_changed.emit(self.total())
        return self._items[row]

    def remove_rows(self, rows: Iterable[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._items):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._items[row]
                self.endRemoveRows()
        self.total_changed.emit(self.total())

    def apply_total_limit(self, limit: int = TOTAL_LIMIT) -> None:
        """Mark, in the order they were added, the files that push the total over `limit`."""
        running, changed = 0, False
        for row, item in enumerate(self._items):
            over = False
            if item.state == "ok":
                over = running + item.size > limit
                if not over:
                    running += item.size
            if over != item.over_limit:
                self._items[row] = replace(item, over_limit=over)
                idx = self.index(row)
                self.dataChanged.emit(idx, idx)
                changed = True
        if changed:
            self.total_changed.emit(self.total())  # the counted total changed with it

    def accepted_total(self) -> int:
        return sum(i.size for i in self._items if not i.refused)

    def replace_all(self, items: Iterable[AttachmentItem]) -> None:
        """A different draft was loaded: the whole row set changes."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()
        self.total_changed.emit(self.total())
