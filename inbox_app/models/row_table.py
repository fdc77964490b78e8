"""The skeleton every table model of frozen rows shares: counts and translated headers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the (invalid) root index, as a default argument


class RowTableModel(QAbstractTableModel):
    """A flat table over `self._rows`; subclasses name their columns in HEADERS (column
    -> English title, marked with QT_TRANSLATE_NOOP under CONTEXT) and fill `_rows`."""

    HEADERS: ClassVar[Mapping[int, object]] = {}
    CONTEXT: ClassVar[str] = ""
    _rows: Sequence[Any]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and section in self.HEADERS:
            return QCoreApplication.translate(self.CONTEXT, str(self.HEADERS[section]))
        return None
