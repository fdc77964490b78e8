"""The daily chart: average response time (line, hours) and late messages (bars) per
day of the period. QtCharts is imported when the chart is first built, so start-up and
the windows that never show the dashboard do not pay for it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from inbox_app.models.colours import is_dark
from inbox_app.services.metrics import Metrics

BAR_COLOUR = "#e57373"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MetricsDashboard", text)


class DailyChart(QWidget):
    """objectName dailyChart; `show_metrics` updates the series in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dailyChart")
        self.setMinimumHeight(220)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._parts: dict[str, Any] = {}
        self.points: list[tuple[float | None, int]] = []  # (average hours, late) per day

    def _build(self) -> dict[str, Any]:
        from PySide6 import QtCharts

        chart = QtCharts.QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(chart.margins().__class__(4, 4, 4, 4))
        bars = QtCharts.QBarSet(_tr("Late or unanswered"))
        bars.setColor(QColor(BAR_COLOUR))
        bar_series = QtCharts.QBarSeries()
        bar_series.append(bars)
        line = QtCharts.QLineSeries()
        line.setName(_tr("Average response (h)"))
        chart.addSeries(bar_series)
        chart.addSeries(line)
        x_axis = QtCharts.QValueAxis()
        x_axis.setLabelFormat("%d")
        x_axis.setTitleText(_tr("Day of the period"))
        late_axis = QtCharts.QValueAxis()
        late_axis.setLabelFormat("%d")
        late_axis.setTitleText(_tr("Late"))
        hours_axis = QtCharts.QValueAxis()
        hours_axis.setLabelFormat("%.0f")
        hours_axis.setTitleText(_tr("Hours"))
        bar_x = QtCharts.QBarCategoryAxis()
        bar_x.setVisible(False)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(bar_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(hours_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(late_axis, Qt.AlignmentFlag.AlignRight)
        line.attachAxis(x_axis)
        line.attachAxis(hours_axis)
        bar_series.attachAxis(bar_x)
        bar_series.attachAxis(late_axis)
        QGuiApplication.instance().paletteChanged.connect(self._themed)  # type: ignore[union-attr]
        view = QtCharts.QChartView(chart, self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setObjectName("dailyChartView")
        self._layout.addWidget(view)
        self._theme(chart, bars)
        return {
            "chart": chart,
            "bars": bars,
            "line": line,
            "x": x_axis,
            "bar_x": bar_x,
            "late": late_axis,
            "hours": hours_axis,
        }

    @staticmethod
    def _theme(chart: Any, bars: Any) -> None:
        """Qt Charts' dark theme under a dark palette (its light one is a white card), with
        the bars kept in their colour (a theme repaints the series)."""
        from PySide6 import QtCharts

        dark = is_dark(QGuiApplication.palette())
        themes = QtCharts.QChart.ChartTheme
        chart.setTheme(themes.ChartThemeDark if dark else themes.ChartThemeLight)
        bars.setColor(QColor(BAR_COLOUR))

    def _themed(self, _palette: object = None) -> None:
        if self._parts:
            self._theme(self._parts["chart"], self._parts["bars"])

    def show_metrics(self, metrics: Metrics) -> None:
        if not self._parts:
            self._parts = self._build()
        p = self._parts
        self.points = [
            (d.counts.average_response_hours, d.counts.late + d.counts.unanswered)
            for d in metrics.days
        ]
        p["chart"].setTitle(
            _tr("Daily response time and late messages, last %1 days").replace(
                "%1", str(metrics.period_days)
            )
        )
        line_points = [QPointF(i + 1, h) for i, (h, _) in enumerate(self.points) if h is not None]
        p["line"].replace(line_points)
        late = [float(n) for _, n in self.points]
        p["bars"].remove(0, p["bars"].count())
        p["bars"].append(late)
        p["bar_x"].setCategories([str(i + 1) for i in range(len(late))])
        p["x"].setRange(0.5, len(late) + 0.5)
        highest = max((h for h, _ in self.points if h is not None), default=24.0)
        p["hours"].setRange(0, max(24.0, highest * 1.1))
        p["late"].setRange(0, max(1.0, max(late, default=0.0) * 1.1))
