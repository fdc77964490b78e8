"""The dashboard's per-person table: shown on a team store with each teammate's exact
figures for the chart period, hidden on a single seller's store."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from inbox_app.services.metrics_service import MetricsService
from inbox_app.store.migrate import Store
from inbox_app.views.dashboard.view import MetricsDashboard
from tests.helpers.factories import METRICS_NOW as NOW
from tests.helpers.factories import add_seats, answered_thread


def _rows(view: MetricsDashboard) -> list[list[str]]:
    table = view.people
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_people_table_on_a_team_store(qtbot: QtBot, store: Store) -> None:
    seats = add_seats(store, "Anna", "Bo")
    answered_thread(store, 3, 2, seats["Anna"])
    answered_thread(store, 5, 4, seats["Anna"])
    answered_thread(store, 20, 30, seats["Bo"])
    view = MetricsDashboard()
    qtbot.addWidget(view)
    view.show()
    view.show_snapshot(MetricsService(store).snapshot(NOW))
    assert view.people.isVisible() and view.people_label.isVisible()
    assert view.chart_days == 30
    rows = _rows(view)
    assert [r[:4] for r in rows] == [["Anna", "2", "2", "0"], ["Bo", "1", "0", "1"]]
    assert rows[0][6] == "0" and rows[0][4] != rows[1][4]
    view.period.setCurrentIndex(view.period.findData(7))
    assert [r[:2] for r in _rows(view)] == [["Anna", "2"], ["Bo", "0"]]


def test_no_people_table_for_a_single_seller(qtbot: QtBot, store: Store) -> None:
    answered_thread(store, 3, 2, None)
    view = MetricsDashboard()
    qtbot.addWidget(view)
    view.show()
    snapshot = MetricsService(store).snapshot(NOW)
    assert snapshot.people is None
    view.show_snapshot(snapshot)
    assert not view.people.isVisible() and not view.people_label.isVisible()
