"""Team inbox: the time from a change on one seat to the row updated in another seat's
window (a separate process), beside a bare psycopg LISTEN process in the same run.

Target: median under 300 ms. Runs on a throwaway PostgreSQL cluster (tests/helpers/pgserver.py).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.common import table
from tests.helpers.pgserver import PgCluster

ROOT = Path(__file__).resolve().parents[2]
CHANGES = 30

_WINDOW_SEAT = """
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from inbox_app.app import app_settings, create_window
from inbox_app.services.seats import TeamSeats
from inbox_app.store.migrate import open_store
store = open_store(sys.argv[1])
TeamSeats(store).register("Marco")
window = create_window(store.url, settings=app_settings(), store=store)
window.show()
def updated(ids):
    print(f"{time.time()} {ids[0]}", flush=True)
window.threads_updated.connect(updated)
def ready():
    if window.team.live.online:
        print("ready", flush=True)
    else:
        from PySide6.QtCore import QTimer
        QTimer.singleShot(50, ready)
from PySide6.QtCore import QTimer
QTimer.singleShot(0, ready)
app.exec()
"""

_BARE_SEAT = """
import sys, time, psycopg
conn = psycopg.connect(sys.argv[1], autocommit=True)
conn.execute("LISTEN inbox_changes")
print("ready", flush=True)
for note in conn.notifies():
    print(f"{time.time()} {note.payload}", flush=True)
"""


def _seat(script: str, arg: str, data_dir: Path) -> subprocess.Popen[str]:
    env = dict(
        os.environ,
        INBOX_APP_DATA_DIR=str(data_dir),
        PYTHONPATH=str(ROOT),
        PYTHON_KEYRING_BACKEND="tests.helpers.memkeyring.MemoryKeyring",
        QT_QPA_PLATFORM="offscreen",
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, arg],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    while proc.stdout.readline().strip() != "ready":
        if proc.poll() is not None:
            raise RuntimeError("a seat process did not start")
    return proc


def _latencies(url: str, proc: subprocess.Popen[str], thread_id: int) -> list[float]:
    import psycopg

    out: list[float] = []
    assert proc.stdout is not None
    with psycopg.connect(url, autocommit=True) as conn:
        for n in range(CHANGES):
            t0 = time.time()
            conn.execute(
                "UPDATE threads SET subject = %s WHERE id = %s", (f"Changed {n}", thread_id)
            )
            seen = float(proc.stdout.readline().split()[0])
            while seen < t0:  # a second update of the previous change (a refresh after it)
                seen = float(proc.stdout.readline().split()[0])
            out.append((seen - t0) * 1000)
            time.sleep(0.3)  # one change at a time, its follow-up updates read before the next
    return out


def main() -> None:
    from inbox_app.store.demo import build_demo
    from inbox_app.store.migrate import open_store
    from inbox_app.store.pg_copy import copy_sqlite_to_postgres

    cluster = PgCluster.create()
    work = Path(tempfile.mkdtemp(prefix="bench-team-"))
    procs: list[subprocess.Popen[str]] = []
    try:
        url = cluster.url(cluster.new_database())
        lite = work / "demo.sqlite3"
        demo = open_store(f"sqlite:///{lite}")
        build_demo(demo, 500, seed=1)
        demo.close()
        store = open_store(url)
        copy_sqlite_to_postgres(lite, store)
        store.close()
        libpq = url.replace("postgresql+psycopg://", "postgresql://")
        import psycopg

        with psycopg.connect(libpq) as conn:
            row = conn.execute(
                "SELECT id FROM threads WHERE state = 'open' ORDER BY response_due_at LIMIT 1"
            ).fetchone()
        assert row is not None
        tid = int(row[0])
        bare = _seat(_BARE_SEAT, libpq, work / "bare")
        procs.append(bare)
        base = _latencies(libpq, bare, tid)
        window = _seat(_WINDOW_SEAT, url, work / "window")
        procs.append(window)
        app = _latencies(libpq, window, tid)
        mb, ma = statistics.median(base), statistics.median(app)
        table(
            "Team inbox: a change on one seat, seen on another (separate processes)",
            ["what", "median ms", "p90 ms", "vs bare LISTEN", "target"],
            [
                [
                    "bare psycopg LISTEN (baseline)",
                    f"{mb:.1f}",
                    f"{sorted(base)[int(CHANGES * 0.9)]:.1f}",
                    "1.00",
                    "",
                ],
                [
                    "row updated in the other window",
                    f"{ma:.1f}",
                    f"{sorted(app)[int(CHANGES * 0.9)]:.1f}",
                    f"{ma / mb:.2f}",
                    "< 300 ms",
                ],
            ],
        )
    finally:
        for proc in procs:
            proc.kill()
            proc.wait()
        cluster.destroy()


if __name__ == "__main__":
    main()
