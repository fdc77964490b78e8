"""The team (who a thread can be assigned to) is read on the window's task runner, never
on the GUI thread: on a team seat that read is a PostgreSQL round trip. Held at the
server's doorstep here, the window is up and answering while the read waits; the Thread
menu and the people fill in when the answer comes. A read the lost server failed is made
again when the seat is back online, and a seat that quit on "Mine" comes back to it, in
its place after "All open". Over the real PostgreSQL server."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from inbox_app.store.migrate import Store
from tests.helpers.factories import add_seats

PEOPLE_SQL = "SELECT seats.id, seats.person \nFROM seats"  # services.assignments.people


class _TeamReads:
    """Every read of the team on `store`: the thread it ran on; `hold` keeps a worker's
    read waiting (never the GUI thread's: the old code must fail, not hang); `fail`
    makes the next reads fail as a lost server does."""

    def __init__(self, store: Store) -> None:
        self.threads: list[threading.Thread] = []
        self.hold = threading.Event()
        self.waiting = threading.Event()
        self.release = threading.Event()
        self.fail = 0
        self._engine = store.engine
        event.listen(self._engine, "before_cursor_execute", self._heard)

    def _heard(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not statement.startswith(PEOPLE_SQL):
            return
        self.threads.append(threading.current_thread())
        if self.fail:
            self.fail -= 1
            raise psycopg.OperationalError("server closed the connection unexpectedly")
        if self.hold.is_set() and threading.current_thread() is not threading.main_thread():
            self.waiting.set()
            self.release.wait(30)  # the test releases it; the bound only ends a failed test

    def remove(self) -> None:
        self.release.set()
        event.remove(self._engine, "before_cursor_execute", self._heard)


@pytest.fixture
def team_reads(team_store: Callable[..., Store]) -> Iterator[tuple[Store, _TeamReads]]:
    store = team_store(threads=60, person="Anna")
    add_seats(store, "Bo")
    reads = _TeamReads(store)
    yield store, reads
    reads.remove()


def _assign_action(window: QWidget) -> QAction | None:
    return window.findChild(QAction, "action_assign")


def test_the_team_is_read_off_the_gui_thread_and_the_menu_fills_when_it_comes(
    qtbot: QtBot, main_window: Callable[..., QWidget], team_reads: tuple[Store, _TeamReads]
) -> None:
    store, reads = team_reads
    reads.hold.set()
    window = main_window(store=store)
    # the read waits in a worker (the old code read it on this thread, at install)
    qtbot.waitUntil(reads.waiting.is_set)
    assert reads.threads and threading.main_thread() not in reads.threads
    # meanwhile the window is up and answering: its timers fire, the list is there
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: ticked == [True])
    threads = window.threads  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: threads.current_thread() is not None)
    assert window.assign is None and _assign_action(window) is None  # type: ignore[attr-defined]
    assert window.models.views.row_of("mine") is None  # type: ignore[attr-defined]
    reads.release.set()
    qtbot.waitUntil(lambda: getattr(window, "assign", None) is not None)
    action = _assign_action(window)
    assert action is not None and action in window.menus["thread"].actions()  # type: ignore[attr-defined]
    assert window.models.views.row_of("mine") == 1  # type: ignore[attr-defined]
    menu = window.assign.people_menu(threads.current_thread_id(), window)  # type: ignore[attr-defined]
    assert [a.text() for a in menu.actions() if a.isCheckable()] == ["Anna (me)", "Bo"]
    assert len(reads.threads) == 1 and threading.main_thread() not in reads.threads


def test_a_team_read_the_lost_server_failed_is_made_again_when_it_is_back(
    qtbot: QtBot, main_window: Callable[..., QWidget], team_reads: tuple[Store, _TeamReads]
) -> None:
    store, reads = team_reads
    reads.fail = 1
    window = main_window(store=store)
    live = window.team.live  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: live.online is True)  # the listener is connected
    qtbot.waitUntil(lambda: len(reads.threads) >= 1)
    qtbot.waitUntil(lambda: not window.runner.busy())  # type: ignore[attr-defined]  # its failure is in
    live.online_changed.emit(True)  # back online (as the listener says after a loss)
    qtbot.waitUntil(lambda: getattr(window, "assign", None) is not None)
    assert len(reads.threads) == 2 and threading.main_thread() not in reads.threads
    assert _assign_action(window) is not None


def test_a_seat_that_left_on_mine_comes_back_to_mine_in_its_place(
    qtbot: QtBot, main_window: Callable[..., QWidget], team_reads: tuple[Store, _TeamReads]
) -> None:
    from inbox_app.app import app_settings

    store, reads = team_reads
    app_settings().setValue("view/last", "mine")
    reads.hold.set()
    window = main_window(store=store)
    qtbot.waitUntil(reads.waiting.is_set)
    views = window.models.views  # type: ignore[attr-defined]
    assert views.row_of("mine") is None  # no row at the foot of the list meanwhile
    reads.release.set()
    qtbot.waitUntil(lambda: getattr(window, "assign", None) is not None)
    assert views.keys()[:2] == ["open", "mine"] and window.view_key == "mine"
    assert window.ui.sidebar.current_key() == "mine"  # type: ignore[attr-defined]
    threads = window.threads  # type: ignore[attr-defined]
    assert threads.current_filter().assigned_to == threads.seat_id is not None
