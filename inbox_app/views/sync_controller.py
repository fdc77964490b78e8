"""Mail sync from the window: on demand (F5), every few minutes, and the outbox as soon
as undo windows end; in a worker, with progress and cancel in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from inbox_app.models.known_sentences import known_sentence_text
from inbox_app.services.mail import MailService, SyncRound
from inbox_app.views.task_runner import Task, TaskRunner

if TYPE_CHECKING:
    from inbox_app.services.sync_report import SyncProgress

PasswordPrompt = Callable[[str], str | None]
__all__ = ["SyncController", "SyncRound", "SyncStatusWidget"]


class _Relay(QObject):
    """Carries progress text from the worker to the GUI thread (queued signal)."""

    text = Signal(str)
    step = Signal(int, int)


class SyncController(QObject):
    """Runs `MailService.sync_round` on the task runner; one round at a time."""

    started = Signal()
    finished = Signal(object)  # SyncRound
    status = Signal(str)
    progress = Signal(int, int)

    def __init__(
        self,
        service: MailService,
        *,
        runner: TaskRunner,
        password_prompt: PasswordPrompt | None = None,
        fetch_minutes: int = 5,
        outbox_seconds: int = 15,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._prompt = password_prompt
        self._task: Task | None = None
        self._fetching = False
        self._relay = _Relay(self)
        self._relay.text.connect(self._say)
        self._relay.step.connect(self.progress)
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setInterval(max(1, fetch_minutes) * 60_000)
        self._fetch_timer.timeout.connect(self._timed_fetch)
        self._outbox_timer = QTimer(self)
        self._outbox_timer.setInterval(max(1, outbox_seconds) * 1000)
        self._outbox_timer.timeout.connect(self._timed_send)

    @Slot()
    def _timed_fetch(self) -> None:
        self.sync_now()

    @Slot()
    def _timed_send(self) -> None:
        self.sync_now(fetch=False)

    def start_timers(self) -> None:
        self._fetch_timer.start()
        self._outbox_timer.start()

    def stop_timers(self) -> None:
        self._fetch_timer.stop()
        self._outbox_timer.stop()

    def running(self) -> bool:
        return self._task is not None

    @Slot()
    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.emit(self.tr("Cancelling…"))

    def sync_now(
        self, *, fetch: bool = True, send: bool = True, only: tuple[str, ...] | None = None
    ) -> bool:
        """Start a round unless one runs; False when one was already running."""
        if self._task is not None:
            return False
        service, relay = self._service, self._relay

        def report(p: SyncProgress) -> None:
            if p.total:
                relay.step.emit(p.done, p.total)
            if p.message or p.folder:
                relay.text.emit(p.message or p.folder)

        def work(task: Task) -> SyncRound:
            return service.sync_round(
                fetch=fetch, send=send, only=only, progress=report, cancelled=task.cancelled
            )

        self._task = self._runner.run(work, on_done=self._done, on_failed=self._failed)
        self._fetching = fetch
        self.started.emit()
        if fetch:
            self.status.emit(self.tr("Checking mail…"))
        return True

    @Slot(str)
    def _say(self, text: str) -> None:
        """A sync's progress (a mail sentence, a folder's name) in the interface language."""
        self.status.emit(known_sentence_text(text))

    @Slot(object)
    def _done(self, result: SyncRound) -> None:
        self._task = None
        asked = []
        for name in result.needs_password:
            password = self._prompt(name) if self._prompt is not None else None
            if password:
                self._service.remember_for_session(name, password)
                asked.append(name)
        if result.errors:
            self.status.emit(known_sentence_text(result.errors[0]))
        elif result.uncertain:  # on every round until the seller decides
            self.status.emit(
                self.tr(
                    "%n message(s) may have been sent: open the conversation to resend, "
                    "mark as sent or discard.",
                    "",
                    result.uncertain,
                )
            )
        elif result.cancelled:
            self.status.emit(self.tr("Mail check cancelled."))
        elif result.summaries:
            if self._fetching:
                self.status.emit(self.tr("Mail checked: %n new message(s).", "", result.imported))
        elif self._fetching and not result.needs_password:
            self.status.emit(self.tr("No mail account yet: Mail ▸ Add account…"))
        else:
            self.status.emit("")
        self.finished.emit(result)
        if asked:
            self.sync_now(only=tuple(asked))

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.status.emit(self.tr("Mail check failed: %1").replace("%1", str(exc)))
        self.finished.emit(SyncRound())


class SyncStatusWidget(QWidget):
    """Status-bar piece: what sync is doing, a progress bar, and a cancel button."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(140)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("syncCancel")
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop checking mail"))
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.bar.hide()
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(controller.cancel)
        controller.started.connect(self._started)
        controller.finished.connect(self._finished)
        controller.status.connect(self.label.setText)
        controller.progress.connect(self._progress)

    @Slot()
    def _started(self) -> None:
        self.bar.setRange(0, 0)  # busy until the first count arrives
        self.bar.show()
        self.cancel_button.show()

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    @Slot(object)
    def _finished(self, _result: object) -> None:
        self.bar.hide()
        self.cancel_button.hide()
