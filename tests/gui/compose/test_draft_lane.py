"""The compose pane's writes on a real SQLite file: draft saves and Send run in the
window's write lane, never a write on the GUI thread; Send waits for the draft's save by
its place in the lane; saves asked for while one is on its way build on it; a draft the
database refuses says so, keeps the text and is not sent; closing with a save waiting for
another program's lock finishes it first."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot

from inbox_app.store.migrate import Store
from inbox_app.store.sqlite_file import sqlite_path
from inbox_app.views.closing_writes import closing_text
from inbox_app.views.compose.pane import ComposePane
from tests.helpers.draft_lane import GOOD, drafts_refused, messages, open_reply, typed_then_sent
from tests.helpers.factories import make_thread
from tests.helpers.faults import locked_by_another_process
from tests.helpers.writes import landed

NOT_QUEUED = "Not queued: the draft could not be saved first; it is kept here."


def test_typing_and_send_write_nothing_on_the_gui_thread(
    qtbot: QtBot,
    main_window: Callable[..., Any],
    demo_store: Callable[..., Store],
    type_text: Callable[[Any, str], None],
) -> None:
    store = demo_store(threads=60)
    window = main_window(store=store)
    seen = typed_then_sent(window, qtbot, store, type_text)
    assert not any(gui for _name, gui in seen.writes)
    assert seen.statements and seen.written_on_gui() == []


def test_a_refused_draft_says_so_keeps_the_text_and_is_not_sent(
    qtbot: QtBot,
    main_window: Callable[..., Any],
    demo_store: Callable[..., Store],
    type_text: Callable[[Any, str], None],
) -> None:
    store = demo_store(threads=60)
    window = main_window(store=store)
    pane, tid = open_reply(window, qtbot)
    before = messages(store, tid)
    with drafts_refused(store):
        type_text(pane.ui.body, GOOD)
        pane.save_now()
        qtbot.waitUntil(lambda: pane.ui.save_state.text() == "Not saved", timeout=10_000)
        status = pane.ui.status.text()
        assert status.startswith("Draft not saved yet: ") and "refused" not in status
        assert pane.ui.body.toPlainText() == GOOD
        qtbot.waitUntil(pane.ui.send.isEnabled)
        assert pane.send()  # behind a save of the draft, which is refused again
        qtbot.waitUntil(lambda: not pane.sending.sending(), timeout=10_000)
        assert pane.ui.status.text() == NOT_QUEUED
        assert messages(store, tid) == before  # nothing queued, nothing half-written
        assert pane.ui.body.toPlainText() == GOOD and not pane.ui.body.isReadOnly()
    # allowed again: the pane's retry lands the text
    qtbot.waitUntil(lambda: pane.ui.save_state.text() == "Saved", timeout=15_000)
    assert messages(store, tid)[-1] == ("draft", GOOD)


def test_closing_with_a_save_waiting_for_the_lock_finishes_it(
    qtbot: QtBot,
    main_window: Callable[..., Any],
    demo_store: Callable[..., Store],
    type_text: Callable[[Any, str], None],
) -> None:
    store = demo_store(threads=60)
    path = sqlite_path(store.url)
    assert path is not None
    window = main_window(store=store)
    pane, tid = open_reply(window, qtbot)
    with locked_by_another_process(path) as release:
        type_text(pane.ui.body, GOOD)
        pane.save_now()
        qtbot.waitUntil(window.writes.stalled, timeout=10_000)
        # the other program lets go a moment after the seller closed the window
        freed = threading.Timer(0.5, release)
        freed.start()
        window.close()
        freed.join()
    assert window.statusBar().currentMessage() == closing_text()  # why it waited
    assert messages(store, tid)[-1] == ("draft", GOOD)
    assert window.writes.pending() == 0 or not window.writes.stalled()


def test_saves_asked_for_before_the_last_one_landed_build_on_it(
    qtbot: QtBot, store: Store, make_pane: Callable[..., ComposePane]
) -> None:
    tid = make_thread(store)
    pane = make_pane(tid, save_delay_ms=60_000)
    for text in ("one", "one two", "one two three"):  # each asked before the last landed
        pane.ui.body.setPlainText(text)
        pane.save_now()
    landed(qtbot, pane)
    assert not pane.conflict.isVisible()
    assert messages(store, tid) == [("draft", "one two three")]
    # emptied (the draft goes) and typed again before that landed: a new draft, no conflict
    pane.ui.body.setPlainText("")
    pane.save_now()
    pane.ui.body.setPlainText("written again")
    pane.save_now()
    landed(qtbot, pane)
    assert not pane.conflict.isVisible() and pane.ui.save_state.text() == "Saved"
    assert messages(store, tid) == [("draft", "written again")]
