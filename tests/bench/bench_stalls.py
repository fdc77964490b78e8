"""GUI stalls under hostile input (issue 14, item 6): the longest gap of a 10 ms heartbeat
timer while the real window takes each input, beside an ordinary input in the same run.

Run with `python -m tests.bench.bench_stalls` or through `make bench` (offscreen Qt).
The window is the real one (create_window); inputs arrive as the seller gives them:
pasted into the compose pane's body (then the live check and the draft save run),
pasted into the search box (the debounced search runs on the million-message store),
and a thread whose 50 MB mail was imported, selected and paged. A row's stall is the
longest time the event loop did not run (the heartbeat's largest gap), from the input
until the window is done with it plus 300 ms; "its CPU" is the GUI thread's own CPU
time in the worst gap (on a loaded machine the wall gap also counts time spent waiting
for a core); an idle row shows the machine's own jitter. Target: no stall over 100 ms.
RSS +MB: how far resident memory rose meanwhile.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QToolButton

from tests.bench.bench_hostile import HOSTILE, WORDS, big_body
from tests.bench.bench_policy import EN_BODY
from tests.bench.common import big_demo_store, table, vm_kb

STALL_TARGET_MS = 100.0
BEAT_MS = 10
SETTLE_MS = 300


class Heartbeat(QObject):
    """A 10 ms timer that remembers the longest gap between two of its ticks, in wall
    time and in the GUI thread's own CPU time (what it did, whatever the machine's load)."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.last = self.last_cpu = 0.0
        self.max_gap = self.max_cpu = 0.0

    def start(self) -> None:
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.max_gap = self.max_cpu = 0.0
        self.timer.start()

    def stop(self) -> tuple[float, float]:
        """(longest gap, most GUI-thread CPU time spent in one gap), in ms."""
        self._beat()
        self.timer.stop()
        return self.max_gap * 1000, self.max_cpu * 1000

    def _beat(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.max_gap = max(self.max_gap, now - self.last)
        self.max_cpu = max(self.max_cpu, cpu - self.last_cpu)
        self.last, self.last_cpu = now, cpu


Measured = tuple[float, float, float, float]


def measure(
    action: Callable[[], object], done: Callable[[], bool], timeout_s: float = 300
) -> Measured:
    """(longest stall ms, its CPU ms, ms until done, RSS growth MB) of `action`, run from
    the event loop."""
    beat = Heartbeat()
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    started = [0.0]
    finished = [0.0]

    def check() -> None:
        if done() or time.perf_counter() - started[0] > timeout_s:
            finished[0] = time.perf_counter()
            poll.stop()
            QTimer.singleShot(SETTLE_MS, loop.quit)

    def go() -> None:
        started[0] = time.perf_counter()
        action()
        poll.start()

    poll.timeout.connect(check)
    Path("/proc/self/clear_refs").write_text("5")
    rss = vm_kb("VmRSS")
    beat.start()
    QTimer.singleShot(2 * BEAT_MS, go)
    loop.exec()
    stall, cpu = beat.stop()
    grown = (vm_kb("VmHWM") - rss) / 1024
    return stall, cpu, (finished[0] - started[0]) * 1000, grown


def _row(name: str, result: Measured, base: Measured) -> list[str]:
    stall, cpu, until, grown = result
    verdict = "OK" if stall < STALL_TARGET_MS else "OVER 100 ms"
    if stall >= STALL_TARGET_MS and cpu < STALL_TARGET_MS:
        verdict += " (load: CPU OK)"
    return [
        name,
        f"{stall:.0f}",
        f"{cpu:.0f}",
        f"{stall / base[0]:.1f}x",
        f"{until:.0f}",
        f"{grown:.1f}",
        verdict,
    ]


def settle() -> None:
    measure(lambda: None, lambda: True)


def compose_rows(window: object) -> list[list[str]]:
    from inbox_app.views.compose.pane import ComposePane

    pane = window.compose_slot.findChild(ComposePane)  # type: ignore[attr-defined]
    window.reply()  # type: ignore[attr-defined]
    body = pane.ui.body
    clipboard = QApplication.clipboard()
    seen = {"checked": 0, "saved": 0}
    pane.live.checked.connect(lambda: seen.__setitem__("checked", seen["checked"] + 1))
    pane.saver.saved.connect(lambda *_: seen.__setitem__("saved", seen["saved"] + 1))

    def paste(text: str) -> Measured:
        body.setPlainText("")
        body.setFocus()
        measure(
            lambda: None, lambda: not pane.save_timer.isActive() and not pane.live.timer.isActive()
        )
        before = dict(seen)
        clipboard.setText(text)
        return measure(
            body.paste,
            lambda: seen["checked"] > before["checked"] and seen["saved"] > before["saved"],
        )

    idle = measure(lambda: None, lambda: True)
    base = paste(EN_BODY[:1000])
    rows = [
        _row("idle window (the machine's own jitter)", idle, base),
        _row("paste a 1,000-char message into the compose body (baseline)", base, base),
    ]
    for name, text in HOSTILE.items():
        rows.append(_row(f"paste {name} into the compose body", paste(text), base))
    body.setPlainText("")
    return rows


def long_body_rows(window: object, big_tid: int) -> list[list[str]]:
    threads = window.threads  # type: ignore[attr-defined]
    model = window.models.threads  # type: ignore[attr-defined]
    assert model.row_of(big_tid) is not None, "the 50 MB mail's thread is not listed"
    normal_tid = next(r.id for r in (model.thread_at(i) for i in range(5)) if r.id != big_tid)

    def select(tid: int) -> Measured:
        threads.select_thread(normal_tid if tid != normal_tid else big_tid)
        settle()
        return measure(
            lambda: threads.select_thread(tid), lambda: threads.current_thread_id() == tid
        )

    base = select(normal_tid)
    rows = [_row("show an ordinary thread (baseline)", base, base)]
    rows.append(_row("show the thread of a 50 MB mail (1 MB text kept)", select(big_tid), base))
    more = window.findChild(QToolButton, "showMoreButton")  # type: ignore[attr-defined]
    if more is not None:
        rows.append(_row("its 'Show more' (next page)", measure(more.click, lambda: True), base))
    return rows


def search_rows() -> list[list[str]]:
    from inbox_app.app import create_window

    window = create_window(f"sqlite:///{big_demo_store()}")
    window.resize(1440, 860)
    window.show()
    settle()
    edit = window.ui.search_edit
    resets = [0]
    window.models.threads.modelReset.connect(lambda: resets.__setitem__(0, resets[0] + 1))
    clipboard = QApplication.clipboard()

    def paste(text: str) -> Measured:
        edit.clear()
        settle()
        edit.setFocus()
        clipboard.setText(text)
        before = resets[0]
        return measure(
            edit.paste, lambda: resets[0] > before and not window.threads.search_timer.isActive()
        )

    base = paste("charger")
    words = " ".join(WORDS[i % len(WORDS)] for i in range(5_000))
    rows = [
        _row("search 'charger', 1M-message store (baseline)", base, base),
        _row("paste a 5,000-word search", paste(words), base),
    ]
    window.close()
    window.runner.wait()
    return rows


def main() -> None:
    from inbox_app.app import create_window
    from inbox_app.services.ingest import ingest_raw
    from inbox_app.store.demo import build_demo
    from inbox_app.store.migrate import open_store

    app = QApplication.instance() or QApplication([])
    header = [
        "input",
        "stall ms",
        "its CPU ms",
        "vs baseline",
        "done after ms",
        "RSS +MB",
        "target",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["INBOX_APP_DATA_DIR"] = tmp
        url = f"sqlite:///{Path(tmp) / 'stalls.sqlite3'}"
        store = open_store(url)
        build_demo(store, 300, seed=14)
        with store.session() as s, s.begin():
            big_tid = ingest_raw(s, store.blobs, big_body(50)).thread_id
        assert big_tid is not None
        store.close()
        window = create_window(url)
        window.resize(1440, 860)
        window.show()
        settle()
        rows = compose_rows(window)
        table("GUI stalls: the compose pane (target: none over 100 ms)", header, rows)
        rows = long_body_rows(window, big_tid)
        table("GUI stalls: a long body", header, rows)
        window.close()
        window.runner.wait()
    table("GUI stalls: the search box", header, search_rows())
    del app


if __name__ == "__main__":
    main()
