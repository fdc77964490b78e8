"""A refused change's sentence whole in the status bar of a team seat at 1024x700, in
English, Italian and Korean: the seat's permanent labels ("Team inbox: Anna", the
counts) leave the message less room than a single seller's window has, and a sentence
cut there ends before it says the thread is shown as it was."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizeGrip, QStatusBar, QWidget
from sqlalchemy import update

from inbox_app.store.migrate import Store
from inbox_app.store.schema import utcnow
from inbox_app.store.team_schema import Seat
from tests.helpers.factories import add_seats
from tests.helpers.thread_writes import settle, unread_refused
from tests.helpers.window import open_window


def _room(bar: QStatusBar) -> int:
    """The width the status bar's message has: up to its first permanent widget."""
    shown = [
        c
        for c in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if c.isVisible() and not isinstance(c, QSizeGrip)
    ]
    return min((c.x() for c in shown), default=bar.width())


@pytest.mark.parametrize("lang", ["en", "it", "ko"])
def test_a_refused_change_is_said_whole_on_a_team_seat_at_1024(
    main_window: Callable[..., Any],
    team_store: Callable[..., Store],
    install: Callable[[str], Any],
    qtbot: Any,
    lang: str,
) -> None:
    if lang != "en":
        install(lang)
    store = team_store(threads=40, person="Anna")
    bo = add_seats(store, "Bo")["Bo"]
    w = open_window(main_window, qtbot, (1024, 700), store=store)
    qtbot.waitUntil(lambda: getattr(w, "assign", None) is not None)
    tid = settle(w, qtbot)
    bar = w.statusBar()
    said: list[str] = []
    with unread_refused(store):
        w.commands.mark_read(False)
        qtbot.waitUntil(lambda: w.thread_writes.pending() == 0, timeout=10_000)
        said.append(bar.currentMessage())
    with store.session() as s, s.begin():  # Bo leaves after this window read the team
        s.execute(update(Seat).where(Seat.id == bo).values(left_at=utcnow()))
    w.assign.assign(tid, bo)
    qtbot.waitUntil(lambda: w.thread_writes.pending() == 0, timeout=10_000)
    said.append(bar.currentMessage())
    assert all(said) and said[0] != said[1]
    metrics = bar.fontMetrics()
    for text in said:
        assert metrics.horizontalAdvance(text) < _room(bar), (text, _room(bar))
