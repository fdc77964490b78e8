"""Presence in the window of a team seat: this seat's heartbeat (the thread it shows, and
whether it is typing a reply), the others on the open thread said in the conversation
header ("Anna is replying"), a warning in the compose pane while someone else replies,
and a reply held for a confirm when another seat answered the thread since it began.

Every query runs in the window runner's one-thread lane `LANE` (in order, never on the GUI
thread, never behind a sync); the live listener says when presence or a thread changed."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import QBoxLayout, QLabel, QMessageBox, QWidget

from inbox_app.models.presence_text import presence_text
from inbox_app.seat import SeatConfig
from inbox_app.services import presence
from inbox_app.services.presence import REPLYING, VIEWING, Answer, Someone
from inbox_app.services.team_link import SeatPresence
from inbox_app.store.schema import utcnow
from inbox_app.views.task_runner import TaskRunner
from inbox_app.views.team.live import LiveUpdates

TYPING_S = 60.0  # still "replying" this long after the last key
LANE = "presence"  # the window runner's lane for presence reads and heartbeats


def _tr(text: str) -> str:
    return QCoreApplication.translate("Team", text)


def warning_text(people: list[str]) -> str:
    return _tr("%1 is already replying to this thread: check before you answer it too.").replace(
        "%1", ", ".join(people)
    )


class PresenceHost(Protocol):
    """What presence uses of the main window (views/main_window.py): the current thread."""

    @property
    def thread_selected(self) -> SignalInstance: ...
    @property
    def thread_cleared(self) -> SignalInstance: ...

    def current_thread_id(self) -> int | None: ...
    def window(self) -> QWidget: ...  # the top-level widget: parent, conversation header


class PresenceController(QObject):
    """Owns this seat's presence row and what the window shows of the others'."""

    def __init__(
        self,
        host: PresenceHost,
        here: SeatPresence,
        seat: SeatConfig,
        live: LiveUpdates,
        compose: QWidget | None,
        *,
        runner: TaskRunner,
        on_close: Callable[[Callable[[], None]], None],
    ) -> None:
        """`runner` is the window runner's one-thread lane `LANE` (`runner.lane(LANE)`)."""
        window = host.window()
        super().__init__(window)
        self._window, self._here, self._seat, self._compose = window, here, seat, compose
        self.runner = runner  # one thread: heartbeats and reads in order, never behind sync
        self.thread_id: int | None = None
        self.activity = VIEWING
        self._typed_at = 0.0
        self.others: list[Someone] = []
        self.reply_started: dict[int, datetime] = {}
        self.answered: dict[int, Answer] = {}
        self.label = QLabel(window)
        self.label.setObjectName("teamPresenceLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)  # a narrow pane wraps "Marco is replying · Bo has …"
        self.label.setStyleSheet("color: #8a5a00; font-weight: 600;")
        self.label.hide()
        self.warning = QLabel(window)
        self.warning.setObjectName("teamReplyWarning")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet(
            "background: #fff4ce; color: #4d3800; border: 1px solid #e0b400;"
            " border-radius: 4px; padding: 4px 8px;"
        )
        self.warning.hide()
        self._place()
        self._beat = QTimer(self)
        self._beat.setInterval(presence.HEARTBEAT_MS)
        self._beat.timeout.connect(self.heartbeat)
        self._beat.start()
        live.presence_changed.connect(self._presence_changed)
        live.changed.connect(self._threads_changed)
        live.caught_up.connect(self.heartbeat)
        host.thread_selected.connect(self.show_thread)
        host.thread_cleared.connect(lambda: self.show_thread(None))
        if compose is not None:
            compose.edited.connect(self._typed)  # type: ignore[attr-defined]
            compose.sending.confirm_send = self.confirm_send  # type: ignore[attr-defined]
            compose.queued.connect(self._sent)  # type: ignore[attr-defined]
        on_close(self._drain)  # before the engine goes: no query left running
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.leave)
        self.show_thread(host.current_thread_id())

    def _place(self) -> None:
        header = self._window.findChild(QWidget, "conversationHeader")
        if header is not None and isinstance(header.layout(), QBoxLayout):
            header.layout().addWidget(self.label)  # type: ignore[union-attr]
        if self._compose is not None and isinstance(self._compose.layout(), QBoxLayout):
            self._compose.layout().insertWidget(0, self.warning)  # type: ignore[union-attr]

    # --- this seat ----------------------------------------------------------------------

    def show_thread(self, thread_id: int | None) -> None:
        if thread_id == self.thread_id:
            return
        self.thread_id, self.activity = thread_id, VIEWING
        self.others = []
        self._show()
        self.heartbeat()
        self._ask_others()

    def _typed(self) -> None:
        if self.thread_id is None:
            return
        self._typed_at = time.monotonic()
        self.reply_started.setdefault(self.thread_id, utcnow())
        if self.activity != REPLYING:
            self.activity = REPLYING
            self.heartbeat()

    def _sent(self, _message_id: int, thread_id: int) -> None:
        self.reply_started.pop(thread_id, None)
        self.answered.pop(thread_id, None)
        if thread_id == self.thread_id:
            self.activity = VIEWING
            self.heartbeat()

    def heartbeat(self) -> None:
        if self.activity == REPLYING and time.monotonic() - self._typed_at > TYPING_S:
            self.activity = VIEWING
        here, tid, activity = self._here, self.thread_id, self.activity
        self.runner.run(lambda _t: here.beat(tid, activity), on_failed=_ignore)
        self._ask_others()  # a seat that went quiet has expired by now

    def leave(self) -> None:
        """The app quits: this seat is on no thread (its row would expire anyway)."""
        if not self._beat.isActive() or not shiboken6.isValid(self.runner):
            return
        self._beat.stop()
        here = self._here
        self.runner.run(lambda _t: here.clear(), on_failed=_ignore)
        self.runner.wait(2000)

    def _drain(self) -> None:
        """The store closes: no heartbeat after it, none still holding a connection."""
        if not shiboken6.isValid(self):
            return
        self._beat.stop()
        with contextlib.suppress(RuntimeError):  # the window (and its runner) went first
            self.runner.wait(5000)

    # --- the others -----------------------------------------------------------------------

    def _presence_changed(self, thread_ids: list[int]) -> None:
        if self.thread_id is not None and (self.thread_id in thread_ids or 0 in thread_ids):
            self._ask_others()

    def _ask_others(self) -> None:
        tid = self.thread_id
        if tid is None:
            return
        here = self._here

        def done(others: object) -> None:
            if tid == self.thread_id and isinstance(others, list):
                self.others = others
                self._show()

        self.runner.run(lambda _t: here.others_on(tid), on_done=done, on_failed=_ignore)

    def _show(self) -> None:
        text = presence_text(self.others)
        self.label.setText(text)
        self.label.setVisible(bool(text))
        replying = [o.person for o in self.others if o.activity == REPLYING]
        self.warning.setText(warning_text(replying) if replying else "")
        self.warning.setVisible(bool(replying))

    def _threads_changed(self, thread_ids: list[int]) -> None:
        """A thread I am replying to changed: did someone else answer it?"""
        for tid in thread_ids:
            started = self.reply_started.get(tid)
            if started is not None:
                self._ask_answered(tid, started)

    def _ask_answered(self, tid: int, started: datetime) -> None:
        here = self._here

        def done(answer: object) -> None:
            if isinstance(answer, Answer) and tid in self.reply_started:
                self.answered[tid] = answer

        self.runner.run(
            lambda _t: here.answered_since(tid, started),
            on_done=done,
            on_failed=_ignore,
        )

    def confirm_send(self, thread_id: int) -> bool:
        """Send (compose): hold a reply whose thread another seat answered meanwhile."""
        answer = self.answered.get(thread_id)
        if answer is None:
            return True
        who = answer.person or _tr("Someone else on the team")
        box = answered_box(self._window, who)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        self.answered.pop(thread_id, None)
        return True


def answered_box(parent: QWidget | None, who: str) -> QMessageBox:
    """ "Already answered": Send yours too? No is the default and Escape."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        _tr("Already answered"),
        _tr("%1 answered this thread after you started your reply. Send yours too?").replace(
            "%1", who
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("teamAnsweredConfirm")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box


def _ignore(_exc: BaseException) -> None:
    """Presence is best effort: a lost server is said by the live banner already."""
