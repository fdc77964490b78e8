"""Dark mode: the palette follows the system's colour scheme or a forced choice, and every
colour the window puts on text meets WCAG AA (4.5:1) against what it is drawn on, in
both themes - checked on the colours the real window's models and cards actually use."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from inbox_app.models import colours
from inbox_app.models.colours import TEXT_ON, TOKENS, contrast, is_dark, relative_luminance
from inbox_app.models.thread_list_model import Column
from inbox_app.views import theme
from inbox_app.views.desktop_shell import install_desktop

AA = 4.5
FOREGROUNDS = ("danger", "warning", "success", "info", "muted", "handmade", "custom", "wine")


def test_the_contrast_formula() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_text_colour_meets_aa_on_its_backgrounds(dark: bool) -> None:
    pal = theme.dark_palette() if dark else theme.light_palette()
    assert is_dark(pal) is dark
    grounds = {
        "Base": pal.color(QPalette.ColorRole.Base),
        "Window": pal.color(QPalette.ColorRole.Window),
        "AlternateBase": pal.color(QPalette.ColorRole.AlternateBase),
    }
    failures = []
    for token in FOREGROUNDS:
        for name, ground in grounds.items():
            ratio = contrast(colours.colour(token, pal), ground)
            if ratio < AA:
                failures.append(f"{token} on {name}: {ratio:.2f}")
    for ground_token, texts in TEXT_ON.items():
        ground = colours.colour(ground_token, pal)
        for token in (*texts, "text"):
            fg = (
                pal.color(QPalette.ColorRole.WindowText)
                if token == "text"
                else colours.colour(token, pal)
            )
            ratio = contrast(fg, ground)
            if ratio < AA:
                failures.append(f"{token} on {ground_token}: {ratio:.2f}")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.PlaceholderText):
        ratio = contrast(pal.color(role), grounds["Base"])
        if ratio < AA:
            failures.append(f"{role.name} on Base: {ratio:.2f}")
    sel = contrast(
        pal.color(QPalette.ColorRole.HighlightedText), pal.color(QPalette.ColorRole.Highlight)
    )
    if sel < AA:
        failures.append(f"selection: {sel:.2f}")
    assert not failures, failures


def test_a_forced_choice_is_kept_and_the_system_is_followed(
    qapp: QApplication, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = QSettings(f"{tmp_path}/a.ini", QSettings.Format.IniFormat)
    appearance = theme.Appearance(qapp, settings)
    try:
        assert appearance.choice() == "system"
        appearance.set_choice("dark")
        assert is_dark(qapp.palette())
        assert theme.Appearance(qapp, settings).choice() == "dark"  # remembered
        appearance.set_choice("light")
        assert not is_dark(qapp.palette())
        # "system": the desktop's scheme decides, and a change of it is followed
        monkeypatch.setattr(theme, "system_scheme", lambda: Qt.ColorScheme.Dark)
        appearance.set_choice("system")
        assert is_dark(qapp.palette())
        monkeypatch.setattr(theme, "system_scheme", lambda: Qt.ColorScheme.Light)
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert not is_dark(qapp.palette())
        with pytest.raises(ValueError):
            appearance.set_choice("sepia")
    finally:
        appearance.setParent(None)
        appearance.deleteLater()


def _background_and_text(image: QImage) -> tuple[QColor, float]:
    """The most common colour (the card's background) and the strongest contrast any
    pixel makes with it (the core of the text's glyphs)."""
    counts: dict[int, int] = {}
    for y in range(0, image.height()):
        for x in range(0, image.width()):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    ground = QColor.fromRgb(max(counts, key=lambda k: counts[k]))
    best = max(contrast(QColor.fromRgb(rgb), ground) for rgb in counts)
    return ground, best


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_the_real_window_is_readable(
    main_window: Callable[..., QWidget], qtbot: object, choice: str
) -> None:
    window = main_window(threads=120)
    shell = install_desktop(window)
    shell.appearance.set_choice(choice)
    pal = QGuiApplication.palette()
    assert is_dark(pal) is (choice == "dark")
    window.move_selection(1)
    qtbot.waitUntil(lambda: bool(window.ui.conversation.cards()))  # type: ignore[attr-defined]
    # the message cards: their own background, text at AA on it
    for card in window.ui.conversation.cards()[:3]:
        kind = card.objectName().removeprefix("message_")
        ground, best = _background_and_text(card.grab().toImage())
        assert ground.name() == TOKENS[f"card_{kind}"][choice == "dark"], card.objectName()
        assert best >= AA, f"{card.objectName()}: {best:.2f}"
    # the deadline clocks, as the thread list paints them, on their row backgrounds
    view = window.models.threads_view
    base = pal.color(QPalette.ColorRole.Base)
    for row in range(view.rowCount()):
        index = view.index(row, Column.DUE)
        fg = index.data(Qt.ItemDataRole.ForegroundRole).color()
        bg_brush = index.data(Qt.ItemDataRole.BackgroundRole)
        bg = bg_brush.color() if bg_brush is not None else base
        assert contrast(fg, bg) >= AA, (index.data(), fg.name(), bg.name())
    # the Send button is drawn by the style in the theme's colours (a style sheet with
    # padding made Qt draw it white in the dark theme)
    send = window.compose.ui.send  # type: ignore[attr-defined]
    button = QPalette.ColorRole.Button
    qtbot.waitUntil(lambda: send.palette().color(button) == pal.color(button))  # type: ignore[attr-defined]
    ground, _ = _background_and_text(send.grab().toImage())
    assert (relative_luminance(ground) < 0.2) is (choice == "dark"), ground.name()
    # the sidebar's overdue count colour
    views = window.models.views
    for row in range(views.rowCount()):
        brush = views.index(row).data(Qt.ItemDataRole.ForegroundRole)
        if brush is not None:
            assert contrast(brush.color(), base) >= AA


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_deadline_banner_follows_the_theme(
    qapp: QApplication, qtbot: object, dark: bool
) -> None:
    from inbox_app.views.alerts.banner import DeadlineBanner

    before = QPalette(qapp.palette())
    qapp.setPalette(theme.light_palette())  # built light, then switched: it must restyle
    banner = DeadlineBanner()
    qtbot.addWidget(banner)  # type: ignore[attr-defined]
    try:
        banner.resize(420, 28)
        banner.show_notice("k", "Reply due in 2 h", "Buyer: Where is my order?")
        qapp.setPalette(theme.dark_palette() if dark else theme.light_palette())
        ground, best = _background_and_text(banner.grab().toImage())
        assert ground.name() == TOKENS["banner"][dark]
        assert best >= AA, f"{best:.2f}"
        close = banner.findChild(QWidget, "deadlineBannerClose")
        assert close is not None and close.accessibleName()
    finally:
        qapp.setPalette(before)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_dashboard_follows_the_theme(
    qapp: QApplication, qtbot: object, store: object, dark: bool
) -> None:
    """The late-rate figures and the chart: built in one theme, switched to the other."""
    import re

    from inbox_app.services.metrics import PERIODS
    from inbox_app.services.metrics_service import MetricsService
    from inbox_app.views.dashboard.controller import DashboardController
    from inbox_app.views.dashboard.view import MetricsDashboard
    from inbox_app.views.task_runner import TaskRunner
    from tests.helpers.timeline import NOW, Timeline

    tl = Timeline(store)  # type: ignore[arg-type]
    for ago, took in ((100, 2), (80, 30), (60, 50)):  # one on time, two late: below target
        t = tl.thread("US", subject=f"Question {ago}")
        tl.buyer(t, ago)
        tl.reply(t, ago - took)
    qapp.setPalette(theme.dark_palette() if not dark else theme.light_palette())
    runner = TaskRunner(max_threads=1)
    view = MetricsDashboard()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    controller = DashboardController(view, MetricsService(store), runner, lambda: NOW)  # type: ignore[arg-type]
    view.resize(1200, 760)
    view.show()
    qtbot.waitUntil(lambda: controller.loads == 1, timeout=10_000)  # type: ignore[attr-defined]
    qapp.setPalette(theme.dark_palette() if dark else theme.light_palette())
    pal = QGuiApplication.palette()
    window = pal.color(QPalette.ColorRole.Window)
    standings = set()
    for days in PERIODS:
        rate = view.cards[days].rate
        standings.add(rate.property("standing"))
        found = re.search(r"color:\s*(#[0-9a-fA-F]{6})", rate.styleSheet())
        assert found, rate.styleSheet()
        ratio = contrast(QColor(found.group(1)), window)
        assert ratio >= AA, f"{days} days: {found.group(1)} on {window.name()}: {ratio:.2f}"
    assert standings - {"none"}, standings  # a coloured figure was checked
    from PySide6 import QtCharts

    chart = view.chart._parts["chart"]
    themes = QtCharts.QChart.ChartTheme
    wanted = themes.ChartThemeDark if dark else themes.ChartThemeLight
    qtbot.waitUntil(lambda: chart.theme() == wanted, timeout=3000)  # type: ignore[attr-defined]

    def ground() -> QColor:  # the chart as drawn (the view repaints on its next paint)
        return _background_and_text(view.chart.grab().toImage().scaled(300, 60))[0]

    qtbot.waitUntil(lambda: (relative_luminance(ground()) < 0.2) is dark, timeout=3000)  # type: ignore[attr-defined]
    for axis in chart.axes():
        if axis.isVisible():
            assert contrast(axis.labelsBrush().color(), ground()) >= AA, axis.titleText()
    runner.wait()
