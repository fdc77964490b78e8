"""Seats as separate processes (each with its own data dir, so its own settings); the
PostgreSQL cluster and a fresh database per test come from tests/helpers/pgfixtures.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def seat_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["INBOX_APP_DATA_DIR"] = str(data_dir)
    env["PYTHON_KEYRING_BACKEND"] = "tests.helpers.memkeyring.MemoryKeyring"
    env["PYTHONPATH"] = str(ROOT)
    return env


def inbox_app(
    data_dir: Path, *args: str, stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """`inbox-app ARGS` as another seat (its own process and data dir)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [sys.executable, "-m", "inbox_app", *args],
        check=False,
        env=seat_env(data_dir),
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def seat_process(data_dir: Path, script: str, *args: str) -> subprocess.Popen[str]:
    """A seat running `python -c script ARGS` in the background (stdout is a pipe)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        env=seat_env(data_dir),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
