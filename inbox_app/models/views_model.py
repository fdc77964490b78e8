"""The sidebar's saved views (All open, Due in < 4 h, ..., one per marketplace) with counts."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from inbox_app.models.colours import colour
from inbox_app.models.formatting import SOON_SECONDS
from inbox_app.models.icons import view_icon
from inbox_app.models.roles import Role
from inbox_app.store.marketplaces import BY_CODE
from inbox_app.store.queries.thread_filter import ThreadFilter
from inbox_app.store.rows import ViewCounts

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the (invalid) root index, as a default argument

FIXED_VIEWS = (
    "open",
    "due_soon",
    "overdue",
    "opted_out",
    "answered",
    "no_response_needed",
    "outbox",
    "drafts",
    "sent",
)
# the mailbox views: threads by the status of one of their messages, in any thread state
MAILBOX_STATUSES = {
    "outbox": ("queued", "sending", "failed", "unknown"),
    "drafts": ("draft",),
    "sent": ("sent",),
}
DEFAULT_VIEW = "open"
MINE_VIEW = "mine"  # a team seat's own threads; a row only on a team inbox (add_view)


def view_label(key: str) -> str:
    labels = {
        "open": QCoreApplication.translate("Views", "All open"),
        "due_soon": QCoreApplication.translate("Views", "Due in < 4 h"),
        "overdue": QCoreApplication.translate("Views", "Overdue"),
        "opted_out": QCoreApplication.translate("Views", "Opted-out buyers"),
        "answered": QCoreApplication.translate("Views", "Answered"),
        "no_response_needed": QCoreApplication.translate("Views", "No response needed"),
        MINE_VIEW: QCoreApplication.translate("Views", "Mine"),
        "outbox": QCoreApplication.translate("Views", "Outbox"),
        "drafts": QCoreApplication.translate("Views", "Drafts"),
        "sent": QCoreApplication.translate("Views", "Sent"),
    }
    if key in labels:
        return labels[key]
    if key.startswith("mp:"):
        code = key[3:]
        mp = BY_CODE.get(code)
        return mp.name if mp else code
    return key


def is_valid_view(key: str) -> bool:
    return key in FIXED_VIEWS or key == MINE_VIEW or (key.startswith("mp:") and key[3:] in BY_CODE)


def filter_for(key: str, now: datetime, seat_id: str | None = None) -> ThreadFilter:
    """The SQL filter of a saved view (evaluated at `now` for the deadline views; "Mine"
    is `seat_id`'s open threads, none without a seat)."""
    base = ThreadFilter()
    if key == MINE_VIEW:
        return replace(base, assigned_to=seat_id or "")
    if key in MAILBOX_STATUSES:
        return replace(base, states=None, message_statuses=MAILBOX_STATUSES[key], sort="activity")
    if key == "due_soon":
        return replace(base, due_after=now, due_before=now + timedelta(seconds=SOON_SECONDS))
    if key == "overdue":
        return replace(base, due_before=now)
    if key == "opted_out":
        return replace(base, opted_out=True)
    if key == "answered":
        return replace(base, states=("answered",), sort="activity")
    if key == "no_response_needed":
        return replace(base, states=("no_response_needed",), sort="activity")
    if key.startswith("mp:"):
        return replace(base, marketplace=key[3:])
    return base


def _count_of(counts: ViewCounts, key: str) -> int | None:
    if key.startswith("mp:"):
        return counts.per_marketplace.get(key[3:], 0)
    value = getattr(counts, "all_open" if key == "open" else key, None)
    return value if isinstance(value, int) else None


class ViewsModel(QAbstractListModel):
    """Saved views; marketplace rows appear once the counts (from a worker) arrive."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys: list[str] = list(FIXED_VIEWS)
        self._counts: ViewCounts | None = None

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        key = self._keys[index.row()]
        count = _count_of(self._counts, key) if self._counts is not None else None
        if role == Qt.ItemDataRole.DisplayRole:
            return view_label(key)
        if role == Role.VIEW_KEY:
            return key
        if role == Role.COUNT:
            return count
        if role == Qt.ItemDataRole.ToolTipRole:
            n = index.row() + 1
            return (
                QCoreApplication.translate("Views", "Ctrl+%1").replace("%1", str(n))
                if n <= 9
                else None
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return view_icon(key)
        if role == Qt.ItemDataRole.ForegroundRole and key in ("overdue", "outbox") and count:
            return QBrush(colour("danger" if key == "overdue" else "warning"))
        return None

    # --- our interface -----------------------------------------------------------------

    def keys(self) -> list[str]:
        return list(self._keys)

    def row_of(self, key: str) -> int | None:
        return self._keys.index(key) if key in self._keys else None

    def ensure_view(self, key: str) -> None:
        """Make sure a (valid) marketplace view has a row, e.g. the remembered one ("Mine"
        gets its row, after "All open", from the team's part: add_view)."""
        if key in self._keys or not key.startswith("mp:") or not is_valid_view(key):
            return
        self._insert_marketplaces([key])

    def add_view(self, key: str, after: str = DEFAULT_VIEW) -> None:
        """A view only some stores have ("Mine" on a team inbox), placed after `after`."""
        if key in self._keys:
            return
        pos = self._keys.index(after) + 1 if after in self._keys else 0
        self.beginInsertRows(QModelIndex(), pos, pos)
        self._keys.insert(pos, key)
        self.endInsertRows()

    def set_counts(self, counts: ViewCounts) -> None:
        self._counts = counts
        self._insert_marketplaces([f"mp:{code}" for code in counts.per_marketplace])
        if self._keys:
            self.dataChanged.emit(self.index(0), self.index(len(self._keys) - 1))

    def _insert_marketplaces(self, keys: list[str]) -> None:
        for key in sorted(keys):
            if key in self._keys or not is_valid_view(key):
                continue
            mps = [k for k in self._keys if k.startswith("mp:")]
            pos = len(self._keys) - len(mps) + sum(1 for k in mps if k < key)
            self.beginInsertRows(QModelIndex(), pos, pos)
            self._keys.insert(pos, key)
            self.endInsertRows()
