"""A seat's real window in a process of its own, driven over a pipe: one command a line on
stdin, one answer a line on stdout (times are `time.time()` of this process).

    python -m tests.helpers.window_seat URL PERSON

The window is `create_window` over the team store, as `inbox-app --db URL` builds it; the
seat joins as PERSON with its own data dir (INBOX_APP_DATA_DIR) and keyring. No undo wait
(compose/undo_seconds 0), so a reply sent goes out on the next outbox round.

    password ACCOUNT SECRET   the account's password in this seat's keyring   -> ok
    open TID                  show thread TID (its compose pane follows)      -> opened TID
    type TEXT                 type TEXT into the reply, key by key, saved     -> typed
    send                      Send, then outbox rounds until it left          -> queued T, sent T N
    watch TID                 say when a reply shows in TID's conversation,
                              and again at each status it takes            -> seen T STATUS TEXT
    quit                      close the window and exit

It says `ready` once the window is up and online, `error WHAT` when a command failed."""

from __future__ import annotations

import sys
import threading
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def say(*words: object) -> None:
    print(*words, flush=True)


class _Stdin(QObject):
    """Lines of stdin, read on a thread, delivered on the GUI thread."""

    line = Signal(str)

    def start(self) -> None:
        def read() -> None:
            for raw in sys.stdin:
                self.line.emit(raw.rstrip("\n"))
            self.line.emit("quit")

        threading.Thread(target=read, name="seat-stdin", daemon=True).start()


def _when(test: Any, then: Any, every: int = 5) -> None:
    def poll() -> None:
        if test():
            then()
        else:
            QTimer.singleShot(every, poll)

    poll()


class Seat(QObject):
    def __init__(self, window: Any, app: QApplication) -> None:
        super().__init__(window)
        self.window, self.app = window, app
        self.watching: dict[int, set[tuple[int, str]]] = {}
        controller = window.mail.controller
        controller.finished.connect(self._round)
        self._sending = False
        self._sent = 0
        model = window.models.conversation
        for signal in (model.rowsInserted, model.modelReset, model.dataChanged):
            signal.connect(self._rows)

    def command(self, line: str) -> None:
        verb, _, rest = line.partition(" ")
        try:
            getattr(self, f"do_{verb}")(rest)
        except Exception as exc:  # the driving test reads this line, never a traceback
            say("error", verb, type(exc).__name__, exc)

    def do_password(self, rest: str) -> None:
        from inbox_app import credentials

        account, _, secret = rest.partition(" ")
        credentials.set_password(account, secret)
        say("ok")

    def do_open(self, rest: str) -> None:
        tid = int(rest)
        self.window.threads.select_thread(tid, fallback_first=False)
        pane = self.window.compose
        _when(lambda: pane.thread_id == tid, lambda: say("opened", tid))

    def do_type(self, rest: str) -> None:
        body = self.window.compose.ui.body
        self.window.activateWindow()
        body.setFocus()
        for ch in rest:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(body, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
        pane, writes = self.window.compose, self.window.writes
        pane.flush()  # on its way in the window's write lane

        def landed() -> None:
            if not pane.saver.stored or pane.saver.in_conflict:
                say("error", "type", "the draft was not saved")
                return
            say("typed")

        _when(lambda: writes.pending() == 0, landed)

    def do_send(self, _rest: str) -> None:
        pane = self.window.compose
        _when(pane.ui.send.isEnabled, self._send_now)

    def _send_now(self) -> None:
        pane = self.window.compose
        target = pane.save_target()
        if target is None or not pane.send():
            say("error", "send", pane.ui.status.text())
            return
        key = ("send", target.key)  # the write lane's key of this Send
        _when(lambda: not pane.sending.sending(), lambda: self._queued(key))

    def _queued(self, key: Any) -> None:
        pane = self.window.compose
        if pane.writes.refused(key):
            say("error", "send", pane.ui.status.text())
            return
        say("queued", time.time())
        self._sending, self._sent = True, 0
        self._outbox_round()

    def _outbox_round(self) -> None:
        if self._sending and not self.window.mail.controller.sync_now(fetch=False):
            QTimer.singleShot(50, self._outbox_round)  # a round runs: the next one after it

    def _round(self, result: Any) -> None:
        if not self._sending:
            return
        self._sent += sum(s.outbox.sent for s in result.summaries if s.outbox is not None)
        if result.errors:
            say("error", "send", "; ".join(result.errors))
            self._sending = False
        elif self._sent:
            self._sending = False
            say("sent", time.time(), self._sent)
        else:  # the undo window (rounded to the next second) has not ended yet
            QTimer.singleShot(50, self._outbox_round)

    def do_watch(self, rest: str) -> None:
        tid = int(rest)
        model = self.window.models.conversation
        shown = model.messages() if model.thread_id == tid else ()
        self.watching[tid] = {(m.id, m.status) for m in shown}
        say("watching", tid)

    def _rows(self, *_args: object) -> None:
        model = self.window.models.conversation
        seen = self.watching.get(model.thread_id) if model.thread_id is not None else None
        if seen is None:
            return
        for m in model.messages():
            if m.direction == "out" and (m.id, m.status) not in seen:
                seen.add((m.id, m.status))
                say("seen", time.time(), m.status, m.body_text.replace("\n", " "))

    def do_quit(self, _rest: str) -> None:
        self.window.close()
        self.app.quit()


def main(argv: list[str]) -> int:
    url, person = argv[1], argv[2]
    app = QApplication(argv[:1])
    from inbox_app.app import app_settings, create_window
    from inbox_app.services.seats import TeamSeats
    from inbox_app.store.migrate import open_store

    store = open_store(url)
    TeamSeats(store).register(person)
    settings = app_settings()
    settings.setValue("compose/undo_seconds", 0)
    window = create_window(store.url, settings=settings, store=store)
    window.resize(1280, 860)
    window.show()
    seat = Seat(window, app)
    stdin = _Stdin(seat)
    stdin.line.connect(seat.command)

    def ready() -> None:
        stdin.start()
        say("ready")

    _when(lambda: window.compose is not None and window.team.live.online is True, ready, 20)
    app.exec()
    window.runner.wait()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
