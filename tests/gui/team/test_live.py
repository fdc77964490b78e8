"""Live updates between seats: another PROCESS changes the shared store, this window's
list and conversation follow in place (no model reset), over the real PostgreSQL server."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event, text

from inbox_app.store.migrate import Store
from tests.helpers.seats import run_seat

# another seat: one SQL statement through its own SQLAlchemy engine, then exit
_OTHER_SEAT = """
import sys
from sqlalchemy import create_engine, text
engine = create_engine(sys.argv[1])
with engine.begin() as c:
    c.execute(text(sys.argv[2]), {"tid": int(sys.argv[3])})
"""


def other_seat(tmp_path: Path, url: str, sql: str, thread_id: int) -> None:
    run_seat(tmp_path / "marco", _OTHER_SEAT, url, sql, str(thread_id))


def test_another_seats_change_updates_the_row_in_place(
    qtbot: QtBot,
    main_window: Callable[..., QWidget],
    team_store: Callable[..., Store],
    tmp_path: Path,
) -> None:
    store = team_store(threads=60, person="Anna")
    window = main_window(store=store)
    model = window.models.threads  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() > 2)
    live = window.team.live  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: live.online is True)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    first = model.thread_at(1)
    window.threads.select_thread(first.id)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.current_thread_id() == first.id)  # type: ignore[attr-defined]
    other_seat(
        tmp_path,
        store.url,
        "UPDATE threads SET subject = 'Changed by Marco' WHERE id = :tid",
        first.id,
    )
    qtbot.waitUntil(lambda: model.thread_at(1).subject == "Changed by Marco", timeout=5000)
    assert window.current_thread().subject == "Changed by Marco"  # type: ignore[attr-defined]
    assert resets == []
    assert window.current_thread_id() == first.id  # type: ignore[attr-defined]


def test_a_lost_server_is_said_and_the_window_catches_up(
    qtbot: QtBot,
    main_window: Callable[..., QWidget],
    team_store: Callable[..., Store],
    pg_cluster: object,
    tmp_path: Path,
) -> None:
    store = team_store(threads=40, person="Anna")
    window = main_window(store=store)
    model = window.models.threads  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() > 2)
    live = window.team.live  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: live.online is True)
    banner = window.findChild(QLabel, "teamOfflineLabel")
    assert banner is not None and not banner.isVisible()
    row = model.thread_at(0)
    pg_cluster.stop()  # type: ignore[attr-defined]
    try:
        qtbot.waitUntil(banner.isVisible, timeout=10_000)
        assert "Offline" in banner.text()
        assert window.writes.offline  # type: ignore[attr-defined]
        # a write while offline waits in the lane and lands when the server is back
        landed: list[int] = []

        def probe() -> None:
            with store.engine.begin() as conn:
                conn.execute(text("SELECT 1"))
            landed.append(1)

        window.writes.run("probe", probe)  # type: ignore[attr-defined]
        qtbot.waitUntil(window.writes.stalled)  # type: ignore[attr-defined]
        assert landed == [] and window.writes.pending() == 1  # type: ignore[attr-defined]
        # the server is back for another seat only (its Unix socket; this window comes over
        # TCP): Marco changes a thread while this window cannot hear it
        pg_cluster.start(tcp=False)  # type: ignore[attr-defined]
        database = store.url.rsplit("/", 1)[1]
        other_seat(
            tmp_path,
            pg_cluster.socket_url(database),  # type: ignore[attr-defined]
            "UPDATE threads SET subject = 'While you were away' WHERE id = :tid",
            row.id,
        )
        assert banner.isVisible() and model.thread_at(0).subject != "While you were away"
    finally:
        pg_cluster.stop()  # type: ignore[attr-defined]  # (a no-op when it is down)
        pg_cluster.start()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=15_000)
    # the change it missed is caught up (no notification of it ever reached this window)
    qtbot.waitUntil(lambda: model.thread_at(0).subject == "While you were away", timeout=5000)
    assert not window.writes.offline  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: landed == [1], timeout=10_000)


def test_another_seats_change_is_read_off_the_gui_thread(
    qtbot: QtBot,
    main_window: Callable[..., QWidget],
    team_store: Callable[..., Store],
    tmp_path: Path,
) -> None:
    store = team_store(threads=60, person="Anna")
    window = main_window(store=store)
    model = window.models.threads  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() > 3)
    live = window.team.live  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: live.online is True)
    assert live.reads is not None
    shown = model.thread_at(2)
    window.threads.select_thread(shown.id)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.current_thread_id() == shown.id)  # type: ignore[attr-defined]
    runner, writes = window.runner, window.thread_writes  # type: ignore[attr-defined]
    marking = window.commands.read_timer  # type: ignore[attr-defined]

    def settled() -> bool:
        """The selection's own work is over: its reads (the runner), the mark-read that
        follows it 1.5 s later (written and read back in the runner's "writes" lane);
        what the spy sees after this is the other seat's change."""
        return not marking.isActive() and not runner.busy() and not writes.pending()

    qtbot.waitUntil(settled, timeout=10_000)
    gui = threading.main_thread()
    armed: list[bool] = []
    statements: list[tuple[bool, str]] = []

    def spy(_c: object, _cur: object, statement: str, *_a: object) -> None:
        if armed:
            statements.append((threading.current_thread() is gui, statement.split(maxsplit=1)[0]))

    live.changed.connect(lambda _ids: armed.append(True))
    window.threads_updated.connect(lambda _ids: armed.clear())  # type: ignore[attr-defined]
    event.listen(store.engine, "before_cursor_execute", spy)
    try:
        with qtbot.waitSignal(window.threads_updated, timeout=10_000):  # type: ignore[attr-defined]
            other_seat(
                tmp_path,
                store.url,
                "UPDATE threads SET subject = 'Read on a worker' WHERE id = :tid",
                shown.id,
            )
    finally:
        event.remove(store.engine, "before_cursor_execute", spy)
    assert model.thread_at(2).subject == "Read on a worker"
    assert window.current_thread().subject == "Read on a worker"  # type: ignore[attr-defined]
    # the row and the open conversation were read, and not one statement on the GUI thread
    assert [s for on_gui, s in statements if not on_gui].count("SELECT") >= 2
    assert [s for on_gui, s in statements if on_gui] == []
