""" "Follow the system": under a real X server with Qt's gnome platform theme (which
carries a colour scheme), the scheme is changed at run time and the palette, the message
cards and the deadline banner switch live, both ways (tests/.../scheme_follower.py)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from inbox_app.models.colours import TOKENS
from inbox_app.views import theme

HERE = Path(__file__).resolve().parent


def test_a_run_time_scheme_change_switches_palette_and_cards(tmp_path: Path) -> None:
    missing = [t for t in ("xvfb-run", "dbus-run-session") if shutil.which(t) is None]
    assert not missing, f"tools/install-system-deps.sh installs {missing}"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / ".config"),
        "LANG": "C.UTF-8",
        "PYTHONPATH": str(HERE.parents[2]),
        "QT_QPA_PLATFORM": "xcb",
        "QT_QPA_PLATFORMTHEME": "gnome",
    }
    out = subprocess.run(
        ["xvfb-run", "-a", "dbus-run-session", "--", sys.executable,
         str(HERE / "scheme_follower.py"), str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    states = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    assert [s["asked"] for s in states] == ["Dark", "Light", "Dark"], out.stdout
    dark_window = theme.dark_palette().color(theme.QPalette.ColorRole.Window).name()
    for state in states:
        dark = state["asked"] == "Dark"
        assert state["scheme"] == state["asked"], state
        assert (state["window"] == dark_window) is dark, state
        assert state["card"] == TOKENS["card_incoming"][dark], state
        assert state["banner"] == TOKENS["banner"][dark], state
