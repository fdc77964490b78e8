"""The sidebar: saved views with their counts (counts arrive from a worker after start-up)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from inbox_app.models.roles import Role
from inbox_app.models.views_model import ViewsModel

Index = QModelIndex | QPersistentModelIndex


class CountDelegate(QStyledItemDelegate):
    """Paints the view's name and, right-aligned, its count."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        count = index.data(Role.COUNT)
        count_text = "" if count is None else f"{count:,}"
        metrics = opt.fontMetrics
        reserve = metrics.horizontalAdvance(count_text) + 16 if count_text else 0
        # a narrow sidebar (small screens) cuts the row, never the count
        visible = QRect(opt.rect)
        if isinstance(widget, QAbstractItemView):
            visible.setRight(min(visible.right(), widget.viewport().width() - 1))
        text_rect = (
            style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
            .intersected(visible)
            .adjusted(0, 0, -reserve, 0)
        )
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        # the name, elided before the count (long names in some languages)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if selected:
            painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText))
        elif foreground is not None:
            painter.setPen(QPen(foreground.color() if hasattr(foreground, "color") else foreground))
        else:
            painter.setPen(opt.palette.color(QPalette.ColorRole.Text))
        elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided
        )
        if count_text:
            role = (
                QPalette.ColorRole.HighlightedText
                if selected
                else QPalette.ColorRole.PlaceholderText
            )
            painter.setPen(opt.palette.color(role))
            painter.drawText(
                visible.adjusted(0, 0, -10, 0),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                count_text,
            )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 60, max(size.height(), 26))


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
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.selectionModel().currentChanged.connect(self._current_changed)
        self._quiet = False

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
