"""Checks the deadlines (on the thread pool) every minute and when mail arrives or a
reply is sent, updates the tray count and shows or withdraws notifications through the
first way that works: freedesktop notifications, the tray's message, the window banner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from inbox_app.services.alerts import AlertLedger, AlertSettings, Notice
from inbox_app.services.deadlines import Deadline
from inbox_app.services.metrics_service import MetricsService
from inbox_app.views.alerts.banner import DeadlineBanner
from inbox_app.views.alerts.freedesktop import FreedesktopNotifier
from inbox_app.views.alerts.tray import DeadlineTray
from inbox_app.views.task_runner import Task, TaskRunner

CHECK_MS = 60_000
MAX_LISTED = 5  # subjects named in one notification


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeadlineAlerts", text)


class Channel(Protocol):
    def show(self, key: str, summary: str, body: str) -> bool: ...
    def withdraw(self, key: str) -> None: ...


PREVIEW_CHARS = 80  # of the buyer's text, when the seller allows it in notifications


def notice_text(notice: Notice, now: datetime, *, show_buyer_text: bool = False) -> tuple[str, str]:
    """Summary and body: how long is left and the subjects; the start of the buyer's
    text too only if the seller turned that on (it is private: notifications can show
    on a locked screen)."""
    n = len(notice.threads)
    hours = notice.threshold_min / 60
    when = _tr("%1 h").replace("%1", f"{hours:g}")
    summary = (
        _tr("A reply is due within %1").replace("%1", when)
        if n == 1
        else _tr("%1 replies are due within %2").replace("%1", str(n)).replace("%2", when)
    )
    lines = []
    for d in notice.threads[:MAX_LISTED]:
        line = d.subject or _tr("(no subject)")
        preview = " ".join(d.preview.split())
        if show_buyer_text and preview:
            if len(preview) > PREVIEW_CHARS:
                preview = preview[: PREVIEW_CHARS - 1].rstrip() + "…"
            line = f"{line}: {preview}"
        lines.append(line)
    if n > MAX_LISTED:
        lines.append(_tr("and %1 more").replace("%1", str(n - MAX_LISTED)))
    return summary, "\n".join(lines)


class AlertController(QObject):
    """`open_thread(thread_id)` when a notification, the tray or the banner is clicked."""

    open_thread = Signal(int)
    checked = Signal(object)  # the AlertPlan of each check (tests and the tray count)

    def __init__(
        self,
        metrics: MetricsService,
        runner: TaskRunner,
        clock: Callable[[], datetime],
        channels: list[Channel],
        *,
        settings: AlertSettings | None = None,
        local_time: Callable[[datetime], datetime] = lambda t: t.astimezone(),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("alertController")
        self.metrics = metrics
        self.runner = runner
        self.clock = clock
        self.channels = channels
        self.settings = settings or AlertSettings()
        self.local_time = local_time
        self.ledger = AlertLedger()
        self.delivered: dict[str, Channel] = {}
        self.notices: dict[str, Notice] = {}
        self.due: tuple[Deadline, ...] = ()
        self._running = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def set_settings(self, settings: AlertSettings) -> None:
        self.settings = settings
        self.check()

    def check(self) -> None:
        if self._running:
            self._again = True
            return
        now = self.clock()
        until = now + timedelta(seconds=self.settings.window_s)
        metrics = self.metrics

        def read(_task: Task) -> tuple[datetime, list[Deadline]]:
            return now, metrics.due_before(until, limit=200)

        self._running = True
        self.runner.run(read, on_done=self._read, on_failed=lambda _exc: self._finished())

    def _finished(self) -> None:
        self._running = False
        if self._again:
            self._again = False
            self.check()

    def _read(self, result: tuple[datetime, list[Deadline]]) -> None:
        now, deadlines = result
        quiet = self.settings.quiet(self.local_time(now).time())
        plan = self.ledger.plan(deadlines, now, self.settings, quiet=quiet)
        self.due = plan.due
        for key in plan.withdraw:
            channel = self.delivered.pop(key, None)
            self.notices.pop(key, None)
            if channel is not None:
                channel.withdraw(key)
        for notice in plan.show:
            self._deliver(notice, now)
        self.checked.emit(plan)
        self._finished()

    def _deliver(self, notice: Notice, now: datetime) -> None:
        summary, body = notice_text(notice, now, show_buyer_text=self.settings.show_buyer_text)
        for channel in self.channels:
            if channel.show(notice.key, summary, body):
                self.delivered[notice.key] = channel
                self.notices[notice.key] = notice
                return

    def activate(self, key: str | None = None) -> None:
        """A click on a notification (its key) or on the tray (the most urgent thread)."""
        notice = self.notices.get(key) if key else None
        threads = notice.threads if notice is not None else self.due
        if threads:
            self.open_thread.emit(min(threads, key=lambda d: d.due_at).thread_id)


class TrayChannel:
    """The tray's message balloon (it cannot be withdrawn; it times out)."""

    def __init__(self, tray: DeadlineTray) -> None:
        self.tray = tray

    def show(self, key: str, summary: str, body: str) -> bool:
        return self.tray.message(summary, body)

    def withdraw(self, key: str) -> None:
        return None


class BannerChannel:
    def __init__(self, banner: DeadlineBanner) -> None:
        self.banner = banner

    def show(self, key: str, summary: str, body: str) -> bool:
        self.banner.show_notice(key, summary, body)
        return True

    def withdraw(self, key: str) -> None:
        self.banner.withdraw(key)


def wire(
    controller: AlertController,
    tray: DeadlineTray | None,
    banner: DeadlineBanner | None,
    notifier: FreedesktopNotifier | None,
) -> None:
    """Clicks open the thread; the tray shows the count of each check."""
    if notifier is not None:
        notifier.activated.connect(controller.activate)
    if tray is not None:
        tray.clicked.connect(lambda: controller.activate(None))
        controller.checked.connect(lambda plan: tray.show_count(len(plan.due)))
    if banner is not None:
        banner.clicked.connect(lambda: controller.activate(banner.key))
