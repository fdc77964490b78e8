"""A team seat's draft saves and Send on the real PostgreSQL cluster: written in the
window's write lane, so the GUI thread never waits for a round trip to the server; Send
waits for the draft's save by its place in the lane; a draft the server refuses says so
and is not sent; the server stopped mid-typing keeps the text on this computer, and the
Send made meanwhile goes once when the server is back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from inbox_app.store.migrate import Store
from tests.helpers.draft_lane import GOOD, drafts_refused, messages, open_reply, typed_then_sent
from tests.helpers.pgserver import PgCluster

NOT_QUEUED = "Not queued: the draft could not be saved first; it is kept here."


def test_typing_and_send_on_a_team_seat_write_nothing_on_the_gui_thread(
    qtbot: QtBot,
    main_window: Callable[..., Any],
    team_store: Callable[..., Store],
    type_text: Callable[[Any, str], None],
) -> None:
    store = team_store(threads=40, person="Anna")
    window = main_window(store=store)
    seen = typed_then_sent(window, qtbot, store, type_text)
    assert not any(gui for _name, gui in seen.writes)
    assert seen.statements and seen.written_on_gui() == []


def test_a_draft_the_server_refuses_is_said_and_not_sent(
    qtbot: QtBot,
    main_window: Callable[..., Any],
    team_store: Callable[..., Store],
    type_text: Callable[[Any, str], None],
) -> None:
    store = team_store(threads=40, person="Anna")
    window = main_window(store=store)
    pane, tid = open_reply(window, qtbot)
    before = messages(store, tid)
    with drafts_refused(store):
        type_text(pane.ui.body, GOOD)
        pane.save_now()
        qtbot.waitUntil(lambda: pane.ui.save_state.text() == "Not saved", timeout=10_000)
        assert pane.ui.status.text().startswith("Draft not saved yet: ")
        qtbot.waitUntil(pane.ui.send.isEnabled)
        assert pane.send()
        qtbot.waitUntil(lambda: not pane.sending.sending(), timeout=10_000)
        assert pane.ui.status.text() == NOT_QUEUED
        assert messages(store, tid) == before
        assert pane.ui.body.toPlainText() == GOOD
    qtbot.waitUntil(lambda: pane.ui.save_state.text() == "Saved", timeout=15_000)
    assert messages(store, tid)[-1] == ("draft", GOOD)


def test_the_server_stopped_mid_typing_keeps_the_text_and_sends_once_when_back(
    qtbot: QtBot,
    main_window: Callable[..., Any],
    team_store: Callable[..., Store],
    pg_cluster: PgCluster,
    type_text: Callable[[Any, str], None],
) -> None:
    store = team_store(threads=40, person="Anna")
    window = main_window(store=store)
    qtbot.waitUntil(lambda: window.team.live.online is True, timeout=10_000)
    pane, tid = open_reply(window, qtbot)
    kept = pane.saver.kept
    assert kept is not None
    banner = window.findChild(QLabel, "teamOfflineLabel")
    type_text(pane.ui.body, "Hello, your parcel left")
    pane.save_now()
    qtbot.waitUntil(lambda: pane.ui.save_state.text() == "Saved", timeout=10_000)
    pg_cluster.stop()
    try:
        type_text(pane.ui.body, " our warehouse today and arrives on Friday.")
        pane.save_now()  # the window never waits: the lane does
        qtbot.waitUntil(
            lambda: pane.ui.save_state.text() == "Kept on this computer", timeout=15_000
        )
        assert [d.content.body for d in kept.entries()] == [GOOD]  # on disk, fsync'ed
        qtbot.waitUntil(banner.isVisible, timeout=15_000)
        pane.run_check()
        qtbot.waitUntil(pane.ui.send.isEnabled)
        assert pane.send()  # waits behind the save, in the lane
        assert pane.ui.body.isReadOnly() and pane.sending.sending()
    finally:
        pg_cluster.start()
    with qtbot.waitSignal(pane.queued, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: window.writes.pending() == 0, timeout=10_000)
    assert [m for m in messages(store, tid) if m[0] != "sent"][-1:] == [("queued", GOOD)]
    assert sum(1 for m in messages(store, tid) if m[1] == GOOD) == 1  # once
    assert not kept.path.exists()
    assert pane.ui.body.toPlainText() == "" and not pane.ui.body.isReadOnly()
