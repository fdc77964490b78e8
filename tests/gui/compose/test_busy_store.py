"""A store another process holds locked (BEGIN IMMEDIATE / EXCLUSIVE on the real SQLite
file) while the real window types a draft and marks a thread read: the GUI thread only
ever tries briefly (the write is deferred, not run on SQLite's 5 s busy timeout), the
pane says one sentence, and the draft lands as soon as the lock is released."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from sqlalchemy import event

from inbox_app.services.compose import ComposeService
from inbox_app.store.busy import BRIEF_WAIT_MS, DEFAULT_WAIT_MS
from inbox_app.store.migrate import Store, sqlite_path
from inbox_app.views.compose.embed import install_compose
from inbox_app.views.write_queue import busy_change_text, busy_text
from tests.helpers.faults import locked_by_another_process
from tests.helpers.writes import save_landed

TypeText = Callable[[QWidget, str], None]


@contextmanager
def busy_timeouts(store: Store) -> Iterator[list[tuple[bool, int]]]:
    """The busy timeout in force at every write transaction's BEGIN IMMEDIATE:
    (begun on the GUI thread?, milliseconds). The engine sets the pragma only when a
    connection's timeout changes, so an earlier brief write on the same connection
    (an auto mark-read, say) leaves no pragma to see: read what the connection holds."""
    seen: list[tuple[bool, int]] = []
    gui = threading.main_thread()

    def spy(conn: Any, _cur: Any, statement: str, *_args: Any) -> None:
        if statement == "BEGIN IMMEDIATE":
            ms = conn.connection.info.get("busy_ms", DEFAULT_WAIT_MS)
            seen.append((threading.current_thread() is gui, ms))

    event.listen(store.engine, "before_cursor_execute", spy)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", spy)


@pytest.mark.parametrize("mode", ["IMMEDIATE", "EXCLUSIVE"])
def test_typing_a_draft_while_another_process_writes(
    mode: str,
    main_window: Callable[..., Any],
    demo_store: Callable[..., Store],
    qtbot: Any,
    type_text: TypeText,
) -> None:
    store = demo_store(threads=60)
    path = sqlite_path(store.url)
    assert path is not None
    window = main_window(store=store)
    pane = install_compose(window, ComposeService(store), writes=window.writes)
    tid = window.current_thread_id()
    assert tid is not None and pane.thread_id == tid
    window.reply()
    text = "Your parcel left today; it arrives on Friday."
    type_text(pane.ui.body, "x")
    assert save_landed(qtbot, pane)
    pane.ui.body.clear()
    with busy_timeouts(store) as timeouts, locked_by_another_process(path, mode) as release:
        type_text(pane.ui.body, text)
        assert not pane.save_now()  # on its way, in the window's write lane
        assert pane.ui.save_state.text() == "Saving…"
        qtbot.waitUntil(lambda: pane.ui.status.text() == busy_text())  # the lock is held
        assert window.writes.pending() == 1 and window.writes.stalled()
        assert pane.ui.body.toPlainText().endswith(text)  # the text is kept on screen
        stored = ComposeService(store).load_draft(tid)  # a reader is never blocked (WAL)
        assert stored is None or text not in stored.body
        # more typing while locked waits behind it (still one draft waiting)
        type_text(pane.ui.body, " Thanks!")
        pane.save_now()
        assert window.writes.pending() == 1
        release()
        with qtbot.waitSignal(window.writes.busy_changed, timeout=10_000) as freed:
            pass
        assert freed.args == [False]
    # every try began off the GUI thread (the first with the brief budget, then patiently)
    assert timeouts and not any(on_gui for on_gui, _ms in timeouts)
    assert timeouts[0][1] == BRIEF_WAIT_MS and DEFAULT_WAIT_MS in {ms for _gui, ms in timeouts}
    row = ComposeService(store).load_draft(tid)
    assert row is not None and row.body.endswith(text + " Thanks!")
    assert pane.ui.status.text() == "" and pane.ui.save_state.text() == "Saved"
    qtbot.waitUntil(
        lambda: window.models.threads.thread_at(window.models.threads.row_of(tid)).has_draft
    )


def test_a_waiting_draft_follows_the_seller_back_to_its_thread(
    main_window: Callable[..., Any],
    demo_store: Callable[..., Store],
    qtbot: Any,
    type_text: TypeText,
) -> None:
    store = demo_store(threads=60)
    path = sqlite_path(store.url)
    assert path is not None
    window = main_window(store=store)
    pane = install_compose(window, ComposeService(store), writes=window.writes)
    first = window.current_thread_id()
    assert first is not None
    with locked_by_another_process(path) as release:
        type_text(pane.ui.body, "Kept while the store is busy.")
        pane.set_thread(None)  # the seller moves on while the text waits
        qtbot.waitUntil(window.writes.stalled)
        assert window.writes.pending() == 1
        pane.set_thread(first)  # back: the waiting text is shown, not the stored one
        assert pane.ui.body.toPlainText() == "Kept while the store is busy."
        release()
        qtbot.waitUntil(lambda: window.writes.pending() == 0, timeout=10_000)
    row = ComposeService(store).load_draft(first)
    assert row is not None and row.body == "Kept while the store is busy."


def test_mark_read_waits_for_the_lock_and_says_so(
    main_window: Callable[..., Any], demo_store: Callable[..., Store], qtbot: Any
) -> None:
    store = demo_store(threads=60)
    path = sqlite_path(store.url)
    assert path is not None
    window = main_window(store=store)
    tid = window.current_thread_id()
    assert tid is not None
    writes = window.thread_writes
    window.commands.mark_read(False)
    qtbot.waitUntil(lambda: writes.pending() == 0)
    assert window.service.thread_rows([tid])[tid].unread
    with busy_timeouts(store) as timeouts, locked_by_another_process(path) as release:
        window.commands.mark_read(True)
        assert not window.current_thread().unread  # shown read at once
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == busy_change_text())
        assert writes.pending() == 1  # kept, not written yet
        assert window.service.thread_rows([tid])[tid].unread  # a reader is never blocked (WAL)
        release()
        qtbot.waitUntil(lambda: writes.pending() == 0, timeout=10_000)
    assert not window.service.thread_rows([tid])[tid].unread
    assert not window.current_thread().unread
    assert window.statusBar().currentMessage() == ""
    # every try began off the GUI thread (the first with the brief budget, then patiently)
    assert timeouts and not any(on_gui for on_gui, _ms in timeouts)
    assert timeouts[0][1] == BRIEF_WAIT_MS and timeouts[-1][1] == DEFAULT_WAIT_MS
