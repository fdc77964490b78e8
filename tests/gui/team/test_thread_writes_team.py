"""A team seat's small writes on the real PostgreSQL cluster: every click (read / unread,
"no response needed", reopen, take / assign / unassign) is shown at once and written in
order in the runner's one-thread lane, so the GUI thread never waits on a round trip to
the server; a change the server refuses (a trigger, a teammate who left) puts the row
back and says so; one made while the server is down is kept and lands when it is back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from inbox_app.store.migrate import Store
from inbox_app.store.schema import utcnow
from inbox_app.store.team_schema import Seat
from tests.helpers.thread_writes import clicks_in_order, settle, unread_refused, watched

BO = "seat-bo-0000"
REFUSED = "Change not saved: the store could not be written. The thread is as it was."
GONE = "The thread could not be assigned: it is gone, or that person left the team."


def _with_bo(store: Store) -> None:
    with store.session() as s, s.begin():
        s.add(Seat(id=BO, person="Bo", joined_at=utcnow(), last_seen_at=utcnow()))


def _assigning(window: Any, qtbot: QtBot) -> Any:
    qtbot.waitUntil(lambda: getattr(window, "assign", None) is not None, timeout=10_000)
    return window.assign


def test_clicks_on_a_team_seat_are_written_in_order_off_the_gui_thread(
    qtbot: QtBot, main_window: Callable[..., Any], team_store: Callable[..., Store]
) -> None:
    store = team_store(threads=60, person="Anna")
    _with_bo(store)
    window = main_window(store=store)
    assign = _assigning(window, qtbot)
    seen = clicks_in_order(window, qtbot, store)
    assert seen.writes and not any(gui for _write, gui in seen.writes)
    assert seen.statements and seen.on_gui() == []
    # take it, give it to Bo, unassign: shown at once, landed in that order
    tid = window.current_thread_id()
    model, writes = window.models.threads, window.thread_writes
    anna = assign.seat_id
    with watched(store, window.service) as seen:
        assign.take()
        assert model.cached_row(tid).assignee == "Anna"
        assert window.ui.conversation.assignee_label.text() == "Assigned to Anna"
        assert not assign.take_action.isEnabled() and assign.unassign_action.isEnabled()
        assign.assign(tid, BO)
        assert model.cached_row(tid).assignee == "Bo"
        assign.unassign()
        assert model.cached_row(tid).assignee is None
        qtbot.waitUntil(lambda: writes.pending() == 0, timeout=20_000)
    assert [w for w, _gui in seen.writes] == [
        ("assign", tid, anna),
        ("assign", tid, BO),
        ("assign", tid, None),
    ]
    assert not any(gui for _write, gui in seen.writes) and seen.on_gui() == []
    assert window.service.thread_rows([tid])[tid].assignee is None


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_change_the_server_refuses_puts_the_row_back_and_says_so(
    qtbot: QtBot, main_window: Callable[..., Any], team_store: Callable[..., Store]
) -> None:
    store = team_store(threads=60, person="Anna")
    _with_bo(store)
    window = main_window(store=store)
    assign = _assigning(window, qtbot)
    tid = settle(window, qtbot)
    model, writes = window.models.threads, window.thread_writes
    before = model.cached_row(tid)
    assert not before.unread and before.assignee is None
    with unread_refused(store):
        window.commands.mark_read(False)
        assert model.cached_row(tid).unread
        qtbot.waitUntil(lambda: writes.pending() == 0, timeout=10_000)
    assert model.cached_row(tid) == before and window.current_thread() == before
    assert window.statusBar().currentMessage() == REFUSED
    # Bo leaves the team after this window read it: giving him the thread is refused
    with store.session() as s, s.begin():
        s.execute(update(Seat).where(Seat.id == BO).values(left_at=utcnow()))
    assert [p.person for p in assign.team] == ["Anna", "Bo"]
    assign.assign(tid, BO)
    assert model.cached_row(tid).assignee == "Bo"  # shown at once
    qtbot.waitUntil(lambda: writes.pending() == 0, timeout=10_000)
    assert model.cached_row(tid).assignee is None
    assert not window.ui.conversation.assignee_label.isVisible()
    assert window.statusBar().currentMessage() == GONE
    assert window.service.thread_rows([tid])[tid].assignee is None


def test_a_change_made_while_the_server_is_down_lands_when_it_is_back(
    qtbot: QtBot,
    main_window: Callable[..., Any],
    team_store: Callable[..., Store],
    pg_cluster: Any,
) -> None:
    store = team_store(threads=40, person="Anna")
    window = main_window(store=store)
    tid = settle(window, qtbot)
    live = window.team.live
    qtbot.waitUntil(lambda: live.online is True)
    banner = window.findChild(QLabel, "teamOfflineLabel")
    model, writes = window.models.threads, window.thread_writes
    assert not model.cached_row(tid).unread
    pg_cluster.stop()
    try:
        qtbot.waitUntil(banner.isVisible, timeout=10_000)
        window.commands.mark_read(False)
        assert model.cached_row(tid).unread  # shown at once, the window never waits
        waiting = "Offline: " + writes.waiting_text(1)
        qtbot.waitUntil(lambda: banner.text() == waiting)
        assert "team server" not in window.statusBar().currentMessage()  # once: the banner
        assert writes.pending() == 1 and model.cached_row(tid).unread  # kept, not put back
    finally:
        pg_cluster.start()
    qtbot.waitUntil(lambda: writes.pending() == 0, timeout=20_000)
    assert window.service.thread_rows([tid])[tid].unread and model.cached_row(tid).unread
    qtbot.waitUntil(lambda: not banner.isVisible())
    assert banner.text() != waiting
