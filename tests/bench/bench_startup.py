"""Start-up and memory of the main window on the million-message demo store.

Time from process start to the first page of threads painted, beside a bare PySide6
process painting an empty QMainWindow (the floor); then peak memory (ru_maxrss) after
scrolling the whole thread list to its end. Targets: < 1 s above the floor, < 300 MB.

    .venv/bin/python -m tests.bench.bench_startup [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.common import big_demo_store, table

ROOT = Path(__file__).resolve().parents[2]
STARTUP_TARGET_S = 1.0
MEMORY_TARGET_MB = 300

FLOOR = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
class F(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print(f"FIRST_PAINT {time.time():.6f}", flush=True), app.quit()))
        return False
f = F()
w.installEventFilter(f)
w.resize(1440, 860)
w.show()
app.exec()
"""

SCROLL = r"""
import resource, sys, time
from PySide6.QtWidgets import QApplication
from inbox_app.app import create_window
app = QApplication(sys.argv[:1])
w = create_window(sys.argv[1])
w.show_view(sys.argv[2])
w.show()
app.processEvents()
model, view = w.models.threads, w.ui.threads_view
pages = []
while model.canFetchMore():
    t0 = time.perf_counter()
    model.fetchMore()
    pages.append(time.perf_counter() - t0)
    view.scrollToBottom()
    app.processEvents()
rows = model.rowCount()
w.move_selection(rows)  # select the last thread: its conversation is loaded too
app.processEvents()
pages.sort()
median = pages[len(pages) // 2] * 1000 if pages else 0.0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"SCROLLED rows={rows} pages={len(pages)} page_ms={median:.2f} maxrss_mb={rss:.1f}")
w.close()
"""


PARTS = r"""
import sys, time
t = time.perf_counter()
def lap(name):
    global t
    now = time.perf_counter(); print(f"PART {name}={now - t:.4f}"); t = now
import PySide6.QtWidgets
lap("import PySide6.QtWidgets")
import sqlite3
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
con.execute("PRAGMA quick_check(1)").fetchone(); con.close()
lap("PRAGMA quick_check (open_store's file check)")
import inbox_app.store.migrate
lap("import store.migrate (SQLAlchemy, Alembic)")
from inbox_app.store.migrate import upgrade, make_engine
engine = make_engine(f"sqlite:///{sys.argv[1]}"); upgrade(engine); engine.dispose()
lap("Alembic revision check")
import inbox_app.cli
inbox_app.cli.build_parser()
lap("cli.build_parser (imports every sub-command)")
import inbox_app.views.main_window
lap("import the window's modules")
"""


def _env(config_home: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = config_home  # fresh QSettings: no remembered view or layout
    env["PYTHONPATH"] = str(ROOT)
    env.pop("INBOX_APP_EXIT_AFTER_FIRST_PAINT", None)
    return env


def _first_paint(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from just before the process is spawned to its FIRST_PAINT line."""
    started = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, check=False)
    for line in out.stdout.splitlines():
        if line.startswith("FIRST_PAINT"):
            return float(line.split()[1]) - started
    raise RuntimeError(f"no FIRST_PAINT from {cmd[:3]}: rc={out.returncode} {out.stderr[-2000:]}")


NO_FILE_CHECK = (
    "import inbox_app.store.migrate as m; m.check_sqlite_file = lambda path: None; "
    "from inbox_app.app import run; run({db!r}, False)"
)


def measure_startup(db: Path, runs: int) -> dict[str, list[float]]:
    """First-paint times per variant: the floor, the CLI entry, app.run() directly, and
    app.run() without open_store's whole-file integrity check (to show what it costs)."""
    with tempfile.TemporaryDirectory() as cfg:
        env = _env(cfg)
        app_env = dict(env, INBOX_APP_EXIT_AFTER_FIRST_PAINT="1")
        variants = {
            "floor": ([sys.executable, "-c", FLOOR], env),
            "cli": ([sys.executable, "-m", "inbox_app", "--db", str(db)], app_env),
            "direct": (
                [sys.executable, "-c", f"from inbox_app.app import run; run({str(db)!r}, False)"],
                app_env,
            ),
            "no_check": ([sys.executable, "-c", NO_FILE_CHECK.format(db=str(db))], app_env),
        }
        times: dict[str, list[float]] = {name: [] for name in variants}
        for cmd, e in variants.values():  # warm the page cache once for each
            _first_paint(cmd, e)
        for _ in range(runs):  # interleaved, so drift hits all alike
            for name, (cmd, e) in variants.items():
                times[name].append(_first_paint(cmd, e))
    return times


def measure_parts(db: Path) -> list[list[str]]:
    with tempfile.TemporaryDirectory() as cfg:
        out = subprocess.run(
            [sys.executable, "-c", PARTS, str(db)],
            env=_env(cfg),
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    rows = []
    for line in out.stdout.splitlines():
        if line.startswith("PART "):
            name, _, secs = line[5:].rpartition("=")
            rows.append([name, f"{float(secs):.3f}"])
    return rows


def measure_scroll(db: Path, view: str) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as cfg:
        out = subprocess.run(
            [sys.executable, "-c", SCROLL, f"sqlite:///{db}", view],
            env=_env(cfg),
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
    for line in out.stdout.splitlines():
        if line.startswith("SCROLLED"):
            return dict(part.split("=") for part in line.split()[1:])
    raise RuntimeError(f"scroll run failed: rc={out.returncode} {out.stderr[-2000:]}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv if argv is not None else [])
    db = big_demo_store()
    times = measure_startup(db, args.runs)
    med = {name: statistics.median(values) for name, values in times.items()}
    labels = {
        "floor": "bare PySide6 QMainWindow (floor)",
        "cli": "inbox-app --db FILE (the real entry)",
        "direct": "app.run() directly (no CLI parser)",
        "no_check": "app.run() with the file check stubbed out (for reference)",
    }
    rows = [
        [
            labels[name],
            f"{med[name]:.3f}",
            f"{med[name] - med['floor']:+.3f}",
            f"{min(v):.3f}",
            f"{max(v):.3f}",
        ]
        for name, v in times.items()
    ]
    diff = med["cli"] - med["floor"]
    rows.append(
        [
            "above the floor, real entry (target < 1 s)",
            f"{diff:.3f}",
            "",
            "",
            "OK" if diff < STARTUP_TARGET_S else "OVER TARGET",
        ]
    )
    table(
        f"Start-up to the first painted page of threads ({args.runs} runs each, {db.name})",
        ["process", "median s", "vs floor", "min s", "max s"],
        rows,
    )
    table(
        "Where the time would go, step by step (the file check now starts after the first paint)",
        ["part", "s"],
        measure_parts(db),
    )
    rows = []
    for view in ("open", "answered"):
        r = measure_scroll(db, view)
        mb = float(r["maxrss_mb"])
        verdict = "OK" if mb < MEMORY_TARGET_MB else "OVER TARGET"
        rows.append([view, r["rows"], r["pages"], r["page_ms"], f"{mb:.0f}", verdict])
    table(
        "Peak memory after scrolling the whole thread list to its end (target < 300 MB)",
        ["view", "rows", "pages", "median ms/page", "ru_maxrss MB", ""],
        rows,
    )


if __name__ == "__main__":
    main(sys.argv[1:])
