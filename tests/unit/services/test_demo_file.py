"""`inbox-app --demo` killed (kill -9) while it builds its first-run store: the next start
builds it again, whole (it used to find an empty store and show 0 threads forever)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path


def _env(data: Path) -> dict[str, str]:
    env = dict(os.environ, INBOX_APP_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    return env


def _threads(db: Path) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM threads").fetchone()[0])
    finally:
        con.close()


def _building(data: Path) -> bool:
    """A demo database file with content exists (its journal may vanish as we look)."""
    for path in data.iterdir():
        try:
            if path.name.startswith("demo.sqlite3") and path.stat().st_size > 0:
                return True
        except FileNotFoundError:
            continue
    return False


def test_a_killed_first_run_demo_is_rebuilt(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    demo = data / "demo.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-m", "inbox_app", "--demo"],
        env=_env(data),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # kill it as soon as a database file exists (it is still building then)
        while proc.poll() is None and not _building(data):
            os.sched_yield()
        assert proc.poll() is None, "the demo finished before it could be killed"
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)  # (also when the loop above failed)
        proc.wait(timeout=60)
    assert not demo.exists() or _threads(demo) == 3000  # never a half-built store
    again = subprocess.run(
        [sys.executable, "-m", "inbox_app", "--demo"],
        env=dict(_env(data), INBOX_APP_EXIT_AFTER_FIRST_PAINT="1"),
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert again.returncode == 0, again.stderr
    assert _threads(demo) == 3000
    assert sorted(p.name for p in data.iterdir() if "building" in p.name) == []
