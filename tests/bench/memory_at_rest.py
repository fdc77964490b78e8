"""Where a window's memory goes at rest, stage by stage (bench_startup prints it beside the
scroll peak): the interpreter, Qt, SQLAlchemy with its ORM, the window's modules, the
policy rule set the compose pane's live check holds, then the window itself built over
the million-message store, shown, with the sidebar's counts in. Each stage's resident
memory (/proc/self/smaps_rollup) and its anonymous part; the rest is file-backed
(shared libraries, fonts), which does not grow with the store.

    .venv/bin/python -m tests.bench.memory_at_rest
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.bench.common import big_demo_store, table

STAGES = r"""
import sys, time
def mem(name):
    kb = {}
    with open("/proc/self/smaps_rollup") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("Rss", "Anonymous"):
                kb[key] = int(rest.split()[0])
    print(f"STAGE {kb['Rss']} {kb['Anonymous']} {len(sys.modules)} {name}", flush=True)
mem("the interpreter")
from PySide6.QtWidgets import QApplication
from inbox_app import qt_source_scan
qt_source_scan.install()  # as inbox_app.app does first: no source kept per module
app = QApplication(sys.argv[:1])
mem("PySide6 (QtCore, QtGui, QtWidgets) and a QApplication")
import sqlalchemy.orm
mem("SQLAlchemy and its ORM (with the stdlib they import: asyncio, email...)")
from inbox_app.app import create_window
import inbox_app.views.main_window
mem("the window's modules (views, models, services, store)")
from inbox_app.policy.ruleset import load_ruleset
load_ruleset()
mem("the policy rule set (the compose pane's live check holds it)")
w = create_window(sys.argv[1])
mem("the window built over the store, not shown (the panes' modules come with it)")
w.resize(1440, 860)
w.show()
deadline = time.monotonic() + 300
while w.counts.latest is None and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.02)
app.processEvents()
mem("shown at 1440x860 and painted, the sidebar's counts in (at rest)")
w.close()
"""


def measure(db: Path) -> list[list[str]]:
    """One row per stage: what it added to resident and to anonymous memory, the totals,
    and how many modules were loaded by then."""
    with tempfile.TemporaryDirectory() as cfg:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=cfg)
        env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
        out = subprocess.run(
            [sys.executable, "-c", STAGES, f"sqlite:///{db}"],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    rows: list[list[str]] = []
    last_rss = last_anon = 0.0
    for line in out.stdout.splitlines():
        if not line.startswith("STAGE "):
            continue
        rss, anon, mods, name = line[6:].split(" ", 3)
        r, a = int(rss) / 1024, int(anon) / 1024
        rows.append([name, f"{r - last_rss:+.1f}", f"{a - last_anon:+.1f}", f"{r:.1f}", mods])
        last_rss, last_anon = r, a
    if not rows:
        raise RuntimeError(f"memory stages failed: rc={out.returncode} {out.stderr[-2000:]}")
    file_backed = f"{last_rss - last_anon:.1f}"
    rows.append(["of it file-backed (shared libraries, fonts)", "", "", file_backed, ""])
    return rows


def print_table(db: Path) -> None:
    table(
        "Where a window's memory goes at rest (resident MB, each stage's share; anonymous = "
        "the process's own heap, the rest is file-backed)",
        ["stage", "+ resident", "+ anonymous", "resident MB", "modules"],
        measure(db),
    )


if __name__ == "__main__":
    print_table(big_demo_store())
