"""The Response times and alerts page of Preferences: the response-time target, the two
alert thresholds, quiet hours, and whether notifications may show the buyer's text."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from inbox_app.services.alerts import DEFAULT_THRESHOLDS_MIN
from inbox_app.views.dashboard.format import DEFAULT_TARGET
from inbox_app.views.preferences.values import MAX_THRESHOLD_MIN, TARGET_RANGE, Preferences

DEFAULT_QUIET = (time(22, 0), time(7, 0))  # offered when quiet hours are turned on
DEFAULTS = Preferences(target_within=DEFAULT_TARGET, thresholds_min=DEFAULT_THRESHOLDS_MIN)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)


def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def _time(t: QTime) -> time:
    return time(t.hour(), t.minute())


def _label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


class AlertsPage(QWidget):
    """`alertsPage`: what the dashboard measures against and when the alerts ring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertsPage")
        outer = QVBoxLayout(self)

        metrics = QGroupBox(_tr("Response times"), self)
        form = QFormLayout(metrics)
        self.target = QSpinBox(metrics)
        self.target.setObjectName("targetSpin")
        self.target.setRange(*TARGET_RANGE)
        self.target.setSuffix(_tr(" %"))
        label = _label(_tr("&Target, answered within 24 h:"), self.target, metrics)
        form.addRow(label, self.target)
        outer.addWidget(metrics)

        alerts = QGroupBox(_tr("Deadline alerts"), self)
        form = QFormLayout(alerts)
        self.first = self._threshold_spin("firstAlertSpin", alerts)
        self.second = self._threshold_spin("secondAlertSpin", alerts)
        form.addRow(_label(_tr("&First alert:"), self.first, alerts), self.first)
        form.addRow(_label(_tr("&Second alert:"), self.second, alerts), self.second)
        self.quiet = QCheckBox(_tr("&Quiet hours (no notifications) from"), alerts)
        self.quiet.setObjectName("quietHoursCheck")
        self.quiet_start = self._time_edit("quietStartEdit", alerts)
        self.quiet_end = self._time_edit("quietEndEdit", alerts)
        self.quiet_start.setAccessibleName(_tr("Quiet hours start"))
        self.quiet_end.setAccessibleName(_tr("Quiet hours end"))
        row = QHBoxLayout()
        row.addWidget(self.quiet)
        row.addWidget(self.quiet_start)
        row.addWidget(QLabel(_tr("to"), alerts))
        row.addWidget(self.quiet_end)
        row.addStretch(1)
        form.addRow(row)
        self.quiet.toggled.connect(self._quiet_toggled)
        self.buyer_text = QCheckBox(_tr("Show the &buyer's text in notifications"), alerts)
        self.buyer_text.setObjectName("showBuyerTextCheck")
        form.addRow(self.buyer_text)
        hint = QLabel(
            _tr(
                "Off: a notification names the subject only. Notifications can appear on a "
                "locked screen, and buyers' messages often hold addresses and order details."
            ),
            alerts,
        )
        hint.setObjectName("buyerTextHint")
        hint.setWordWrap(True)
        form.addRow(hint)
        outer.addWidget(alerts)
        outer.addStretch(1)

    def _threshold_spin(self, name: str, parent: QWidget) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setObjectName(name)
        spin.setRange(0, MAX_THRESHOLD_MIN)
        spin.setSingleStep(15)
        spin.setSuffix(_tr(" min before the deadline"))
        spin.setSpecialValueText(_tr("Off"))
        return spin

    def _time_edit(self, name: str, parent: QWidget) -> QTimeEdit:
        edit = QTimeEdit(parent)
        edit.setObjectName(name)
        edit.setDisplayFormat("HH:mm")
        return edit

    def _quiet_toggled(self, on: bool) -> None:
        self.quiet_start.setEnabled(on)
        self.quiet_end.setEnabled(on)

    def show_preferences(self, prefs: Preferences) -> None:
        """Put `prefs` in the controls (nothing saved yet)."""
        self.target.setValue(round(prefs.target_within))
        thresholds = [*prefs.thresholds_min[:2], 0, 0]
        self.first.setValue(thresholds[0])
        self.second.setValue(thresholds[1])
        start, end = prefs.quiet or DEFAULT_QUIET
        self.quiet_start.setTime(_qtime(start))
        self.quiet_end.setTime(_qtime(end))
        self.quiet.setChecked(prefs.quiet is not None)
        self._quiet_toggled(prefs.quiet is not None)
        self.buyer_text.setChecked(prefs.show_buyer_text)

    def chosen(self) -> Preferences:
        """What the controls say now."""
        thresholds = sorted({v for v in (self.first.value(), self.second.value()) if v > 0})
        start, end = _time(self.quiet_start.time()), _time(self.quiet_end.time())
        return Preferences(
            target_within=float(self.target.value()),
            thresholds_min=tuple(reversed(thresholds)),
            quiet=(start, end) if self.quiet.isChecked() and start != end else None,
            show_buyer_text=self.buyer_text.isChecked(),
        )

    def restore_defaults(self) -> None:
        self.show_preferences(DEFAULTS)
