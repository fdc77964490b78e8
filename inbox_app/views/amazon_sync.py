"""The window's background Amazon sync: every connection's orders (and buyer languages)
in a worker task, on a timer; a status widget shows progress and the last problem.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from inbox_app.models.amazon_text import sentence_text
from inbox_app.services.amazon import AmazonService
from inbox_app.services.amazon_sync import SyncResult
from inbox_app.views.task_runner import Task, TaskRunner

INTERVAL_MS = 15 * 60 * 1000


class AmazonSyncController(QObject):
    """Runs `AmazonService.sync_all` (every connection) off the GUI thread."""

    started = Signal()
    progress = Signal(int, int)  # orders written, pages fetched (this run)
    finished = Signal(list)  # list[SyncResult]

    def __init__(
        self,
        amazon: AmazonService,
        *,
        runner: TaskRunner,
        parent: QObject | None = None,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._amazon = amazon
        self._runner = runner
        self._task: Task | None = None
        self.last: list[SyncResult] = []
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sync_now)

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        """Sync now and then on the timer."""
        self.timer.start()
        self.sync_now()

    def stop(self) -> None:
        self.timer.stop()
        if self._task is not None:
            self._task.cancel()

    @Slot()
    def sync_now(self) -> None:
        if self._task is not None:
            return
        amazon = self._amazon

        def work(task: Task) -> list[SyncResult]:
            return amazon.sync_all(progress=task.report, cancelled=task.cancelled)

        self.started.emit()
        self._task = self._runner.run(
            work,
            on_done=self._done,
            on_failed=lambda _exc: self._done([]),
            on_progress=self.progress.emit,
        )

    @Slot(object)
    def _done(self, results: list[SyncResult]) -> None:
        self._task = None
        self.last = results
        self.finished.emit(results)


class AmazonSyncStatus(QWidget):
    """A status-bar piece: a busy bar while a sync runs, then its outcome in a sentence."""

    def __init__(self, controller: AmazonSyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("amazonSyncStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("amazonSyncLabel")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("amazonSyncProgress")
        self.bar.setRange(0, 0)  # the number of orders is not known ahead
        self.bar.setMaximumWidth(120)
        self.bar.hide()
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        controller.started.connect(self._started)
        controller.progress.connect(self._progress)
        controller.finished.connect(self._finished)

    @Slot()
    def _started(self) -> None:
        self.bar.show()
        self.label.setText(self.tr("Amazon: checking orders…"))

    @Slot(int, int)
    def _progress(self, orders: int, pages: int) -> None:
        # no count before a plural noun: "1 orders (1 pages)" read wrong in every language
        locale = QLocale()
        self.label.setText(
            self.tr("Amazon: reading orders… %1 so far, page %2")
            .replace("%1", locale.toString(orders))
            .replace("%2", locale.toString(pages))
        )

    @Slot(list)
    def _finished(self, results: list[SyncResult]) -> None:
        self.bar.hide()
        problems = [sentence_text(r.error or r.note) for r in results if r.error or r.note]
        if problems:
            self.label.setText(problems[0])
            self.label.setToolTip("\n".join(problems))
            return
        new = sum(r.new for r in results)
        updated = sum(r.updated for r in results)
        self.label.setText(
            self.tr("Amazon: %1 new, %2 updated orders")
            .replace("%1", str(new))
            .replace("%2", str(updated))
        )
        self.label.setToolTip("")
