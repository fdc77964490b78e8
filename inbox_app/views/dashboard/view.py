"""The dashboard widget (objectName metricsDashboard): three period cards side by side,
the daily chart for the chosen period, the marketplaces, the next deadlines.

It only shows what it is handed (`show_snapshot`), updating its widgets in place; the
controller reads the store off the GUI thread.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inbox_app.services.dashboard import DashboardSnapshot
from inbox_app.services.deadlines import Deadline
from inbox_app.services.metrics import PERIODS, Metrics
from inbox_app.views.dashboard.cards import PeriodCard
from inbox_app.views.dashboard.chart import DailyChart
from inbox_app.views.dashboard.format import DEFAULT_TARGET, hours, percent
from inbox_app.views.dashboard.people import PeopleTable

THREAD_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("MetricsDashboard", text)


def marketplace_columns() -> list[str]:
    return [
        _tr("Marketplace"),
        _tr("Messages"),
        _tr("Within 24 h"),
        _tr("Late"),
        _tr("Unanswered"),
        _tr("Late rate"),
        _tr("Average"),
    ]


def time_left(deadline: Deadline, now: datetime) -> str:
    left = deadline.seconds_left(now)
    h, m = divmod(abs(left) // 60, 60)
    span = _tr("%1 h %2 min").replace("%1", str(h)).replace("%2", f"{m:02d}")
    return (
        _tr("overdue by %1").replace("%1", span) if left < 0 else _tr("%1 left").replace("%1", span)
    )


class MetricsDashboard(QWidget):
    """Emits `thread_activated(thread_id)` when a deadline is clicked or Enter is pressed."""

    thread_activated = Signal(int)
    period_changed = Signal(int)
    shown = Signal()  # the tab came into view: time for fresh figures

    def __init__(self, target_within: float = DEFAULT_TARGET, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("metricsDashboard")
        self.target_within = target_within
        self.snapshot: DashboardSnapshot | None = None
        # in a scroll area: on a short screen (1024x700) the window keeps its height and
        # the figures scroll, rather than the window growing past the screen's bottom
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        area = QScrollArea(self)
        area.setObjectName("dashboardScroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        page.addWidget(area)
        content = QWidget(area)
        area.setWidget(content)
        outer = QVBoxLayout(content)
        header = QHBoxLayout()
        self.target_label = QLabel(self)
        self.target_label.setObjectName("targetLabel")
        header.addWidget(self.target_label)
        header.addStretch(1)
        self.status = QLabel(_tr("Loading…"), self)
        self.status.setObjectName("dashboardStatus")
        header.addWidget(self.status)
        outer.addLayout(header)
        cards = QHBoxLayout()
        self.cards = {days: PeriodCard(days, self) for days in PERIODS}
        for card in self.cards.values():
            cards.addWidget(card, 1)
        outer.addLayout(cards)

        chart_bar = QHBoxLayout()
        chart_bar.addWidget(QLabel(_tr("Chart period:"), self))
        self.period = QComboBox(self)
        self.period.setObjectName("chartPeriod")
        for days in PERIODS:
            self.period.addItem(_tr("%1 days").replace("%1", str(days)), days)
        self.period.setCurrentIndex(PERIODS.index(30))
        self.period.currentIndexChanged.connect(self._period_picked)
        chart_bar.addWidget(self.period)
        chart_bar.addStretch(1)
        outer.addLayout(chart_bar)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("dashboardSplitter")
        self.chart = DailyChart(split)
        bottom = QWidget(split)
        lists = QHBoxLayout(bottom)
        lists.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(QLabel(_tr("Marketplaces (chart period)"), bottom))
        columns = marketplace_columns()
        self.marketplaces = QTableWidget(0, len(columns), bottom)
        self.marketplaces.setObjectName("marketplaceTable")
        self.marketplaces.setHorizontalHeaderLabels(columns)
        self.marketplaces.verticalHeader().setVisible(False)
        self.marketplaces.verticalHeader().setDefaultSectionSize(22)
        self.marketplaces.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.marketplaces.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        left.addWidget(self.marketplaces, 1)
        # a team inbox: each teammate's figures (hidden for a single seller)
        self.people_label = QLabel(_tr("People (chart period)"), bottom)
        self.people = PeopleTable(bottom)
        for widget in (self.people_label, self.people):
            widget.setVisible(False)
            left.addWidget(widget)
        right = QVBoxLayout()
        right.addWidget(QLabel(_tr("Closest to their deadline"), bottom))
        self.deadlines = QListWidget(bottom)
        self.deadlines.setObjectName("deadlineList")
        # long subjects wrap instead of hiding behind a horizontal scroll bar
        self.deadlines.setWordWrap(True)
        self.deadlines.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.deadlines.itemActivated.connect(self._open)
        self.deadlines.itemClicked.connect(self._open)
        right.addWidget(self.deadlines, 1)
        # the table's columns fit in every language (Italian headers are the widest)
        lists.addLayout(left, 1)
        lists.addLayout(right, 1)
        split.addWidget(self.chart)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer.addWidget(split, 1)
        self._show_target()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()

    @property
    def chart_days(self) -> int:
        return int(self.period.currentData())

    def set_target(self, target_within: float) -> None:
        self.target_within = target_within
        self._show_target()
        if self.snapshot is not None:
            self.show_snapshot(self.snapshot)

    def _show_target(self) -> None:
        self.target_label.setText(
            _tr("Your target: %1 of buyer messages answered within 24 hours").replace(
                "%1", percent(self.target_within)
            )
        )

    def _period_picked(self) -> None:
        self.period_changed.emit(self.chart_days)
        if self.snapshot is not None:
            self._show_period(self.snapshot.periods[self.chart_days])

    def _open(self, item: QListWidgetItem) -> None:
        self.thread_activated.emit(int(item.data(THREAD_ROLE)))

    def show_snapshot(self, snapshot: DashboardSnapshot) -> None:
        """Put a fresh snapshot on screen, in place (selection and scroll kept)."""
        self.snapshot = snapshot
        for days, card in self.cards.items():
            card.show_metrics(snapshot.periods[days], self.target_within)
        self._show_period(snapshot.periods[self.chart_days])
        self._show_deadlines(snapshot.deadlines, snapshot.now)
        self.status.setText(
            _tr("As of %1").replace("%1", snapshot.now.astimezone().strftime("%H:%M"))
        )

    def _show_period(self, metrics: Metrics) -> None:
        self.chart.show_metrics(metrics)
        people = self.snapshot.people if self.snapshot is not None else None
        for widget in (self.people_label, self.people):
            widget.setVisible(people is not None)
        if people is not None:
            self.people.show_people(people.get(metrics.period_days, []))
        rows = list(metrics.by_marketplace.items())
        self.marketplaces.setRowCount(len(rows))
        for r, (code, c) in enumerate(rows):
            cells = (
                code,
                str(c.messages),
                str(c.within_24h),
                str(c.late),
                str(c.unanswered),
                percent(c.late_response_rate),
                hours(c.average_response_hours),
            )
            for col, text in enumerate(cells):
                item = self.marketplaces.item(r, col)
                if item is None:
                    item = QTableWidgetItem()
                    self.marketplaces.setItem(r, col, item)
                item.setText(text)

    def _show_deadlines(self, deadlines: tuple[Deadline, ...], now: datetime) -> None:
        current = self.deadlines.currentItem()
        keep = int(current.data(THREAD_ROLE)) if current is not None else None
        while self.deadlines.count() > len(deadlines):
            self.deadlines.takeItem(self.deadlines.count() - 1)
        for row, d in enumerate(deadlines):
            item = self.deadlines.item(row)
            if item is None:
                item = QListWidgetItem(self.deadlines)
            mp = f"[{d.marketplace}] " if d.marketplace else ""
            item.setText(f"{time_left(d, now)} · {mp}{d.subject}")
            item.setData(THREAD_ROLE, d.thread_id)
            if d.thread_id == keep:
                self.deadlines.setCurrentItem(item)
