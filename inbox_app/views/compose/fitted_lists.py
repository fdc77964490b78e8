"""Lists in the compose pane that are as tall as their content, up to a limit, and then
scroll: the findings (whole findings only, never one cut mid-sentence) and the files."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyleOptionViewItem


def row_heights(view: QListView, width: int) -> list[int]:
    """The height in px of each row as the view lays it out at `width` px (wrapped text is
    taller when narrower; `sizeHintForRow` measures unwrapped text, one line per row)."""
    model = view.model()
    count = model.rowCount() if model is not None else 0
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = QRect(0, 0, max(width, 1), 1)
    heights = []
    for row in range(count):
        index = model.index(row, view.modelColumn())
        hint = view.itemDelegateForIndex(index).sizeHint(option, index)
        heights.append(max(hint.height(), 1) + 2 * view.spacing())
    return heights


def first_rows_height(view: QListView, count: int) -> int:
    """The height in px of the first `count` rows and the frame, measured at the width a
    scroll bar leaves (a limit that lets them show whole whether or not more follow)."""
    bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
    width = view.width() - 2 * view.frameWidth() - bar
    return sum(row_heights(view, width)[:count]) + 2 * view.frameWidth()


def rows_height(view: QListView, limit: int, width: int | None = None) -> tuple[int, int]:
    """(height in px of the rows that fit in `limit` px, whole rows only; rows shown), the
    rows measured at `width` px (the viewport's width without a scroll bar by default),
    and at the narrower width a scroll bar leaves when they do not all fit."""
    if width is None:
        width = view.width() - 2 * view.frameWidth()
    heights = row_heights(view, width)
    if sum(heights) > limit:
        bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        heights = row_heights(view, width - bar)
    used, shown = 0, 0
    for h in heights:
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
        self._used = 0
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        self._check = QTimer(self)  # a child: it dies with the view, never fires after it
        self._check.setSingleShot(True)
        self._check.setInterval(0)
        self._check.timeout.connect(self._recheck)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)  # a scroll bar coming narrows the rows

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
        port = view.viewport().height()
        # what the frame and margins take (as laid out; the frame alone before that)
        frame = view.height() - port if view.isVisible() and port > 0 else 2 * view.frameWidth()
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
        self._used = used if count else 0
        self._check.start()  # once laid out: are the rows shown whole?

    def _recheck(self) -> None:
        port = self.view.viewport().height()
        if self.view.isVisible() and self._used and port != self._used and not self._again:
            self._again = True
            try:
                self.fit()  # the frame and margins as laid out, not as guessed
            finally:
                self._again = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            width = self.view.viewport().width()
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
