"""Keeps the dashboard current: reads a snapshot on the task runner when asked (new
mail, a reply sent, the tab shown, a timer), coalescing bursts, never on the GUI thread.
A hidden dashboard reads nothing; it is marked stale and reads when shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer

from inbox_app.services.dashboard import DashboardSnapshot
from inbox_app.services.metrics_service import MetricsService
from inbox_app.views.dashboard.view import MetricsDashboard
from inbox_app.views.task_runner import TaskRunner

DEBOUNCE_MS = 400
TICK_MS = 60_000  # pending turns into unanswered, deadlines come closer


class DashboardController(QObject):
    def __init__(
        self,
        view: MetricsDashboard,
        metrics: MetricsService,
        runner: TaskRunner,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or view)
        self.setObjectName("dashboardController")
        self.view = view
        self.metrics = metrics
        self.runner = runner
        self.clock = clock
        self._running = False
        self._again = False
        self.loads = 0  # snapshots put on screen (tests wait on it)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        self.stale = True
        view.shown.connect(self._shown)

    def _shown(self) -> None:
        if self.stale:
            self.refresh_now()

    def refresh(self) -> None:
        """Ask for fresh figures; several asks in a burst make one read."""
        self._debounce.start()

    def refresh_now(self) -> None:
        self._debounce.stop()
        self._start()

    def _start(self) -> None:
        if not self.view.isVisible():
            self.stale = True  # read when shown, not for nobody
            return
        self.stale = False
        if self._running:
            self._again = True  # one more read after the running one
            return
        now = self.clock()
        metrics = self.metrics
        self._running = True
        self.runner.run(
            lambda _task: metrics.snapshot(now), on_done=self._loaded, on_failed=self._failed
        )

    def _loaded(self, snapshot: DashboardSnapshot) -> None:
        self.view.show_snapshot(snapshot)
        self.loads += 1
        self._finished()

    def _failed(self, exc: BaseException) -> None:
        from PySide6.QtCore import QCoreApplication

        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        self.view.status.setText(
            QCoreApplication.translate(
                "MetricsDashboard", "Could not read the figures: %1"
            ).replace("%1", first)
        )
        self._finished()

    def _finished(self) -> None:
        self._running = False
        if self._again:
            self._again = False
            self._start()
