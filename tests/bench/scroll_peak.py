"""Peak memory of the window as `inbox-app --db FILE` gives it to a seller, after scrolling
every view in the sidebar (open, due soon, overdue, opted out, answered, no response
needed, outbox, drafts, sent, each marketplace) and then the Orders tab to its end, a
screenful at a time, each painted, the last thread of each view selected (its
conversation loaded). The window is the real entry's: painted from the read-only
preview, the verified store in, the panes built over it, the rule set warmed up on its
worker and the sidebar's counts in before the first screenful (bench_startup prints it).

Peak = ru_maxrss, which only grows; each run is a fresh process with fresh settings,
and the runs are printed side by side with their spread (SQLite's caches and the
system's file pages differ from run to run by a megabyte or two).

    .venv/bin/python -m tests.bench.scroll_peak [--runs 2]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.bench.common import big_demo_store, table

ROOT = Path(__file__).resolve().parents[2]
MEMORY_TARGET_MB = 150

SCROLL = r"""
import os, resource, sys, time, traceback
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from inbox_app.app import run
from inbox_app.services.policy_checks import ruleset_pending
from inbox_app.views.main_window import MainWindow

def ready():
    # the window as `inbox-app --db FILE` gives it to the seller: painted from the
    # preview, the verified store in and the panes built over it, the rule set warmed up
    # on its worker, the sidebar's counts in
    for w in app.topLevelWidgets():
        if (isinstance(w, MainWindow) and w.isVisible() and w.compose is not None
                and w.counts.latest is not None and not ruleset_pending()):
            return w
    return None

def laid_out(view):
    # a screenful is a page step: until the view is laid out it is 0 (the loop below
    # would never advance), so wait for the layout the event loop does, a bounded time
    deadline = time.monotonic() + 60
    while view.verticalScrollBar().pageStep() <= 0 or view.viewport().height() <= 0:
        if time.monotonic() > deadline:
            raise RuntimeError(f"{view.objectName()} never laid out (page step 0)")
        app.processEvents()
        time.sleep(0.01)

def scroll(view, model):
    # every screenful from the top to the end, each painted (its rows read as shown)
    laid_out(view)
    bar, pages = view.verticalScrollBar(), []
    value = 0
    while True:
        t0 = time.perf_counter()
        bar.setValue(value)
        view.viewport().repaint()
        pages.append(time.perf_counter() - t0)
        if value >= bar.maximum():
            break
        value += bar.pageStep()
    pages.sort()
    return model.rowCount(), len(pages), pages[len(pages) // 2] * 1000

def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

def measure(w):
    w.resize(1440, 860)
    app.processEvents()
    print(f"SCROLLED view=at-rest rows=0 pages=0 page_ms=0 maxrss_mb={peak():.1f}", flush=True)
    keys = sys.argv[2].split(",")
    if keys == ["all"]:  # every view the sidebar lists (marketplaces come with the counts)
        keys = [*w.models.views.keys(), "orders"]
    for key in keys:
        if key == "orders":
            w.show_orders_tab()
            app.processEvents()
            rows, pages, ms = scroll(w.ui.orders_view, w.models.orders)
        else:
            w.show_view(key)
            app.processEvents()
            rows, pages, ms = scroll(w.ui.threads_view, w.models.threads)
            w.move_selection(rows)  # select the last thread: its conversation is loaded too
            app.processEvents()
        # what the event loop does between a seller's clicks: the widgets the views let go
        # with deleteLater() (the conversation's old message cards) are deleted; this runs
        # inside one timer callback, where processEvents() never delivers those deletions
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        print(f"SCROLLED view={key} rows={rows} pages={pages} page_ms={ms:.2f} "
              f"maxrss_mb={peak():.1f}", flush=True)

started = time.monotonic()

def start():
    w = ready()
    if w is None:
        if time.monotonic() - started < 300:
            QTimer.singleShot(50, start)
            return
        print("the window never got ready", file=sys.stderr, flush=True)
        os._exit(1)
    try:
        measure(w)
    except BaseException:  # the app's hook would show a dialog nobody closes
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(1)
    app.quit()

QTimer.singleShot(0, start)
sys.exit(run(sys.argv[1], False))
"""


def measure(db: Path, views: str = "all") -> list[dict[str, str]]:
    """One fresh process through the real entry: a dict per view scrolled (the first
    is the window at rest), with its rows, screenfuls, median ms a screenful and the
    peak so far."""
    with tempfile.TemporaryDirectory() as cfg:
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["XDG_CONFIG_HOME"] = cfg  # fresh QSettings: no remembered view or layout
        env["PYTHONPATH"] = str(ROOT)
        env.pop("INBOX_APP_EXIT_AFTER_FIRST_PAINT", None)
        out = subprocess.run(
            [sys.executable, "-c", SCROLL, str(db), views],
            env=env,
            capture_output=True,
            text=True,
            timeout=3600,
            check=False,
        )
    found = [
        dict(part.split("=") for part in line.split()[1:])
        for line in out.stdout.splitlines()
        if line.startswith("SCROLLED")
    ]
    if out.returncode != 0 or not found:
        raise RuntimeError(f"scroll run failed: rc={out.returncode} {out.stderr[-2000:]}")
    return found


def rows_of(runs: list[list[dict[str, str]]]) -> list[list[str]]:
    """A row per view: what the first run saw, the median screenful time over the runs,
    each run's peak so far, their spread, and the verdict on the worst."""
    rows = []
    for at, first in enumerate(runs[0]):
        seen = [run[at] for run in runs]
        peaks = [float(r["maxrss_mb"]) for r in seen]
        ms = statistics.median(float(r["page_ms"]) for r in seen)
        verdict = "OK" if max(peaks) < MEMORY_TARGET_MB else "OVER TARGET"
        rows.append(
            [
                first["view"],
                first["rows"],
                first["pages"],
                f"{ms:.2f}",
                " / ".join(f"{p:.1f}" for p in peaks),
                f"{max(peaks) - min(peaks):.1f}",
                verdict,
            ]
        )
    return rows


def print_table(db: Path, runs: int = 2) -> None:
    measured = [measure(db) for _ in range(max(1, runs))]
    table(
        "Peak memory of the real entry (inbox-app --db FILE) after scrolling every view in "
        f"the sidebar, then the orders, to its end ({len(measured)} fresh processes; "
        f"target < {MEMORY_TARGET_MB} MB after the last)",
        [
            "view",
            "rows",
            "screenfuls",
            "median ms/screenful",
            "peak MB so far, each run",
            "spread",
            "",
        ],
        rows_of(measured),
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=2)
    print_table(big_demo_store(), parser.parse_args().runs)
