"""The thread list (objectName threadsView): one row per thread, subject and snippet with
search words highlighted, scrolled in pages as the model fetches more."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QRegion,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from inbox_app.models.colours import colour, css
from inbox_app.models.formatting import time_left
from inbox_app.models.icons import state_icon
from inbox_app.models.presence_text import PresenceChip
from inbox_app.models.roles import Role
from inbox_app.models.thread_list_model import Column
from inbox_app.views.empty_state import paint_empty_state

Index = QModelIndex | QPersistentModelIndex
MARK = "background-color:#fff176; color:#000000;"
ROW_HEIGHT = 42  # two text lines
SUBJECT_MIN = 160  # below this the activity column steps aside, then the buyer narrows
BUYER_WIDTH, BUYER_NARROW = 108, 72


def highlight_html(text: str, terms: tuple[str, ...]) -> str:
    """`text` escaped, with each search word (prefix match, any case) marked."""
    if not terms:
        return html.escape(text)
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.I)
    out, last = [], 0
    for m in pattern.finditer(text):
        out.append(html.escape(text[last : m.start()]))
        out.append(f"<span style='{MARK}'>{html.escape(m.group(0))}</span>")
        last = m.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def around_match(text: str, terms: tuple[str, ...], before: int = 24) -> str:
    """`text` starting shortly before its first search word (so the match is visible)."""
    lower = text.lower()
    hits = [i for i in (lower.find(t.lower()) for t in terms) if i >= 0]
    if not hits or min(hits) <= before:
        return text
    start = text.rfind(" ", 0, min(hits) - before // 2)
    return "…" + text[(start + 1 if start >= 0 else min(hits) - before) :]


def _chip_font(opt: QStyleOptionViewItem) -> QFont:
    font = QFont(opt.font)
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
    return font


def paint_chip(
    painter: QPainter, opt: QStyleOptionViewItem, rect: QRect, text: str, selected: bool
) -> int:
    """The assignee's name in a rounded chip at the right of the subject line; returns
    the width it takes (the subject is clipped before it)."""
    font = _chip_font(opt)
    metrics = QFontMetrics(font)
    label = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(40, rect.width() // 3))
    width, height = metrics.horizontalAdvance(label) + 12, metrics.height() + 2
    box = QRectF(rect.right() - width - 2, rect.top() + 3, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = opt.palette.color(
        QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Mid
    )
    painter.setPen(fill)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(box, height / 2, height / 2)
    painter.setFont(font)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    painter.setPen(opt.palette.color(role))
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), label)
    painter.restore()
    return width + 6


def chip_label(metrics: QFontMetrics, chip: PresenceChip, room: int) -> str:
    """The chip's text in `room` pixels: the name elided, never the count ("Chiara… +2")."""
    if metrics.horizontalAdvance(chip.text) <= room or not chip.person:
        return chip.text
    rest = metrics.horizontalAdvance(chip.text.replace(chip.person, "", 1))
    name = metrics.elidedText(chip.person, Qt.TextElideMode.ElideRight, max(12, room - rest))
    return chip.text.replace(chip.person, name, 1)


def paint_presence_chip(
    painter: QPainter, opt: QStyleOptionViewItem, rect: QRect, chip: PresenceChip
) -> int:
    """Who else is on the thread, at the right of the snippet line, filled in the banner's
    amber (a pencil while someone replies); returns the width it takes. The same colours
    selected or not: the chip is its own background."""
    font = _chip_font(opt)
    metrics = QFontMetrics(font)
    height = metrics.height() + 2
    pencil = height if chip.replying else 0
    label = chip_label(metrics, chip, max(48, rect.width() // 2) - pencil - 12)
    width = metrics.horizontalAdvance(label) + 12 + pencil
    box = QRectF(rect.right() - width - 2, rect.bottom() - height - 2, width, height)
    palette = opt.palette
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(colour("banner_border", palette))
    painter.setBrush(colour("banner", palette))
    painter.drawRoundedRect(box, height / 2, height / 2)
    text_box = QRectF(box)
    if chip.replying:
        side = height - 4
        state_icon("presence_replying").paint(
            painter, QRect(int(box.left()) + 6, int(box.top()) + 2, side, side)
        )
        text_box.setLeft(box.left() + pencil)
    painter.setFont(font)
    painter.setPen(colour("banner_text", palette))
    painter.drawText(text_box, int(Qt.AlignmentFlag.AlignCenter), label)
    painter.restore()
    return width + 6


class SubjectDelegate(QStyledItemDelegate):
    """Subject (bold when unread) and a grey snippet line, search words highlighted."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        terms = tuple(index.data(Role.HIGHLIGHT) or ())
        subject = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        snippet = around_match(str(index.data(Role.SECONDARY) or ""), terms)
        bold = bool(index.data(Role.UNREAD))
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        grey = (
            opt.palette.color(QPalette.ColorRole.HighlightedText).name()
            if selected
            else css("muted", opt.palette)
        )
        weight = "bold" if bold else "normal"
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(2)
        # two lines: the subject, then what the buyer wrote (Amazon's subjects say little)
        doc.setHtml(
            f"<div style='font-weight:{weight}; white-space:pre'>{highlight_html(subject, terms)}"
            f"</div><div style='color:{grey}; font-weight:normal; white-space:pre'>"
            f"{highlight_html(snippet, terms)}"
            "</div>"
        )
        rect = (
            style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
            if style
            else opt.rect
        )
        assignee = index.data(Role.ASSIGNEE)
        chip = paint_chip(painter, opt, rect, str(assignee), selected) if assignee else 0
        others = index.data(Role.PRESENCE_CHIP)
        # who else is on it: under the assignee, at the end of the snippet line
        below = paint_presence_chip(painter, opt, rect, others) if others else 0
        painter.save()
        doc.setTextWidth(-1)
        offset = max(0.0, (rect.height() - doc.size().height()) / 2)
        painter.translate(rect.left(), rect.top() + offset)
        half = rect.height() / 2  # the subject line above, the snippet line below
        clip = QRegion(QRect(0, int(-offset), rect.width() - chip, int(half)))
        clip += QRegion(QRect(0, int(half - offset), rect.width() - below, rect.height()))
        painter.setClipRegion(clip)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), ROW_HEIGHT))


class ThreadListView(QTableView):
    """A row-selecting table over the thread display proxy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("threadsView")
        self.placeholder_text = ""
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setSortingEnabled(False)  # the SQL sorts
        self.setTabKeyNavigation(False)  # Tab goes on to the conversation, not the next cell
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(False)
        self.setItemDelegateForColumn(Column.SUBJECT, SubjectDelegate(self))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.horizontalHeader().customContextMenuRequested.connect(self._header_menu)
        self._auto_hidden: dict[int, int] = {}  # columns hidden for room -> their width
        self._narrowed = False

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Ctrl+End (End) goes to the last thread there is: a search showing a first
        window of its matches reads the wider windows first (a few, bounded)."""
        model = self.model()
        if action == QAbstractItemView.CursorAction.MoveEnd and model is not None:
            while model.canFetchMore(QModelIndex()):
                model.fetchMore(QModelIndex())
        return super().moveCursor(action, modifiers)

    def set_placeholder(self, text: str) -> None:
        """What the empty list says ("No threads match …")."""
        self.placeholder_text = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_empty_state(self, self.placeholder_text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """On a narrow list the subject keeps room: the activity column steps aside
        first, then the buyer column narrows; both come back when there is room."""
        header = self.horizontalHeader()
        if self.model() is None or header.count() <= Column.ACTIVITY:
            return
        available = self.viewport().width()

        def others() -> int:
            return sum(
                header.sectionSize(c)
                for c in range(header.count())
                if c != Column.SUBJECT and not header.isSectionHidden(c)
            )

        if available - others() < SUBJECT_MIN:
            if not header.isSectionHidden(Column.ACTIVITY):
                self._auto_hidden[Column.ACTIVITY] = header.sectionSize(Column.ACTIVITY)
                header.setSectionHidden(Column.ACTIVITY, True)
            # a width the seller chose is theirs: only the default one narrows
            default = header.sectionSize(Column.BUYER) == BUYER_WIDTH
            if available - others() < SUBJECT_MIN and not self._narrowed and default:
                self._narrowed = True
                header.resizeSection(Column.BUYER, BUYER_NARROW)
            return
        roomy = available - others() - SUBJECT_MIN
        if self._narrowed and header.sectionSize(Column.BUYER) != BUYER_NARROW:
            self._narrowed = False  # the seller has resized it since
        if self._narrowed and roomy >= BUYER_WIDTH - BUYER_NARROW:
            self._narrowed = False
            header.resizeSection(Column.BUYER, BUYER_WIDTH)
            roomy -= BUYER_WIDTH - BUYER_NARROW
        # (a hidden section's size is 0: the width it had is what it needs back)
        width = self._auto_hidden.get(Column.ACTIVITY)
        if not self._narrowed and width is not None and roomy >= width:
            del self._auto_hidden[Column.ACTIVITY]
            header.setSectionHidden(Column.ACTIVITY, False)

    def apply_default_widths(self, *, hide_extra: bool = False) -> None:
        header = self.horizontalHeader()
        widths = {
            Column.DUE: self._due_width(),
            Column.BUYER: BUYER_WIDTH,
            Column.SUBJECT: 300,
            Column.ORDER: 150,
            Column.MARKETPLACE: 56,
            Column.ACTIVITY: 84,
        }
        for col, width in widths.items():
            header.resizeSection(col, width)
        header.setSectionResizeMode(Column.SUBJECT, QHeaderView.ResizeMode.Stretch)
        # the order id is in the conversation header and the order panel; a right-click
        # on the header brings these columns back
        header.setSectionHidden(Column.ORDER, hide_extra)
        header.setSectionHidden(Column.MARKETPLACE, hide_extra)

    def _due_width(self) -> int:
        """Wide enough for the longest clock text in this language ("in ritardo di 23 h")."""
        font = QFont(self.font())
        font.setBold(True)  # unread rows are bold
        metrics = QFontMetrics(font)
        samples = (
            time_left(-23 * 3600),
            time_left(-6 * 86400),
            time_left(-59 * 60),
            time_left(23 * 3600 + 59 * 60),
        )
        return max(100, max(metrics.horizontalAdvance(t) for t in samples) + 24)

    def _header_menu(self, pos: QPoint) -> None:
        header = self.horizontalHeader()
        model = self.model()
        if model is None:
            return
        menu = QMenu(self)
        for col in range(1, model.columnCount()):
            title = str(model.headerData(col, Qt.Orientation.Horizontal))
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(col))
            action.toggled.connect(lambda on, c=col: self._choose_column(c, on))
        menu.exec(header.mapToGlobal(pos))

    def _choose_column(self, column: int, shown: bool) -> None:
        """The seller's own choice wins over hiding for room."""
        self._auto_hidden.pop(column, None)
        self.horizontalHeader().setSectionHidden(column, not shown)
