"""What waits for the first painted page of threads, and the benchmark hook that reports
it. `app.run` installs both: the seller sees the list before the conversation, the
verified open, the counts, the rule set and the writing panes are built."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenuBar

from inbox_app.store_opening import GATE_TIMEOUT_S

FIRST_PAINT_ENV = "INBOX_APP_EXIT_AFTER_FIRST_PAINT"


class _Ui(Protocol):
    @property
    def threads_view(self) -> QAbstractItemView: ...


class _Models(Protocol):
    @property
    def threads(self) -> QAbstractItemModel: ...


class PaintedHost(Protocol):
    """What waits for the first paint uses of the main window (views/main_window.py)."""

    @property
    def ui(self) -> _Ui: ...
    @property
    def models(self) -> _Models: ...

    def first_paint_done(self) -> None: ...
    def refresh_counts(self) -> None: ...
    def release_panes(self) -> None: ...
    def menuBar(self) -> QMenuBar: ...


class FirstPaintGate(QObject):
    """Calls `then` once, after the thread list's first paint is on screen (or after
    GATE_TIMEOUT_S, whichever comes first)."""

    def __init__(self, view: QAbstractItemView, then: Callable[[], None]) -> None:
        super().__init__(view)
        self.then = then
        self.done = False
        view.viewport().installEventFilter(self)
        QTimer.singleShot(int(GATE_TIMEOUT_S * 1000), self, self._fire)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)  # after this paint is on screen
        return False

    def _fire(self) -> None:
        if not self.done:
            self.done = True
            self.then()


def after_first_paint(window: PaintedHost, gate: threading.Event | None) -> None:
    """What waits for the first paint: the current thread's conversation (its message
    cards), the verified open behind a preview (its gate), the sidebar's counts (a
    worker's scan of the indexes), the policy rule set (built on a worker: half a second
    of pattern compiling) and the panes held by create_window (compose, mail, metrics,
    team), built after it."""

    def then() -> None:
        window.first_paint_done()  # first the current thread: what the seller reads first
        if gate is not None:
            gate.set()
        window.refresh_counts()
        # the checker's modules (the attachment sniffers, PIL, libmagic) load now, not
        # before the first paint
        from inbox_app.services.policy_checks import warm_up_ruleset

        warm_up_ruleset()
        window.release_panes()

    FirstPaintGate(window.ui.threads_view, then)  # a child of the list


def exit_after_first_paint(app: QApplication, window: PaintedHost) -> None:
    """Benchmark hook: print the wall time once the first page of threads is painted."""

    class FirstPaint(QObject):
        painted_at = 0.0
        cpu_at = 0.0  # CPU seconds of the whole process by then (benchmarks on busy machines)
        sqlalchemy = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and window.models.threads.rowCount() > 0:
                obj.removeEventFilter(self)
                self.painted_at = time.time()
                self.cpu_at = time.process_time()
                self.sqlalchemy = "sqlalchemy" in sys.modules  # loaded before the paint?
                QTimer.singleShot(0, self, self._done)
            return False

        def _done(self) -> None:
            # the menu titles show which translation was loaded (packaging smoke tests)
            menus = "|".join(a.text() for a in window.menuBar().actions())
            rows = window.models.threads.rowCount()
            print(
                f"FIRST_PAINT {self.painted_at:.6f} rows={rows} menus={menus} "
                f"cpu={self.cpu_at:.4f} sqlalchemy={int(self.sqlalchemy)}",
                flush=True,
            )
            app.quit()

    view = window.ui.threads_view
    watcher = FirstPaint(view)
    view.viewport().installEventFilter(watcher)
