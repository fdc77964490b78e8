"""The sidebar: saved views with their counts (counts arrive from a worker after start-up).
A name too long for a narrow sidebar (small screens, Italian) wraps onto more lines and
its row grows; it is never cut."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from inbox_app.models.formatting import number
from inbox_app.models.roles import Role
from inbox_app.models.views_model import ViewsModel

Index = QModelIndex | QPersistentModelIndex


ROW_MIN = 26
PADDING = 4  # above and below a wrapped name


def breakable(name: str) -> str:
    """The name with a zero-width space after its first dot: "Amazon.co.uk" may break
    after "Amazon." in a narrow sidebar instead of inside a word."""
    return name.replace(".", ".\u200b", 1)


def name_lines(name: str, font: QFont, width: int) -> QTextLayout:
    """The name laid out in lines at most `width` px wide (at word boundaries; inside a
    word only when one word alone is wider)."""
    metrics = QFontMetrics(font)
    layout = QTextLayout(breakable(name), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        line.setPosition(QPointF(0, y))
        y += metrics.lineSpacing()
    layout.endLayout()
    return layout


class CountDelegate(QStyledItemDelegate):
    """Paints the view's name (wrapped when it must) and, right-aligned, its count."""

    def text_rect(self, opt: QStyleOptionViewItem, index: Index) -> QRect:
        """Where the name goes in a row: beside the icon, before the count."""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        count = index.data(Role.COUNT)
        count_text = "" if count is None else number(count)
        reserve = opt.fontMetrics.horizontalAdvance(count_text) + 16 if count_text else 0
        # a narrow sidebar (small screens) cuts the row, never the count
        visible = QRect(opt.rect)
        if isinstance(widget, QAbstractItemView):
            visible.setRight(min(visible.right(), widget.viewport().width() - 1))
        return (
            style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
            .intersected(visible)
            .adjusted(0, 0, -reserve, 0)
        )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        count = index.data(Role.COUNT)
        count_text = "" if count is None else number(count)
        metrics = opt.fontMetrics
        text_rect = self.text_rect(opt, index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if selected:
            painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText))
        elif foreground is not None:
            painter.setPen(QPen(foreground.color() if hasattr(foreground, "color") else foreground))
        else:
            painter.setPen(opt.palette.color(QPalette.ColorRole.Text))
        layout = name_lines(name, opt.font, text_rect.width())
        height = layout.lineCount() * metrics.lineSpacing()
        top = text_rect.top() + max(0, (text_rect.height() - height) // 2)
        layout.draw(painter, QPointF(text_rect.left(), top))
        if count_text:
            role = (
                QPalette.ColorRole.HighlightedText
                if selected
                else QPalette.ColorRole.PlaceholderText
            )
            painter.setPen(opt.palette.color(role))
            visible = QRect(opt.rect)
            if isinstance(widget, QAbstractItemView):
                visible.setRight(min(visible.right(), widget.viewport().width() - 1))
            painter.drawText(
                visible.adjusted(0, 0, -10, 0),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                count_text,
            )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        height = max(size.height(), ROW_MIN)
        if isinstance(widget, QAbstractItemView) and widget.viewport().width() > 0:
            opt.rect = QRect(0, 0, widget.viewport().width(), height)
            layout = name_lines(opt.text, opt.font, self.text_rect(opt, index).width())
            lines = layout.lineCount() * opt.fontMetrics.lineSpacing() + 2 * PADDING
            height = max(height, lines)
        return QSize(size.width() + 60, height)


class Sidebar(QListView):
    """Saved views; emits `view_chosen(key)` when the seller picks one."""

    view_chosen = Signal(str)

    def __init__(self, model: ViewsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setModel(model)
        self._model = model
        self.setItemDelegate(CountDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # rows grow when a name wraps; the rows are laid out again when the width changes
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.selectionModel().currentChanged.connect(self._current_changed)
        self._quiet = False

    def least_width(self) -> int:
        """The narrowest sidebar in which every name wraps between words, never inside
        one: the longest word beside the icon and the widest count (three digits before
        the counts arrive)."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return 0
        delegate = self.itemDelegate()
        assert isinstance(delegate, CountDelegate)
        opt = QStyleOptionViewItem()
        self.initViewItemOption(opt)
        index = model.index(0, 0)
        delegate.initStyleOption(opt, index)
        opt.rect = QRect(0, 0, 400, ROW_MIN)
        style = self.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, self)
        used = 400 - text.width()  # the icon and the margins
        counts = [model.index(r, 0).data(Role.COUNT) for r in range(model.rowCount())]
        widest = max((number(c) for c in counts if c is not None), key=len, default="999")
        used += opt.fontMetrics.horizontalAdvance(max(widest, "999", key=len)) + 16  # a count
        metrics = opt.fontMetrics
        words = (
            word
            for row in range(model.rowCount())
            for word in breakable(str(model.index(row, 0).data())).replace("\u200b", " ").split()
        )
        longest = max((metrics.horizontalAdvance(w) for w in words), default=0)
        return used + longest + 2 * self.frameWidth() + 2

    def select_key(self, key: str) -> None:
        """Highlight a view without emitting `view_chosen` (the window already shows it)."""
        row = self._model.row_of(key)
        if row is None:
            return
        self._quiet = True
        try:
            self.setCurrentIndex(self._model.index(row))
        finally:
            self._quiet = False

    def current_key(self) -> str | None:
        index = self.currentIndex()
        key = index.data(Role.VIEW_KEY) if index.isValid() else None
        return key if isinstance(key, str) else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        key = current.data(Role.VIEW_KEY)
        if isinstance(key, str):
            self.view_chosen.emit(key)
