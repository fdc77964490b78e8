"""The Preferences dialog (objectName preferencesDialog): the response-time target, the
two alert thresholds, quiet hours, and whether notifications may show the buyer's text.

OK and Apply save the choice and emit `applied(Preferences)`; the window hands it to
the dashboard and the alert scheduler at once (no restart). Every control has a
mnemonic, and the dialog opens window-modal without blocking (`open`), so tests and
keyboard users drive the same widgets.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, QSettings, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
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
from inbox_app.views.preferences.values import (
    MAX_THRESHOLD_MIN,
    TARGET_RANGE,
    Preferences,
    load_preferences,
    save_preferences,
)

DEFAULT_QUIET = (time(22, 0), time(7, 0))  # offered when quiet hours are turned on


def _tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)


def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def _time(t: QTime) -> time:
    return time(t.hour(), t.minute())


class PreferencesDialog(QDialog):
    applied = Signal(object)  # Preferences, once saved

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(_tr("Preferences"))
        outer = QVBoxLayout(self)

        metrics = QGroupBox(_tr("Response times"), self)
        form = QFormLayout(metrics)
        self.target = QSpinBox(metrics)
        self.target.setObjectName("targetSpin")
        self.target.setRange(*TARGET_RANGE)
        self.target.setSuffix(_tr(" %"))
        form.addRow(self._label(_tr("&Target, answered within 24 h:"), self.target), self.target)
        outer.addWidget(metrics)

        alerts = QGroupBox(_tr("Deadline alerts"), self)
        form = QFormLayout(alerts)
        self.first = self._threshold_spin("firstAlertSpin", alerts)
        self.second = self._threshold_spin("secondAlertSpin", alerts)
        form.addRow(self._label(_tr("&First alert:"), self.first), self.first)
        form.addRow(self._label(_tr("&Second alert:"), self.second), self.second)
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

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.buttons.setObjectName("preferencesButtons")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)  # Enter
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.clicked.connect(self._clicked)
        outer.addWidget(self.buttons)
        self.show_preferences(load_preferences(settings))
        self.setMinimumWidth(self.sizeHint().width())

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

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

    def apply(self) -> Preferences:
        prefs = self.chosen()
        save_preferences(self.settings, prefs)
        self.applied.emit(prefs)
        return prefs

    def accept(self) -> None:
        self.apply()
        super().accept()

    def _clicked(self, button: QAbstractButton) -> None:
        role = self.buttons.buttonRole(button)
        if role == QDialogButtonBox.ButtonRole.ApplyRole:
            self.apply()
        elif role == QDialogButtonBox.ButtonRole.ResetRole:
            self.show_preferences(
                Preferences(target_within=DEFAULT_TARGET, thresholds_min=DEFAULT_THRESHOLDS_MIN)
            )
