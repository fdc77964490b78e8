"""The dashboard's per-person table on a team inbox: each teammate's answered buyer
messages in the chart period, within 24 h and late, average and median response time,
and open threads assigned. Hidden on a single seller's store."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from inbox_app.services.metrics_people import PersonCounts
from inbox_app.views.dashboard.format import hours


def _tr(text: str) -> str:
    return QCoreApplication.translate("MetricsDashboard", text)


def people_columns() -> list[str]:
    return [
        _tr("Person"),
        _tr("Answered"),
        _tr("Within 24 h"),
        _tr("Late"),
        _tr("Average"),
        _tr("Median"),
        _tr("Assigned open"),
    ]


class PeopleTable(QTableWidget):
    """One row per teammate (and one for replies no seat wrote), updated in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        columns = people_columns()
        super().__init__(0, len(columns), parent)
        self.setObjectName("peopleTable")
        self.setHorizontalHeaderLabels(columns)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(22)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def show_people(self, rows: Sequence[PersonCounts]) -> None:
        self.setRowCount(len(rows))
        for r, p in enumerate(rows):
            cells = (
                p.person or _tr("Nobody (Seller Central)"),
                str(p.answered),
                str(p.within_24h),
                str(p.late),
                hours(p.average_response_hours),
                hours(p.median_response_hours),
                str(p.assigned_open),
            )
            for col, text in enumerate(cells):
                item = self.item(r, col)
                if item is None:
                    item = QTableWidgetItem()
                    self.setItem(r, col, item)
                item.setText(text)
