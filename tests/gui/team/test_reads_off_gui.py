"""A team seat's window reads its threads off the GUI thread (views/team/row_reads.py):
selecting a thread (J), the list's row blocks while scrolling to the end, the re-reads
after a sync (threads_changed), after a reply (refresh_current) and after a draft's save
(the compose pane's refresh_rows) run no statement on the GUI thread, on the real
PostgreSQL cluster; the one the spy still sees there is the compose pane's own read of
the selected thread's draft (left). With the threads table held by a teammate's open
transaction (every read of it waits: a slow server) the window keeps painting: J shows
the next thread's header at once ("Reading the conversation…", no compose pane on the
thread before under it) and its messages when the server answers, and the rows scrolled
to show blank until their block is in; rows scrolled to while the server is away come
once it is back, without another scroll."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from inbox_app.store.migrate import Store
from tests.helpers.gui_reads import HeldTable, gui_statements
from tests.helpers.pgserver import PgCluster
from tests.helpers.thread_writes import settle

COMPOSE = "inbox_app/views/compose/"


def _idle(window: Any) -> bool:
    lanes = [window.runner.lane(name) for name in ("rows", "detail", "writes")]
    return not window.runner.busy() and not any(lane.busy() for lane in lanes)


def _answered(window: Any, qtbot: QtBot) -> list[int]:
    """The Answered view (252 of the demo's 300 threads: three blocks), its first shown."""
    window.threads.show_view("answered")
    ids = window.models.threads.ids()
    qtbot.waitUntil(lambda: _shown(window, ids[0]), timeout=10_000)
    return ids


def _shown(window: Any, tid: int) -> bool:
    current = window.current_thread()
    return current is not None and current.id == tid and window.models.conversation.rowCount() > 0


def test_a_team_window_reads_its_threads_off_the_gui_thread(
    qtbot: QtBot, main_window: Callable[..., Any], team_store: Callable[..., Store]
) -> None:
    store = team_store(threads=300, person="Anna")
    window = main_window(store=store)
    qtbot.waitUntil(lambda: getattr(window, "team", None) is not None, timeout=10_000)
    settle(window, qtbot)
    model, threads = window.models.threads, window.threads
    ids = _answered(window, qtbot)
    assert len(ids) > 2 * 100  # more than two blocks: the end is not read yet
    assert model.cached_row(ids[-1]) is None
    service, read = window.service, window.service.thread_detail
    asked: list[int] = []

    def detail(tid: int) -> Any:
        asked.append(tid)
        return read(tid)

    service.thread_detail = detail  # the same service the reads use: counted
    with gui_statements(store) as seen:
        for _ in range(3):  # J, J, J
            threads.move_selection(1)
        target = window.current_thread_id()
        assert target == ids[3] and window.current_thread() is None  # on its way
        qtbot.waitUntil(lambda: _shown(window, target), timeout=10_000)
        # the newest wins: the first J's read may have started, the next is the last one
        assert asked[-1] == target and len(asked) <= 2
        del service.thread_detail
        window.ui.threads_view.scrollToBottom()
        qtbot.waitUntil(lambda: model.cached_row(ids[-1]) is not None, timeout=10_000)
        window.threads_changed(ids[:5])  # a sync brought mail to these
        window.refresh_current()  # a reply was queued
        model.refresh_rows([target])  # a draft was saved (views/compose/embed.py)
        qtbot.waitUntil(lambda: _idle(window), timeout=10_000)
    askers = seen.askers()
    assert all(asker.startswith(COMPOSE) for asker in askers), seen.statements
    # the list, the conversation, the order panel and the window's re-reads: none here
    assert not any("models/" in a or "window_threads" in a for a in askers)


def test_a_slow_server_never_stops_the_team_window_from_painting(
    qtbot: QtBot, main_window: Callable[..., Any], team_store: Callable[..., Store]
) -> None:
    store = team_store(threads=300, person="Anna")
    window = main_window(store=store)
    qtbot.waitUntil(lambda: getattr(window, "team", None) is not None, timeout=10_000)
    settle(window, qtbot)
    model, threads = window.models.threads, window.threads
    ids = _answered(window, qtbot)
    first = ids[0]
    ticks: list[int] = []
    timer = QTimer(window)
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with HeldTable(store.engine.url) as held:
        threads.move_selection(1)  # J while the server does not answer
        target = window.current_thread_id()
        assert target is not None and target != first
        row = model.cached_row(target)
        assert row is not None
        conversation = window.ui.conversation
        assert conversation.subject_label.text() == row.subject  # at once
        assert conversation.placeholder.text() == "Reading the conversation…"
        assert window.compose.thread_id is None  # no reply to the one before under it
        window.ui.threads_view.scrollToBottom()  # rows whose block is not read yet
        start = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) - start >= 25, timeout=10_000)  # ~0.5 s painting
        assert window.current_thread() is None and model.cached_row(ids[-1]) is None
        assert model.data(model.index(len(ids) - 1, 1)) is None  # blank, not waited for
        held.release()
        qtbot.waitUntil(lambda: _shown(window, target), timeout=10_000)
        qtbot.waitUntil(lambda: model.cached_row(ids[-1]) is not None, timeout=10_000)
        qtbot.waitUntil(lambda: window.compose.thread_id == target)
    timer.stop()
    assert window.current_thread() == model.cached_row(target)


def test_rows_scrolled_to_while_the_server_is_away_come_when_it_is_back(
    qtbot: QtBot,
    main_window: Callable[..., Any],
    team_store: Callable[..., Store],
    pg_cluster: PgCluster,
) -> None:
    store = team_store(threads=300, person="Anna")
    window = main_window(store=store)
    qtbot.waitUntil(lambda: getattr(window, "team", None) is not None, timeout=10_000)
    settle(window, qtbot)
    model, live = window.models.threads, window.team.live
    ids = _answered(window, qtbot)
    pg_cluster.stop()
    try:
        qtbot.waitUntil(lambda: live.online is False, timeout=10_000)
        window.ui.threads_view.scrollToBottom()  # their block is asked for, and not read
        qtbot.waitUntil(lambda: _idle(window), timeout=20_000)
        assert model.cached_row(ids[-1]) is None
    finally:
        pg_cluster.start()
    # back: the window re-reads, and the blank rows are asked for again (no scroll)
    qtbot.waitUntil(lambda: model.cached_row(ids[-1]) is not None, timeout=30_000)
