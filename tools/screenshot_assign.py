"""Screenshots of assignment on a team inbox (a throwaway PostgreSQL cluster, the demo
copied in, this seat "Anna" with two teammates), for a human to look at.

    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python tools/screenshot_assign.py --out shots/ --size 1920x1080 --lang it

Writes assign_window.png (a thread assigned, the "Mine" view in the sidebar),
assign_conversation.png (Bo's replies: "Sent by Bo"), assign_mine.png,
assign_menu.png (the A menu open, the whole screen) and assign_context.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _pump(seconds: float = 0.3) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="shots")
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--threads", type=int, default=300)
    parser.add_argument("--lang", default="en", help="interface language: en, it or ko")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.split("x"))
    tmp = Path(tempfile.mkdtemp(prefix="inbox-assign-shots-"))
    os.environ["INBOX_APP_DATA_DIR"] = str(tmp / "data")
    (tmp / "data").mkdir()
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.helpers.memkeyring.MemoryKeyring")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from tests.helpers.pgserver import PgCluster

    cluster = PgCluster.create()  # before the language: initdb needs a locale it has
    try:
        if args.lang != "en":
            os.environ["LC_ALL"] = os.environ["LANG"] = {"it": "it_IT", "ko": "ko_KR"}[args.lang] + ".UTF-8"
            os.environ["LANGUAGE"] = args.lang
        app = QApplication(sys.argv[:1])
        from inbox_app.app import create_window, load_translations

        load_translations(app)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
        from inbox_app.services.inbox import InboxService
        from inbox_app.services.seats import register_seat
        from inbox_app.store.demo import build_demo
        from inbox_app.store.migrate import open_store
        from inbox_app.store.pg_copy import copy_sqlite_to_postgres
        from inbox_app.store.schema import utcnow
        from inbox_app.store.team_schema import Seat

        now = datetime(2026, 11, 23, 12, tzinfo=UTC)
        demo = tmp / "demo.sqlite3"
        local = open_store(f"sqlite:///{demo}")
        build_demo(local, args.threads, seed=1, now=now)
        local.close()
        url = cluster.url(cluster.new_database())
        store = open_store(url)
        copy_sqlite_to_postgres(demo, store)
        anna = register_seat(store, "Anna").seat_id
        with store.session() as s, s.begin():
            for sid, person in (("seat-bo", "Bo"), ("seat-chiara", "Chiara Esposito")):
                s.add(Seat(id=sid, person=person, joined_at=utcnow(), last_seen_at=utcnow()))
        service = InboxService(store, lambda: now)
        from inbox_app.store.queries.thread_filter import ThreadFilter

        ids = [r.id for r in service.thread_page(ThreadFilter(), limit=8).rows]
        for tid, seat in zip(ids, (anna, "seat-bo", "seat-chiara", anna, "seat-bo"), strict=False):
            service.assign(tid, seat)
        from sqlalchemy import select

        from inbox_app.services.assignments import record_author
        from inbox_app.store.schema import Message

        with store.session() as s, s.begin():  # the replies on the shown thread: Bo's
            out = s.scalars(
                select(Message.id).where(Message.thread_id == ids[1], Message.direction == "out")
            ).all()
            for mid in out:
                record_author(s, mid, "seat-bo")
        window = create_window(url, clock=lambda: now, store=store)
        window.resize(width, height)
        window.show()
        _pump(1.0)
        window.threads.select_thread(ids[1])
        _pump(1.5)
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out / "assign_window.png"))
        conversation = window.ui.conversation
        conversation.scroll_area.verticalScrollBar().setValue(0)  # the replies' cards
        _pump(0.3)
        conversation.grab().save(str(out / "assign_conversation.png"))
        window.assign.show_assign_menu()
        _pump(0.6)
        screen = app.primaryScreen()
        screen.grabWindow(0).save(str(out / "assign_menu.png"))
        window.assign.menu.close()
        view = window.ui.threads_view
        view.customContextMenuRequested.emit(view.visualRect(view.currentIndex()).center())
        _pump(0.6)
        screen.grabWindow(0).save(str(out / "assign_context.png"))
        window.assign.menu.close()
        window.show_view("mine")
        _pump(0.8)
        window.grab().save(str(out / "assign_mine.png"))
        window.close()
        window.runner.wait()
        print(f"screenshots in {out.resolve()}")
    finally:
        cluster.destroy()
    return 0


if __name__ == "__main__":
    sys.exit(main())
