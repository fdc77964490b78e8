"""Lists in the compose pane that are as tall as their content, up to a limit, and then
scroll: the findings (whole findings only, never one cut mid-sentence) and the files."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QListView


def rows_height(view: QListView, limit: int) -> tuple[int, int]:
    """(height in px of the rows that fit in `limit` px, whole rows only; rows shown)."""
    model = view.model()
    count = model.rowCount() if model is not None else 0
    used, shown = 0, 0
    for row in range(count):
        h = max(view.sizeHintForRow(row), 1) + 2 * view.spacing()
        if shown and used + h > limit:
            break
        used += h
        shown += 1
    return used, shown


class FitToRows(QObject):
    """Keeps `view` exactly as tall as its rows, up to `limit()` px, hidden when empty.

    Refits when rows come or go, change, or the width changes (wrapped text)."""

    def __init__(self, view: QListView, limit: Callable[[], int], *, hide_empty: bool) -> None:
        super().__init__(view)
        self.view = view
        self._limit = limit
        self._hide_empty = hide_empty
        self._width = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.installEventFilter(self)

    def watch(self, model: QAbstractItemModel) -> None:
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.layoutChanged,
        ):
            signal.connect(self.fit)

    def later(self) -> None:
        self._timer.start()

    def fit(self, *_: object) -> None:
        view = self.view
        model = view.model()
        count = model.rowCount() if model is not None else 0
        if self._hide_empty:
            view.setVisible(count > 0)
        frame = 2 * view.frameWidth()
        used, shown = rows_height(view, max(self._limit() - frame, 1))
        lines = view.fontMetrics().lineSpacing() + 6
        height = frame + (used if count else lines)
        view.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if shown < count
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        if view.height() != height or view.minimumHeight() != height:
            view.setFixedHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            width = self.view.width()
            if width != self._width:
                self._width = width
                self.later()  # wrapped rows have another height at another width
        return False


class FindingsView(QListView):
    """`policyFindings`: every finding in full, as tall as they need up to a third of the
    pane, then it scrolls by whole findings."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.minimumHeight())
