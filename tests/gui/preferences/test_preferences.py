"""Settings > Preferences in the real window, by keyboard: the target recolours the
dashboard, the thresholds, quiet hours and the buyer's-text switch reach the alert
scheduler at once, and everything is kept in the settings file."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from inbox_app.services.alerts import DEFAULT_THRESHOLDS_MIN, AlertSettings
from inbox_app.views.alerts.controller import AlertController
from inbox_app.views.dashboard.controller import DashboardController
from inbox_app.views.dashboard.format import standing
from inbox_app.views.dashboard.view import MetricsDashboard
from inbox_app.views.preferences.dialog import Page, PreferencesDialog
from inbox_app.views.preferences.values import (
    BUYER_TEXT_SETTING,
    QUIET_SETTING,
    TARGET_SETTING,
    THRESHOLDS_SETTING,
    Preferences,
    load_preferences,
    save_preferences,
)


def _settings(values: dict[str, str]) -> QSettings:
    from inbox_app.app import app_settings

    s = app_settings()
    s.clear()
    for key, value in values.items():
        s.setValue(key, value)
    return s


def test_stored_values_and_what_bad_ones_mean(qapp) -> None:
    assert load_preferences(_settings({})) == Preferences()
    assert Preferences().alert_settings() == AlertSettings()
    odd = _settings(
        {
            TARGET_SETTING: "lots",
            THRESHOLDS_SETTING: "soon,60",
            QUIET_SETTING: "22:00",
            BUYER_TEXT_SETTING: "maybe",
        }
    )
    assert load_preferences(odd) == Preferences()
    assert load_preferences(_settings({TARGET_SETTING: "250"})).target_within == 90.0
    off = load_preferences(_settings({THRESHOLDS_SETTING: "0"}))
    assert off.thresholds_min == () and off.alert_settings().window_s == 0
    chosen = Preferences(95.0, (180, 30), (time(21, 30), time(6, 45)), True)
    s = _settings({})
    save_preferences(s, chosen)
    assert s.value(THRESHOLDS_SETTING) == "180,30" and s.value(QUIET_SETTING) == "21:30-06:45"
    assert load_preferences(s) == chosen
    a = chosen.alert_settings()
    assert (a.thresholds_min, a.quiet_start, a.quiet_end, a.show_buyer_text) == (
        (180, 30),
        time(21, 30),
        time(6, 45),
        True,
    )


def _key(widget: QWidget, key: Qt.Key, mods=Qt.KeyboardModifier.NoModifier) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, key, mods)


def _retype(qtbot, spin: QWidget, text: str) -> None:
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    _key(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, text)


def _open(qtbot, window) -> PreferencesDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window
    _key(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)  # Ctrl+,

    def shown() -> list[PreferencesDialog]:
        found = window.findChildren(PreferencesDialog, "preferencesDialog")
        return [d for d in found if d.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    dialog = shown()[0]
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)  # its shortcuts (Ctrl+Tab) go to it
    return dialog


def _alerts_page(qtbot, dialog: PreferencesDialog) -> None:
    """Ctrl+Tab: the next page, Response times and alerts."""
    if dialog.current_page() is not Page.ALERTS:
        _key(dialog.focusWidget() or dialog, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.current_page() is Page.ALERTS)


def test_preferences_by_keyboard_apply_live(qtbot, main_window, clock) -> None:
    window = main_window(threads=300)
    dashboard = window.findChild(MetricsDashboard, "metricsDashboard")
    controller = window.findChild(DashboardController, "dashboardController")
    alerts = window.findChild(AlertController, "alertController")
    assert dashboard is not None and controller is not None and alerts is not None
    action = window.findChild(type(window.actions()[0]), "action_preferences")
    assert action is not None and action in window.menus["settings"].actions()
    window.ui.tabs.setCurrentWidget(dashboard)
    qtbot.waitUntil(lambda: controller.loads >= 1, timeout=15_000)
    card = dashboard.cards[90]
    late = card.values["late"]
    rate = card.rate.text()
    late_rate = controller.view.snapshot.periods[90].total.late_response_rate
    assert card.rate.property("standing") == "good"  # the demo meets a 90 % target
    missed = standing(late_rate, 100.0).value
    assert missed in ("warn", "bad")  # ... not 100 %
    assert alerts.settings == AlertSettings()

    dialog = _open(qtbot, window)
    _alerts_page(qtbot, dialog)
    assert dialog.target.value() == 90 and dialog.first.value() == DEFAULT_THRESHOLDS_MIN[0]
    assert not dialog.buyer_text.isChecked() and not dialog.quiet_start.isEnabled()
    # a target the demo misses: the rate changes colour, live, with the same figures
    _retype(qtbot, dialog.target, "100")
    _retype(qtbot, dialog.first, "90")
    _retype(qtbot, dialog.second, "30")
    dialog.quiet.setFocus()
    _key(dialog.quiet, Qt.Key.Key_Space)
    assert dialog.quiet.isChecked() and dialog.quiet_start.isEnabled()
    dialog.buyer_text.setFocus()
    _key(dialog.buyer_text, Qt.Key.Key_Space)
    with qtbot.waitSignal(alerts.checked, timeout=10_000):  # the scheduler checks again
        _key(dialog.buttons.button(QDialogButtonBox.StandardButton.Apply), Qt.Key.Key_Space)
    assert card.rate.property("standing") == missed and card.rate.text() == rate
    assert card.values["late"] is late and dashboard.target_within == 100
    assert alerts.settings.thresholds_min == (90, 30)
    assert (alerts.settings.quiet_start, alerts.settings.quiet_end) == (time(22), time(7))
    assert alerts.settings.show_buyer_text
    assert str(window.settings.value(THRESHOLDS_SETTING)) == "90,30"
    # Escape closes it; the applied choice stays
    _key(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert alerts.settings.thresholds_min == (90, 30)

    # reopened (at the page last shown), it shows what was saved; defaults + Enter put
    # everything back
    dialog = _open(qtbot, window)
    assert dialog.current_page() is Page.ALERTS
    assert (dialog.target.value(), dialog.first.value(), dialog.second.value()) == (100, 90, 30)
    assert dialog.quiet.isChecked() and dialog.buyer_text.isChecked()
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    dialog.target.setFocus()
    _key(dialog.target, Qt.Key.Key_Return)  # Enter: OK
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert alerts.settings == AlertSettings() and card.rate.property("standing") == "good"
    assert load_preferences(window.settings) == Preferences()
    QApplication.processEvents()


def test_preferences_translated(qtbot, main_window, install) -> None:
    install("it")
    window = main_window(threads=50)
    dialog = _open(qtbot, window)
    assert dialog.windowTitle() == "Preferenze"
    assert dialog.buyer_text.text() == "Mostra il testo dell'&acquirente nelle notifiche"
    _key(dialog, Qt.Key.Key_Escape)
