"""Seats as separate processes (each with its own data dir, so its own settings); the
PostgreSQL cluster and a fresh database per test come from tests/helpers/pgfixtures.py."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
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


def run_seat(data_dir: Path, script: str, *args: str, timeout: float = 60) -> str:
    """Another seat runs `python -c script ARGS` to its end (its own process and data dir);
    asserts it exited cleanly (its stderr in the message) and returns its stdout."""
    data_dir.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=seat_env(data_dir),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


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


class WindowSeat:
    """Another seat's real window in its own process (tests/helpers/window_seat.py), driven
    over its stdin; its answers are read on a thread into `lines`."""

    def __init__(self, data_dir: Path, url: str, person: str, *, platform: str = "") -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        env = seat_env(data_dir)
        if platform:
            env["QT_QPA_PLATFORM"] = platform
        self.log = data_dir / "stderr.log"  # a file: a chatty seat never blocks on a pipe
        with self.log.open("w") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "tests.helpers.window_seat", url, person],
                env=env,
                cwd=ROOT,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=err,
                text=True,
            )
        self.lines: list[str] = []
        self._more = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self._more:
                self.lines.append(line.rstrip("\n"))
                self._more.notify_all()
        with self._more:
            self._more.notify_all()

    def tell(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def find(self, prefix: str, after: int = 0) -> str | None:
        """The first answer from line `after` on that starts with `prefix` (or an error)."""
        for line in self.lines[after:]:
            if line.startswith(prefix):
                return line
            if line.startswith("error"):
                raise AssertionError(f"the seat said: {line}")
        return None

    def answered(self, prefix: str, after: int = 0) -> bool:
        """For waitUntil: the answer came, or the process ended (then `find` says why)."""
        return self.find(prefix, after) is not None or self.proc.poll() is not None

    def wait(self, prefix: str, timeout: float = 60.0, after: int = 0) -> str:
        """Block (no event loop here) until an answer starting with `prefix` came."""
        deadline = time.monotonic() + timeout
        with self._more:
            while (found := self.find(prefix, after)) is None:
                left = deadline - time.monotonic()
                if left <= 0 or (self.proc.poll() is not None and not self._reader.is_alive()):
                    raise AssertionError(f"no {prefix!r} from the seat: {self.lines[-5:]}")
                self._more.wait(min(left, 0.5))
        return found

    def stderr(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]

    def close(self, timeout: float = 30.0) -> int:
        """Quit the window (or kill it when it does not go) and reap the process."""
        if self.proc.poll() is None:
            try:
                self.tell("quit")
                self.proc.wait(timeout=timeout)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
        self._reader.join(timeout=10)
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()
        return self.proc.returncode
