"""The window's small writes on a real SQLite file: read / unread, "no response needed"
and reopen are shown at once, written in the order they were made in the runner's
one-thread lane (never a statement on the GUI thread), and a change the database refuses
puts the row back and says so in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot

from inbox_app.store.migrate import Store
from tests.helpers.thread_writes import clicks_in_order, settle, unread_refused, watched

REFUSED = "Change not saved: the store could not be written. The thread is as it was."


def test_clicks_are_shown_at_once_and_written_in_order_off_the_gui_thread(
    qtbot: QtBot, main_window: Callable[..., Any], demo_store: Callable[..., Store]
) -> None:
    store = demo_store(threads=60)
    window = main_window(store=store)
    seen = clicks_in_order(window, qtbot, store)
    assert seen.writes and not any(gui for _write, gui in seen.writes)
    assert seen.statements and seen.on_gui() == []  # not even the read back


def test_a_refused_change_puts_the_row_back_and_says_so(
    qtbot: QtBot, main_window: Callable[..., Any], demo_store: Callable[..., Store]
) -> None:
    store = demo_store(threads=60)
    window = main_window(store=store)
    tid = settle(window, qtbot)
    model, writes = window.models.threads, window.thread_writes
    before = model.cached_row(tid)
    assert not before.unread
    with unread_refused(store), watched(store, window.service) as seen:
        window.commands.mark_read(False)
        assert model.cached_row(tid).unread  # shown at once
        qtbot.waitUntil(lambda: writes.pending() == 0, timeout=10_000)
        assert model.cached_row(tid) == before and window.current_thread() == before
        assert window.statusBar().currentMessage() == REFUSED
        # a change of another kind made while one is refused lands; the row is the store's
        window.commands.mark_read(False)
        window.commands.mark_no_response_needed()
        qtbot.waitUntil(lambda: writes.pending() == 0, timeout=10_000)
    assert seen.on_gui() == []
    stored = window.service.thread_rows([tid])[tid]
    assert not stored.unread and stored.state == "no_response_needed"
    assert model.cached_row(tid) == stored
    window.commands.mark_read(False)  # allowed again: it lands
    qtbot.waitUntil(lambda: writes.pending() == 0, timeout=10_000)
    assert window.service.thread_rows([tid])[tid].unread and model.cached_row(tid).unread
