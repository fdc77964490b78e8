"""One period's card: the late response rate large and coloured against the target,
the average response time, and the counts behind them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from inbox_app.models.colours import css
from inbox_app.services.metrics import Metrics
from inbox_app.views.dashboard.format import TOKENS, Standing, hours, percent, standing
from inbox_app.views.theme import restyle_with_palette


def _tr(text: str) -> str:
    return QCoreApplication.translate("MetricsDashboard", text)


def count_labels() -> tuple[tuple[str, str], ...]:
    """(Counts field, translated label), in the order the card lists them."""
    return (
        ("messages", _tr("Buyer messages")),
        ("within_24h", _tr("Within 24 h")),
        ("late", _tr("Late")),
        ("unanswered", _tr("Unanswered")),
        ("pending", _tr("Pending (under 24 h)")),
        ("excluded", _tr("No response needed")),
    )


class PeriodCard(QFrame):
    """The figures of one period (7, 30 or 90 days); objectName periodCard<days>."""

    def __init__(self, days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days = days
        self.setObjectName(f"periodCard{days}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        title = QLabel(_tr("Last %1 days").replace("%1", str(days)), self)
        title.setObjectName("periodTitle")
        title.setStyleSheet("font-weight: 600;")
        layout.addWidget(title)
        self.rate = QLabel("–", self)
        self.rate.setObjectName("lateRate")
        self.rate.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._standing = Standing.NONE
        self._restyler = restyle_with_palette(
            self.rate,
            lambda pal: (
                f"font-size: 28pt; font-weight: 700; color: {css(TOKENS[self._standing], pal)};"
            ),
        )  # in the theme's colour, again when the theme changes
        caption = QLabel(_tr("late response rate"), self)
        caption.setObjectName("lateRateCaption")
        layout.addWidget(self.rate)
        layout.addWidget(caption)
        grid = QGridLayout()
        self.values: dict[str, QLabel] = {}
        self.average = QLabel("–", self)
        self.average.setObjectName("averageResponse")
        grid.addWidget(QLabel(_tr("Average response"), self), 0, 0)
        grid.addWidget(self.average, 0, 1, Qt.AlignmentFlag.AlignRight)
        for row, (key, text) in enumerate(count_labels(), start=1):
            value = QLabel("0", self)
            value.setObjectName(f"count_{key}")
            grid.addWidget(QLabel(text, self), row, 0)
            grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignRight)
            self.values[key] = value
        layout.addLayout(grid)
        layout.addStretch(1)

    def show_metrics(self, metrics: Metrics, target_within: float) -> None:
        total = metrics.total
        self.rate.setText(percent(total.late_response_rate))
        self._standing = standing(total.late_response_rate, target_within)
        self._restyler.restyle()
        self.rate.setProperty("standing", self._standing.value)
        self.average.setText(hours(total.average_response_hours))
        for key, label in self.values.items():
            label.setText(str(getattr(total, key)))
