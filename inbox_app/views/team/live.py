"""What the other seats do, live in this window: the change listener's batches, queued to
the GUI thread, coalesced per thread id and applied in place (the thread list's rows, the
counts, the open conversation); a lost server said in one sentence in the status bar."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget
from sqlalchemy.exc import SQLAlchemyError

from inbox_app.models.thread_list_model import ThreadListModel
from inbox_app.services.inbox import InboxService
from inbox_app.services.live import Changes
from inbox_app.services.offline_changes import OfflineChanges
from inbox_app.services.team_link import TeamLink
from inbox_app.store.rows import ThreadDetail
from inbox_app.store.server import is_unreachable
from inbox_app.views.task_runner import TaskRunner
from inbox_app.views.team.live_reads import LiveReads
from inbox_app.views.team.row_reads import DetailReads, RowReads

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

    def __init__(self, status_bar: QStatusBar) -> None:
        self._status = status_bar
        self.label = QLabel(offline_text(), status_bar)
        self.label.setObjectName("teamOfflineLabel")
        self.label.setWordWrap(False)
        self.label.setStyleSheet(
            "color: palette(highlighted-text); background: #b3261e;"
            " padding: 1px 6px; border-radius: 3px;"
        )
        self.label.hide()
        status_bar.addPermanentWidget(self.label)
        self._online = True
        self._waiting = 0

    def show_waiting(self, count: int, text: str) -> None:
        """`count` changes wait for the server (`text` says so): said here, the one place
        (the whole offline sentence in its tip); shown as soon as a write finds the server
        away, before the listener does, and until the last change landed."""
        self._waiting = count
        if count:
            self.label.setText(_tr("Offline: %1").replace("%1", text))
            self.label.setToolTip(offline_text())
            self.label.show()
        else:
            self.label.setText(offline_text())
            self.label.setToolTip("")
            self.label.setVisible(not self._online)

    def show_state(self, online: bool) -> None:
        self._online = online
        if online:
            if self.label.isVisible():
                self._status.showMessage(_tr("Back online: the team inbox is up to date."), 8000)
            if not self._waiting:  # else: until they landed
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


class _Models(Protocol):
    @property
    def threads(self) -> ThreadListModel: ...


class _Threads(Protocol):  # ThreadsController
    @property
    def counts_stale(self) -> SignalInstance: ...

    def show_current(self, tid: int, detail: ThreadDetail | None, /) -> None: ...
    def read_details_with(self, details: DetailReads, /) -> None: ...


class _ThreadWrites(Protocol):  # ThreadWrites
    @property
    def waiting(self) -> SignalInstance: ...
    def held(self) -> Collection[int]: ...
    def set_online(self, online: bool) -> None: ...
    def keep_offline(self, journal: OfflineChanges) -> None: ...
    def replay(self) -> int: ...


class _DraftWrites(Protocol):  # WriteQueue
    def set_offline(self, offline: bool) -> None: ...


class LiveHost(Protocol):
    """What the live updates use of the main window (views/main_window.py), and no more."""

    @property
    def service(self) -> InboxService: ...
    @property
    def runner(self) -> TaskRunner: ...
    @property
    def models(self) -> _Models: ...
    @property
    def threads(self) -> _Threads: ...
    @property
    def thread_writes(self) -> _ThreadWrites: ...
    @property
    def writes(self) -> _DraftWrites: ...
    @property
    def threads_updated(self) -> SignalInstance: ...

    def current_thread_id(self) -> int | None: ...
    def refresh(self) -> None: ...
    def statusBar(self) -> QStatusBar: ...
    def window(self) -> QWidget: ...  # the top-level widget: the parent of these parts


def install_live(host: LiveHost, link: TeamLink) -> LiveUpdates:
    """Listen for the team's changes and apply them to the window in place: the changed
    rows and the open conversation re-read on the window's runner (never stalling it),
    the counts, a full re-read after a lost connection, the offline sentence, and the
    draft and thread writes told whether the server is there."""
    top = host.window()
    # the list's rows and the selected thread are read off the GUI thread from now on
    host.models.threads.read_off_thread(
        RowReads(host.service, host.runner, top), host.thread_writes.held
    )
    host.threads.read_details_with(DetailReads(host.service, host.runner, top))
    live = LiveUpdates(link, top)
    banner = OfflineBanner(host.statusBar())
    reads = live.reads = LiveReads(  # the re-reads never stall the window
        host.service,
        host.runner,
        current_thread=host.current_thread_id,
        held=host.thread_writes.held,
        rows=host.models.threads,
        conversation=host.threads,
        parent=top,
    )
    reads.counts_stale.connect(host.threads.counts_stale)
    reads.updated.connect(host.threads_updated)
    live.changed.connect(reads.changed)
    refresh, writes, thread_writes = host.refresh, host.writes, host.thread_writes
    live.caught_up.connect(lambda: _unless_unreachable(refresh))
    live.online_changed.connect(banner.show_state)
    live.online_changed.connect(lambda online: writes.set_offline(not online))
    # a change waiting for the server is tried at once; one it did not take is kept on
    # this computer too, and what an earlier run kept is written now, in order
    live.online_changed.connect(thread_writes.set_online)
    thread_writes.waiting.connect(banner.show_waiting)
    if link.shared:
        from inbox_app.seat import seat_for

        seat = seat_for(link.url)
        journal = OfflineChanges.for_seat(link.url, seat.seat_id if seat else None)
        thread_writes.keep_offline(journal)
        thread_writes.replay()
    live.banner = banner
    live.start()
    return live
