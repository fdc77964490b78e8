"""Start-up and memory of the main window on the million-message demo store.

Time from process start to the first page of threads painted, beside a bare PySide6
process painting an empty QMainWindow (the floor), after a clean exit and after an
unclean one (the whole-file check runs then, behind a read-only preview); where a
window's memory goes at rest (memory_at_rest); then the peak memory (ru_maxrss) of the
real entry after scrolling every view in the sidebar and the orders to their end, a
screenful at a time, in two fresh processes (scroll_peak).
Targets: < 0.5 s above the floor, < 150 MB.

    .venv/bin/python -m tests.bench.bench_startup [--runs 5] [--scroll-runs 2]
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

from tests.bench import memory_at_rest, scroll_peak
from tests.bench.common import big_demo_store, table

ROOT = Path(__file__).resolve().parents[2]
STARTUP_TARGET_S = 0.5

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
            t, cpu = time.time(), time.process_time()
            QTimer.singleShot(0, lambda: (print(f"FIRST_PAINT {t:.6f} cpu={cpu:.4f}", flush=True), app.quit()))
        return False
f = F()
w.installEventFilter(f)
w.resize(1440, 860)
w.show()
app.exec()
"""

PARTS = r"""
import sys, time
t = time.perf_counter()
def lap(name):
    global t
    now = time.perf_counter(); print(f"PART {name}={now - t:.4f}"); t = now
import PySide6.QtWidgets
lap("import PySide6.QtWidgets")
from inbox_app import qt_source_scan
qt_source_scan.install()
import sqlite3
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
con.execute("PRAGMA quick_check(1)").fetchone(); con.close()
lap("PRAGMA quick_check (only after an unclean shutdown, behind a preview)")
import inbox_app.store.migrate
lap("import store.migrate (SQLAlchemy; no Alembic at head)")
from inbox_app.store.migrate import open_store
open_store(f"sqlite:///{sys.argv[1]}").close()
lap("open_store at head (header check, revision, marker)")
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


def _first_paint(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from just before the process is spawned to its first paint, and the CPU
    seconds the process had used by then (all its threads; what a busy machine's other
    work does not inflate, unlike the wall clock)."""
    started = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, check=False)
    for line in out.stdout.splitlines():
        if line.startswith("FIRST_PAINT"):
            fields = dict(f.split("=", 1) for f in line.split()[2:] if "=" in f)
            return float(line.split()[1]) - started, float(fields["cpu"])
    raise RuntimeError(f"no FIRST_PAINT from {cmd[:3]}: rc={out.returncode} {out.stderr[-2000:]}")


CRASH = (
    "import os, signal, sys\n"
    "from inbox_app.store.migrate import open_store\n"
    "open_store('sqlite:///' + sys.argv[1])\n"
    "os.kill(os.getpid(), signal.SIGKILL)\n"
)


def _crash_while_open(db: Path, env: dict[str, str]) -> None:
    """Leave the store as a killed process leaves it (its open marker stays)."""
    subprocess.run([sys.executable, "-c", CRASH, str(db)], env=env, check=False, timeout=120)


def measure_startup(db: Path, runs: int) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """First-paint wall times and CPU times per variant: the floor, the CLI entry,
    app.run() directly, and the CLI entry after an unclean shutdown (whole-file check
    behind a preview)."""
    with tempfile.TemporaryDirectory() as cfg:
        env = _env(cfg)
        app_env = dict(env, INBOX_APP_EXIT_AFTER_FIRST_PAINT="1")
        cli = [sys.executable, "-m", "inbox_app", "--db", str(db)]
        variants = {
            "floor": ([sys.executable, "-c", FLOOR], env, False),
            "cli": (cli, app_env, False),
            "direct": (
                [sys.executable, "-c", f"from inbox_app.app import run; run({str(db)!r}, False)"],
                app_env,
                False,
            ),
            "after_crash": (cli, app_env, True),
        }
        times: dict[str, list[float]] = {name: [] for name in variants}
        cpus: dict[str, list[float]] = {name: [] for name in variants}
        for cmd, e, crash in variants.values():  # warm the page cache once for each
            if crash:
                _crash_while_open(db, env)
            _first_paint(cmd, e)
        for _ in range(runs):  # interleaved, so drift hits all alike
            for name, (cmd, e, crash) in variants.items():
                if crash:
                    _crash_while_open(db, env)
                wall, cpu = _first_paint(cmd, e)
                times[name].append(wall)
                cpus[name].append(cpu)
    return times, cpus


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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scroll-runs", type=int, default=2)
    args = parser.parse_args(argv if argv is not None else [])
    db = big_demo_store()
    times, cpus = measure_startup(db, args.runs)
    med = {name: statistics.median(values) for name, values in times.items()}
    cpu = {name: statistics.median(values) for name, values in cpus.items()}
    labels = {
        "floor": "bare PySide6 QMainWindow (floor)",
        "cli": "inbox-app --db FILE (the real entry)",
        "direct": "app.run() directly (no CLI parser)",
        "after_crash": "inbox-app --db FILE after an unclean shutdown (file check)",
    }
    rows = [
        [
            labels[name],
            f"{med[name]:.3f}",
            f"{med[name] - med['floor']:+.3f}",
            f"{min(v):.3f}",
            f"{max(v):.3f}",
            f"{cpu[name]:.3f}",
            f"{cpu[name] - cpu['floor']:+.3f}",
        ]
        for name, v in times.items()
    ]
    diff = med["cli"] - med["floor"]
    cpu_diff = cpu["cli"] - cpu["floor"]
    rows.append(
        [
            f"above the floor, real entry (target < {STARTUP_TARGET_S:g} s)",
            f"{diff:.3f}",
            "",
            "",
            "OK" if diff < STARTUP_TARGET_S else "OVER TARGET",
            f"{cpu_diff:.3f}",
            "OK" if cpu_diff < STARTUP_TARGET_S else "OVER TARGET",
        ]
    )
    table(
        f"Start-up to the first painted page of threads ({args.runs} runs each, {db.name}); "
        "CPU = seconds of CPU the process had used when it painted (a busy machine inflates "
        "the wall clock, not this)",
        ["process", "median s", "vs floor", "min s", "max s", "CPU s", "CPU vs floor"],
        rows,
    )
    table(
        "Where the time goes, step by step (the file check runs only after a crash)",
        ["part", "s"],
        measure_parts(db),
    )
    memory_at_rest.print_table(db)
    scroll_peak.print_table(db, args.scroll_runs)


if __name__ == "__main__":
    main(sys.argv[1:])
