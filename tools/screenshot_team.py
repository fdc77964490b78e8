"""Screenshots of presence and assignment on a team inbox, for a human to look at: a
throwaway PostgreSQL cluster, the demo copied in, this seat "Anna" and three teammates;
Marco is replying to the open thread and Bo looks at it, Chiara has another one open
(presence rows with a long heartbeat, written as their seats would).

    xvfb-run -a -s "-screen 0 1024x700x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python tools/screenshot_team.py --out /tmp/shots --size 1024x700 --lang it

Writes, each name prefixed with SIZE_LANG_ (e.g. 1024x700_it_):
presence_window.png (the chips in the list, "Marco is replying" in the header, the compose
warning), presence_list.png (the list alone), assign_menu.png (A: the people, the whole
screen), assign_thread_menu.png (the Thread menu with "Assign to…"), assign_context.png
(the list's context menu with its "Assign to" submenu open), assign_done.png (after the
keyboard assigned it to Chiara), assign_mine.png (the "Mine" view) and
assign_conversation.png (Bo's replies: "Sent by Bo"), offline_kept.png (the server
stopped: a draft "Kept on this computer", "1 change waiting for the team server"),
offline_back.png (the server back: both written), slow_waiting.png (a slow server: the
next thread's header at once, blank rows while their block is read), slow_answered.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tools.shot_pump import pump as _pump
from tools.shot_pump import until as _until


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="shots")
    parser.add_argument("--size", default="1024x700")
    parser.add_argument("--threads", type=int, default=300)
    parser.add_argument("--lang", default="en", help="interface language: en, it or ko")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.split("x"))
    tmp = Path(tempfile.mkdtemp(prefix="inbox-team-shots-"))
    os.environ["INBOX_APP_DATA_DIR"] = str(tmp / "data")
    (tmp / "data").mkdir()
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.helpers.memkeyring.MemoryKeyring")
    from PySide6.QtCore import QPoint, QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLabel, QMenu

    from tests.helpers.pgserver import PgCluster

    cluster = PgCluster.create()  # before the language: initdb needs a locale it has
    try:
        if args.lang != "en":
            os.environ["LC_ALL"] = os.environ["LANG"] = {"it": "it_IT", "ko": "ko_KR"}[
                args.lang
            ] + ".UTF-8"
            os.environ["LANGUAGE"] = args.lang
        app = QApplication(sys.argv[:1])
        from inbox_app.app import create_window, load_translations

        load_translations(app)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
        from sqlalchemy import select

        from inbox_app.services import presence
        from inbox_app.services.assignments import record_author
        from inbox_app.services.inbox import InboxService
        from inbox_app.services.seats import TeamSeats
        from inbox_app.store.demo import build_demo
        from inbox_app.store.migrate import open_store
        from inbox_app.store.pg_copy import copy_sqlite_to_postgres
        from inbox_app.store.queries.thread_filter import ThreadFilter
        from inbox_app.store.schema import Message, utcnow
        from inbox_app.store.team_schema import Presence, Seat

        now = datetime(2026, 11, 23, 12, tzinfo=UTC)
        demo = tmp / "demo.sqlite3"
        local = open_store(f"sqlite:///{demo}")
        build_demo(local, args.threads, seed=1, now=now)
        local.close()
        url = cluster.url(cluster.new_database())
        store = open_store(url)
        copy_sqlite_to_postgres(demo, store)
        anna = TeamSeats(store).register("Anna").seat_id
        team = (("seat-bo", "Bo"), ("seat-chiara", "Chiara Esposito"), ("seat-marco", "Marco"))
        with store.session() as s, s.begin():
            for sid, person in team:
                s.add(Seat(id=sid, person=person, joined_at=utcnow(), last_seen_at=utcnow()))
        service = InboxService(store, lambda: now)
        ids = [r.id for r in service.thread_page(ThreadFilter(), limit=8).rows]
        for tid, seat in zip(ids, (anna, "seat-bo", "seat-chiara", anna, "seat-bo"), strict=False):
            service.assign(tid, seat)
        with store.session() as s, s.begin():  # the replies on the shown thread: Bo's
            out = s.scalars(
                select(Message.id).where(Message.thread_id == ids[1], Message.direction == "out")
            ).all()
            for mid in out:
                record_author(s, mid, "seat-bo")
        # the others' presence: an hour of heartbeat, so nothing expires while shooting
        later = utcnow() + timedelta(hours=1)
        on = (
            ("seat-bo", ids[1], presence.VIEWING, 20),
            ("seat-marco", ids[1], presence.REPLYING, 3),
            ("seat-chiara", ids[4], presence.VIEWING, 5),
        )
        with store.session() as s, s.begin():
            for sid, tid, activity, minutes in on:
                since = utcnow() - timedelta(minutes=minutes)
                s.add(Presence(seat_id=sid, thread_id=tid, activity=activity, since=since,
                               expires_at=later))  # fmt: skip
        window = create_window(url, clock=lambda: now, store=store)
        window.resize(width, height)
        window.show()
        _until(lambda: getattr(window, "assign", None) is not None)
        window.threads.select_thread(ids[1])
        _until(lambda: window.team.list_presence is not None and window.team.list_presence.reads)
        _until(lambda: window.findChild(QLabel, "teamPresenceLabel").text() != "")
        _pump(1.5)
        out_dir = Path(args.out)
        out_dir.mkdir(parents=True, exist_ok=True)
        prefix = f"{args.size}_{args.lang}_"

        def save(widget: object, name: str) -> None:
            path = out_dir / f"{prefix}{name}.png"
            widget.grab().save(str(path))  # type: ignore[attr-defined]
            print(path)

        def save_screen(name: str) -> None:
            path = out_dir / f"{prefix}{name}.png"
            app.primaryScreen().grabWindow(0).save(str(path))
            print(path)

        save(window, "presence_window")
        save(window.ui.threads_view, "presence_list")
        # A on the list: the people
        view = window.ui.threads_view
        window.activateWindow()
        _until(window.isActiveWindow, 3.0)
        view.setFocus()
        QTest.keyClick(view, Qt.Key.Key_A)
        _until(lambda: window.assign.menu is not None and window.assign.menu.isVisible(), 3.0)
        if window.assign.menu is None:  # no window manager gave the window the focus
            window.assign.show_assign_menu()
        _pump(0.6)
        save_screen("assign_menu")
        # the keyboard picks Chiara (Down, Down from the top, Enter)
        menu = window.assign.menu
        for _ in range(3):
            QTest.keyClick(menu, Qt.Key.Key_Down)
        QTest.keyClick(menu, Qt.Key.Key_Return)
        _pump(1.0)
        save(window, "assign_done")
        # the Thread menu from the menu bar
        thread_menu = window.menus["thread"]
        bar = window.menuBar()
        bar.setActiveAction(thread_menu.menuAction())
        _pump(0.6)
        save_screen("assign_thread_menu")
        thread_menu.close()
        bar.setActiveAction(None)
        _pump(0.3)
        # the list's context menu, its "Assign to" submenu open
        view.customContextMenuRequested.emit(view.visualRect(view.currentIndex()).center())
        _pump(0.4)
        context = window.assign.menu
        people = context.findChild(QMenu, "assignMenu")
        if people is not None:
            context.setActiveAction(people.menuAction())
            people.popup(context.mapToGlobal(QPoint(context.width(), 0)))
        _pump(0.6)
        save_screen("assign_context")
        context.close()
        _pump(0.2)
        conversation = window.ui.conversation
        conversation.scroll_area.verticalScrollBar().setValue(0)  # the replies' cards
        _pump(0.3)
        save(conversation, "assign_conversation")
        window.show_view("mine")
        _pump(0.8)
        save(window, "assign_mine")
        _slow_shots(window, store, save)
        _offline_shots(window, cluster, save)
        window.close()
        window.runner.wait()
    finally:
        cluster.destroy()
    return 0


def _slow_shots(window: Any, store: Any, save: Any) -> None:
    """A slow server (a teammate's transaction holds the threads table): J shows the next
    thread's header at once, the rows scrolled to are blank; then the server answers."""
    from tests.helpers.gui_reads import HeldTable

    window.show_view("answered")
    _pump(1.0)
    with HeldTable(store.engine.url) as held:
        window.move_selection(1)
        window.ui.threads_view.scrollToBottom()
        _pump(1.0)
        save(window, "slow_waiting")
        held.release()
        _pump(1.5)
        save(window, "slow_answered")
    window.ui.threads_view.scrollToTop()


def _offline_shots(window: Any, cluster: Any, save: Any) -> None:
    """The server stopped while Anna types a reply and marks a thread unread: the pane's
    "Kept on this computer", the status bar's count of changes waiting; then it is back."""
    from PySide6.QtWidgets import QLabel

    window.show_view("all")
    _pump(0.8)
    window.move_selection(2)
    _pump(0.8)
    pane = window.compose
    pane.ui.body.setPlainText("Hello, your parcel left our warehouse today")
    pane.save_now()
    _pump(1.0)
    cluster.stop()
    try:
        banner = window.findChild(QLabel, "teamOfflineLabel")
        _until(lambda: banner is not None and banner.isVisible(), 15.0)
        pane.ui.body.setPlainText("Hello, your parcel left our warehouse today; it arrives Friday.")
        pane.save_now()
        window.commands.mark_read(False)
        _until(lambda: window.thread_writes.pending() > 0, 5.0)
        _pump(2.0)
        save(window, "offline_kept")
    finally:
        cluster.start()
    _until(lambda: window.writes.pending() == 0 and window.thread_writes.pending() == 0, 30.0)
    _pump(1.0)
    save(window, "offline_back")


if __name__ == "__main__":
    sys.exit(main())
