"""The real window in a test: open it at a size with a thread shown, write a reply and
wait for the live check (the set-up of every "write in the pane" GUI test)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QScrollBar, QSplitter, QWidget

LINKS = (
    "Hello, thanks for your order! Visit www.myshop.com for 20% off your next one, "
    "or write to shop@example.com."
)


def open_window(
    main_window: Callable[..., Any], qtbot: Any, size: tuple[int, int], **kw: Any
) -> Any:
    """The real window at `size`, shown, with its compose pane built and a thread open."""
    w = main_window(show=False, **kw)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.compose is not None and w.current_thread_id() is not None)
    return w


def _layout(window: QWidget) -> tuple[object, ...]:
    """What a settling layout still moves: every splitter's sizes, every scroll bar."""
    splits = tuple(tuple(s.sizes()) for s in window.findChildren(QSplitter))
    bars = tuple((b.value(), b.maximum()) for b in window.findChildren(QScrollBar))
    return splits, bars


def wait_settled(qtbot: Any, window: QWidget, timeout: int = 5000) -> None:
    """Wait until the layout a resize or a show started has settled: none of the window's
    zero-delay passes (the pane fitter's, the reply room's, the scroll keeper's) is pending,
    and the splitters and scroll bars held still from one poll to the next."""
    seen: list[tuple[object, ...]] = []

    def still() -> bool:
        pending = any(
            t.isActive() and t.isSingleShot() and t.interval() == 0
            for t in window.findChildren(QTimer)
        )
        now = _layout(window)
        same = not pending and seen == [now]
        seen[:] = [now]
        return same

    qtbot.waitUntil(still, timeout=timeout)


def write_reply(w: Any, qtbot: Any, text: str, rule: str = "external-link") -> Any:
    """Type `text` into the window's reply and wait until the checker shows `rule`."""
    pane = w.compose
    pane.ui.body.setPlainText(text)
    qtbot.waitUntil(lambda: rule in {f.rule for f in pane.findings_model.findings()})
    qtbot.waitUntil(pane.ui.findings.isVisible)
    return pane


def open_team_window(
    main_window: Callable[..., Any],
    team_store: Callable[..., Any],
    qtbot: Any,
    *,
    person: str,
    threads: int = 40,
) -> tuple[Any, Any, Any]:
    """A seat's real window on a team store, online, with the first thread open: returns
    the store, the window and that thread's row."""
    store = team_store(threads=threads, person=person)
    window = main_window(store=store)
    model = window.models.threads
    qtbot.waitUntil(lambda: model.rowCount() > 2)
    team = window.team
    qtbot.waitUntil(lambda: team.live.online is True)
    thread = model.thread_at(0)
    window.threads.select_thread(thread.id)
    return store, window, thread
