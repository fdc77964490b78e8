"""What the other seats do, live in this window: the change listener's batches, queued to
the GUI thread, coalesced per thread id and applied in place (the thread list's rows, the
counts, the open conversation); a lost server said in one sentence in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow
from sqlalchemy.exc import SQLAlchemyError

from inbox_app.services.live import Changes
from inbox_app.services.team_link import TeamLink
from inbox_app.store.server import is_unreachable
from inbox_app.views.task_runner import TaskRunner

if TYPE_CHECKING:
    from inbox_app.views.team.live_reads import LiveReads

COALESCE_MS = 20  # batches this close together are applied as one


def _tr(text: str) -> str:
    return QCoreApplication.translate("Team", text)


def offline_text() -> str:
    return _tr(
        "Offline: the team server cannot be reached. Your drafts are kept on this "
        "computer and the team's changes appear when it is back."
    )


class LiveUpdates(QObject):
    """The listener's reports as GUI-thread signals (a worker never touches a widget)."""

    changed = Signal(list)  # thread ids whose rows changed (coalesced, each once)
    presence_changed = Signal(list)  # thread ids whose presence changed
    caught_up = Signal()  # back after a lost connection: re-read what is shown
    online_changed = Signal(bool)

    _arrived = Signal(object)  # emitted on the listener's thread
    _state = Signal(bool)

    def __init__(self, link: TeamLink, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threads: set[int] = set()
        self._presence: set[int] = set()
        self._missed = False
        self.online: bool | None = None
        self.banner: OfflineBanner | None = None
        self.reads: LiveReads | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._flush)
        queued = Qt.ConnectionType.QueuedConnection
        self._arrived.connect(self._gather, queued)
        self._state.connect(self._set_online, queued)
        self.listener = link.listener(self._arrived.emit, self._state.emit)
        self.destroyed.connect(lambda *_: self.listener.stop())

    def start(self) -> None:
        self.listener.start()

    def stop(self) -> None:
        self.listener.stop()

    def _gather(self, changes: Changes) -> None:
        if self.listener.stopped:
            return  # the store closed: nothing more is read from it
        self._threads.update(changes.threads)
        self._presence.update(changes.presence)
        self._missed = self._missed or changes.caught_up
        if not self._timer.isActive():
            self._timer.start()

    def _flush(self) -> None:
        if self.listener.stopped:
            return
        threads, self._threads = sorted(self._threads), set()
        presence, self._presence = sorted(self._presence), set()
        missed, self._missed = self._missed, False
        if threads:
            self.changed.emit(threads)
        if missed:
            self.caught_up.emit()
        if presence:
            self.presence_changed.emit(presence)

    def _set_online(self, online: bool) -> None:
        self.online = online
        self.online_changed.emit(online)


class OfflineBanner:
    """The status bar's one sentence while the server is out of reach (teamOfflineLabel)."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        self.label = QLabel(offline_text(), window)
        self.label.setObjectName("teamOfflineLabel")
        self.label.setWordWrap(False)
        self.label.setStyleSheet(
            "color: palette(highlighted-text); background: #b3261e;"
            " padding: 1px 6px; border-radius: 3px;"
        )
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)

    def show_state(self, online: bool) -> None:
        if online:
            if self.label.isVisible():
                self._window.statusBar().showMessage(
                    _tr("Back online: the team inbox is up to date."), 8000
                )
            self.label.hide()
        else:
            self.label.show()


def _unless_unreachable(apply: Callable[..., object], *args: object) -> None:
    """Apply a change; if the server went away meanwhile, the listener catches up later."""
    try:
        apply(*args)
    except SQLAlchemyError as exc:
        if not is_unreachable(exc):
            raise


def install_live(window: QMainWindow, link: TeamLink) -> LiveUpdates:
    """Listen for the team's changes and apply them to `window` in place."""
    live = LiveUpdates(link, window)
    banner = OfflineBanner(window)
    changed = getattr(window, "threads_changed", None)
    refresh = getattr(window, "refresh", None)
    writes = getattr(window, "writes", None)
    runner = getattr(window, "runner", None)
    if isinstance(runner, TaskRunner) and hasattr(window, "service"):
        from inbox_app.views.team.live_reads import LiveReads

        host: Any = window  # the MainWindow: its service, models, threads and signals
        reads = live.reads = LiveReads(  # the re-reads never stall the window
            host.service,
            runner,
            current_thread=host.current_thread_id,
            held=w.held if (w := getattr(host, "thread_writes", None)) is not None else frozenset,
            rows=host.models.threads,
            conversation=host.threads,
            parent=window,
        )
        reads.counts_stale.connect(host.threads.counts_stale)
        reads.updated.connect(host.threads_updated)
        live.changed.connect(reads.changed)
    elif callable(changed):
        live.changed.connect(lambda ids: _unless_unreachable(changed, ids))
    if callable(refresh):
        live.caught_up.connect(lambda: _unless_unreachable(refresh))
    live.online_changed.connect(banner.show_state)
    if writes is not None:
        live.online_changed.connect(lambda online: writes.set_offline(not online))
    thread_writes = getattr(window, "thread_writes", None)
    if thread_writes is not None:  # a change waiting for the server is tried at once
        live.online_changed.connect(thread_writes.set_online)
    live.banner = banner
    live.start()
    return live
