"""Two windows in two processes over one throwaway PostgreSQL server (the done-when of
the team inbox): a reply typed in one shows in the other, which is warned first.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python tools/team_two_seats.py [OUT_DIR]

prints the measured times and leaves screenshots (anna_presence.png, marco_typed.png,
anna_saw_reply.png) in OUT_DIR (default /tmp/team-seats)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from inbox_app.store.demo import build_demo  # noqa: E402 (after the path insert / the QApplication)
from inbox_app.store.migrate import open_store  # noqa: E402 (after the path insert / the QApplication)
from inbox_app.store.pg_copy import copy_sqlite_to_postgres  # noqa: E402 (after the path insert / the QApplication)
from tests.helpers.pgserver import PgCluster  # noqa: E402 (after the path insert / the QApplication)

out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/team-seats")
out.mkdir(parents=True, exist_ok=True)
for old in out.glob("*"):
    old.unlink()
cluster = PgCluster.create()
try:
    url = cluster.url(cluster.new_database())
    lite = out.parent / f"{out.name}-demo.sqlite3"
    lite.unlink(missing_ok=True)
    s = open_store(f"sqlite:///{lite}")
    build_demo(s, 200, seed=1)
    s.close()
    store = open_store(url)
    copy_sqlite_to_postgres(lite, store)
    with store.engine.connect() as c:
        from sqlalchemy import text

        tid = c.execute(
            text("SELECT id FROM threads WHERE state='open' ORDER BY response_due_at LIMIT 1")
        ).scalar()
    store.close()
    procs = []
    for role in ("anna", "marco"):
        env = dict(
            os.environ,
            INBOX_APP_DATA_DIR=str(out.parent / f"{out.name}-seat-{role}"),
            PYTHONPATH=str(ROOT),
            PYTHON_KEYRING_BACKEND="tests.helpers.memkeyring.MemoryKeyring",
            QT_QPA_PLATFORM="xcb",
        )
        procs.append(
            subprocess.Popen(
                [
                    sys.executable,
                    str(ROOT / "tools" / "team_seat_driver.py"),
                    role,
                    url,
                    str(out),
                    str(tid),
                ],
                env=env,
            )
        )
    for p in procs:
        p.wait(timeout=120)
    a = json.loads((out / "anna.json").read_text())
    m = json.loads((out / "marco.json").read_text())
    print(
        "presence seen after typing started: %.0f ms" % ((a["saw_replying"] - m["typing"]) * 1000)
    )
    print("reply seen after send: %.0f ms" % ((a["saw_reply"] - m["send"]) * 1000))
finally:
    cluster.destroy()
