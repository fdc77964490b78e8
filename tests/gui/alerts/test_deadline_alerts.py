"""Deadline alerts against a real notification server (dunst on a private session bus):
once per threshold, coalesced, withdrawn once answered, subjects only, click opens the
thread; without a server, the in-window banner."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from inbox_app.services.alerts import AlertSettings
from inbox_app.services.metrics_service import MetricsService
from inbox_app.store.migrate import Store
from inbox_app.views.alerts.banner import DeadlineBanner
from inbox_app.views.alerts.controller import AlertController, BannerChannel, TrayChannel, wire
from inbox_app.views.alerts.freedesktop import FreedesktopNotifier
from inbox_app.views.alerts.tray import NEEDS_ATTENTION, DeadlineTray
from inbox_app.views.task_runner import TaskRunner
from tests.helpers.clock import FakeClock
from tests.helpers.notifyserver import NotifyServer, notify_server  # noqa: F401 - fixture
from tests.helpers.timeline import NOW, Timeline

SECRET = "my private address is 12 Long Road"


@pytest.fixture
def pool() -> Iterator[TaskRunner]:
    runner = TaskRunner(max_threads=1)
    yield runner
    runner.wait()


def _threads(store: Store) -> tuple[Timeline, int, int, int]:
    tl = Timeline(store)
    a = tl.thread("US", subject="Where is my parcel?")
    b = tl.thread("DE", subject="Falsche Farbe geliefert")
    c = tl.thread("IT", subject="Fattura")
    for tid, minutes_left in ((a, 110), (b, 100), (c, 300)):
        tl.buyer(tid, 24 - minutes_left / 60)
    return tl, a, b, c


def _check(qtbot, controller: AlertController) -> object:
    with qtbot.waitSignal(controller.checked, timeout=10_000) as blocker:
        controller.check()
    return blocker.args[0]


def test_real_server_once_per_threshold_coalesced_withdrawn(
    qtbot,
    store: Store,
    pool: TaskRunner,
    notify_server: NotifyServer,  # noqa: F811
) -> None:
    tl, a, b, _ = _threads(store)
    clock = FakeClock(NOW)
    notifier = FreedesktopNotifier(notify_server.address)
    assert notifier.start() and notifier.server == "dunst"
    tray = DeadlineTray()
    controller = AlertController(
        MetricsService(store), pool, clock, [notifier, TrayChannel(tray)], settings=AlertSettings()
    )
    wire(controller, tray, None, notifier)
    try:
        plan = _check(qtbot, controller)
        assert [d.thread_id for d in plan.due] == [b, a]  # type: ignore[attr-defined]
        assert notify_server.displayed() == 1  # two threads, one notification
        assert tray.count == 2 and tray.status == NEEDS_ATTENTION
        _check(qtbot, controller)
        clock.advance(minutes=20)
        _check(qtbot, controller)
        assert notify_server.displayed() == 1  # never repeated
        clock.advance(minutes=40)  # both pass the 1 h threshold
        _check(qtbot, controller)
        assert notify_server.displayed() == 2
        # a click on the newest notification opens the most urgent of its threads
        with qtbot.waitSignal(controller.open_thread, timeout=10_000) as opened:
            notify_server.ctl("action", "0")
        assert opened.args == [b]
        # the seller answers one: nothing withdrawn yet (the other is still due)
        tl.reply(b, 0)
        _check(qtbot, controller)
        assert notify_server.displayed() == 2 and tray.count == 1
        # ... and marks the other "no response needed": both notifications withdrawn
        tl.mark(a, 0)
        _check(qtbot, controller)
        qtbot.waitUntil(lambda: notify_server.displayed() == 0, timeout=10_000)
        assert tray.count == 0 and tray.status == "Active"
        clock.advance(minutes=30)
        _check(qtbot, controller)
        history = notify_server.history()
        assert len(history) == 2  # once per threshold, nothing more
        summaries = sorted(h["summary"] for h in history)
        assert summaries == ["2 replies are due within 1 h", "2 replies are due within 2 h"]
        for h in history:
            assert h["appname"] == "Seller Inbox"
            assert "Where is my parcel?" in h["body"] and "Falsche Farbe geliefert" in h["body"]
            assert "Fattura" not in h["body"] and SECRET not in h["body"]
    finally:
        notifier.close()


def test_quiet_hours_keep_the_count_but_send_nothing(
    qtbot,
    store: Store,
    pool: TaskRunner,
    notify_server: NotifyServer,  # noqa: F811
) -> None:
    from datetime import time

    _threads(store)
    notifier = FreedesktopNotifier(notify_server.address)
    assert notifier.start()
    tray = DeadlineTray()
    quiet = AlertSettings(quiet_start=time(11, 0), quiet_end=time(13, 0))
    controller = AlertController(
        MetricsService(store),
        pool,
        FakeClock(NOW),
        [notifier],
        settings=quiet,
        local_time=lambda t: t,
    )  # NOW is 12:00 UTC
    wire(controller, tray, None, notifier)
    try:
        _check(qtbot, controller)
        assert tray.count == 2 and notify_server.displayed() == 0
        assert notify_server.history() == []
    finally:
        notifier.close()


def test_without_a_server_or_tray_the_banner_warns(
    qtbot, store: Store, pool: TaskRunner, tmp_path
) -> None:
    _, a, b, _ = _threads(store)
    nobody = FreedesktopNotifier(f"unix:path={tmp_path / 'no-bus'}")
    assert not nobody.start()
    tray = DeadlineTray()  # offscreen: no system tray, no messages
    banner = DeadlineBanner()
    qtbot.addWidget(banner)
    clock = FakeClock(NOW)
    controller = AlertController(
        MetricsService(store), pool, clock, [nobody, TrayChannel(tray), BannerChannel(banner)]
    )
    wire(controller, tray, banner, nobody)
    _check(qtbot, controller)
    assert not banner.isHidden()
    assert "2 replies are due within 2 h" in banner.text.text()
    assert "Where is my parcel?" in banner.text.text()
    with qtbot.waitSignal(controller.open_thread) as opened:
        qtbot.mouseClick(banner, Qt.MouseButton.LeftButton)
    assert opened.args == [b]
    banner.setFocus()
    with qtbot.waitSignal(controller.open_thread):
        qtbot.keyClick(banner, Qt.Key.Key_Return)
    Timeline(store).reply(a, 0)
    Timeline(store).reply(b, 0)
    clock.advance(minutes=1)
    _check(qtbot, controller)
    assert banner.isHidden()  # withdrawn: nothing due any more
