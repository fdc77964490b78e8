"""A real freedesktop notification server for tests: Xvfb, a private session bus and
dunst, started per test and stopped by their process handles; dunstctl reads back what
the server received."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

DUNSTRC = """[global]
    timeout = 0
    idle_threshold = 0
    history_length = 50
[urgency_low]
    timeout = 0
[urgency_normal]
    timeout = 0
[urgency_critical]
    timeout = 0
"""


@dataclass
class NotifyServer:
    address: str
    env: dict[str, str]

    def ctl(self, *args: str) -> str:
        return subprocess.run(
            ["dunstctl", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout

    def displayed(self) -> int:
        return int(self.ctl("count", "displayed").strip())

    def history(self) -> list[dict[str, Any]]:
        """Every notification the server has closed, newest first (plain values)."""
        data = json.loads(self.ctl("history"))["data"][0]
        return [{k: v["data"] for k, v in entry.items()} for entry in data]


def _wait(predicate: Any, timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.05)
    raise TimeoutError("the notification server did not come up")


@pytest.fixture
def notify_server(tmp_path: Path) -> Iterator[NotifyServer]:
    for tool in ("Xvfb", "dbus-daemon", "dunst", "dunstctl"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: run `make install` (tools/install-system-deps.sh)")
    procs: list[subprocess.Popen[bytes]] = []
    read, write = os.pipe()
    xlog = (tmp_path / "xvfb.log").open("wb")
    xvfb = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-nolisten",
            "tcp",
            "-noreset",
            "-screen",
            "0",
            "1024x768x24",
        ],
        pass_fds=[write],
        stdout=subprocess.DEVNULL,
        stderr=xlog,
    )
    xlog.close()
    procs.append(xvfb)
    os.close(write)
    try:
        # the read end stays open: a server that resets writes its number again
        display = os.read(read, 32).decode().strip()
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        procs.append(bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        env = {**os.environ, "DISPLAY": f":{display}", "DBUS_SESSION_BUS_ADDRESS": address}
        env.pop("WAYLAND_DISPLAY", None)
        rc = tmp_path / "dunstrc"
        rc.write_text(DUNSTRC)
        log = (tmp_path / "dunst.log").open("wb")
        dunst = subprocess.Popen(
            ["dunst", "-conf", str(rc)], env=env, stdout=log, stderr=subprocess.STDOUT
        )
        log.close()
        procs.append(dunst)
        server = NotifyServer(address, env)

        def up() -> bool:
            if dunst.poll() is not None:
                raise RuntimeError(
                    "dunst exited: "
                    + (tmp_path / "dunst.log").read_text()
                    + f" (Xvfb :{display} {xvfb.poll()}: "
                    + (tmp_path / "xvfb.log").read_text()[-300:]
                    + ")"
                )
            try:
                server.displayed()
                return True
            except subprocess.CalledProcessError:
                return False

        _wait(up, timeout=30)
        yield server
    finally:
        os.close(read)
        for p in reversed(procs):
            p.terminate()
            try:
                p.wait(timeout=5)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
            if p.stdout is not None:
                p.stdout.close()
