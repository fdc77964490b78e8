"""Screenshots of the real window (create_window) for a human to look at.

    xvfb-run -a .venv/bin/python tools/screenshot.py --out shots/ [--db FILE] [--threads 3000]

Without --db a deterministic demo store is built in a temp dir. Writes window.png
(inbox, a thread selected), search.png, orders.png, shortcuts.png and special.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tools.shot_pump import pump as _pump


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="database file (default: a fresh demo store)")
    parser.add_argument("--threads", type=int, default=3000, help="demo size without --db")
    parser.add_argument("--now", default="2026-11-23T12:00:00+00:00", help="demo clock (ISO)")
    parser.add_argument("--out", default="shots", help="folder for the PNGs")
    parser.add_argument("--row", type=int, default=2, help="which thread to select")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    app = QApplication(sys.argv[:1])  # noqa: F841 (kept alive while the shots are taken)
    now = datetime.fromisoformat(args.now)
    tmp = Path(tempfile.mkdtemp(prefix="inbox-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    if args.db:
        url = f"sqlite:///{Path(args.db).resolve()}"
        clock = None
    else:
        from inbox_app.store.demo import build_demo
        from inbox_app.store.migrate import open_store

        url = f"sqlite:///{tmp / 'demo.sqlite3'}"
        store = open_store(url)
        build_demo(store, args.threads, seed=1, now=now.astimezone(UTC))
        store.close()

        def clock() -> datetime:
            return now

    from inbox_app.app import create_window

    window = create_window(url, clock=clock)
    window.show()
    _pump(0.6)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    window.move_selection(args.row)
    _pump(2.0)  # counts worker, mark-read timer
    window.grab().save(str(out / "window.png"))
    window.ui.conversation.grab().save(str(out / "conversation.png"))
    window.ui.order_panel.grab().save(str(out / "order_panel.png"))
    window.ui.sidebar.grab().save(str(out / "sidebar.png"))
    window.ui.search_edit.setText("damaged")
    window.apply_search()
    _pump()
    window.grab().save(str(out / "search.png"))
    window.ui.search_edit.clear()
    window.show_view("open")
    window.show_orders_tab()
    _pump()
    window.grab().save(str(out / "orders.png"))
    window.ui.tabs.setCurrentIndex(0)

    def grab_dialog(name: str) -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.grab().save(str(out / name))
                w.reject()

    QTimer.singleShot(400, lambda: grab_dialog("shortcuts.png"))
    window.show_shortcuts()
    QTimer.singleShot(400, lambda: grab_dialog("special.png"))
    window.orders.edit_special_products()
    from inbox_app.orders import RowProblem
    from inbox_app.services.orders_import import ImportSummary
    from inbox_app.views.order_import import FileResult, ImportSummaryDialog

    summary = ImportSummary(
        "/reports/All Orders 2026-11.txt", "all-orders", 412, 37, 501,
        (RowProblem(18, "order id '123' is not an Amazon order id"),
         RowProblem(77, "purchase-date 'yesterday' is not a date")),
        451, 12, "utf-8", 0.8,
    )  # fmt: skip
    bad = FileResult("/reports/notes.csv", None, "This file is not an order report.")
    dialog = ImportSummaryDialog.present(window, [FileResult(summary.path, summary, None), bad])
    _pump()
    dialog.grab().save(str(out / "import_summary.png"))
    dialog.accept()
    window.close()
    print(f"screenshots in {out.resolve()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
