"""Screenshots of the real window for issue 13's window items, in one language and size.

    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python tools/screenshot_workday.py --lang it --size 1024x700 --out shots/

Writes (prefixed `<lang>-<w>x<h>-`): inbox (a thread selected, the Tab focus on the
conversation), inbox-order and order-panel (a thread with an order), outbox (the
Outbox view), search (one match: the plural form), search-star (`*` alone), orders
(filtered by a product word, sorted by total), orders-empty, order-panel, shortcuts (F1),
account (the account dialog), preferences-replies and preferences-alerts (the two pages
of Preferences), banner (the deadline bar in the status bar).
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


def _grab_dialog_later(out: Path, name: str, ms: int = 500) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    def grab() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.grab().save(str(out / name))
                w.reject()

    QTimer.singleShot(ms, grab)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", default="en", choices=("en", "it", "ko"))
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--threads", type=int, default=300)
    parser.add_argument("--out", default="shots")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    width, height = (int(v) for v in args.size.lower().split("x"))

    locale = {"en": "en_US", "it": "it_IT", "ko": "ko_KR"}[args.lang]
    # the system locale, as a seller's desktop sets it: Qt's own strings (Close, Cancel)
    # and ours are loaded the way the app loads them
    os.environ["LC_ALL"] = os.environ["LANG"] = f"{locale}.UTF-8"
    os.environ["LANGUAGE"] = args.lang
    from PySide6.QtCore import QLocale, QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from inbox_app.app import load_translations

    app = QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale(locale))
    load_translations(app)
    tmp = Path(tempfile.mkdtemp(prefix="inbox-shots-"))
    os.environ["INBOX_APP_DATA_DIR"] = str(tmp)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    from inbox_app.store.demo import build_demo
    from inbox_app.store.migrate import open_store

    url = f"sqlite:///{tmp / 'demo.sqlite3'}"
    store = open_store(url)
    build_demo(store, args.threads, seed=1, now=now)
    store.close()
    from inbox_app.app import create_window

    window = create_window(url, clock=lambda: now)
    window.resize(width, height)
    window.show()
    window.activateWindow()
    _pump(0.8)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    prefix = f"{args.lang}-{width}x{height}-"

    def shot(name: str) -> None:
        window.grab().save(str(out / f"{prefix}{name}.png"))

    window.move_selection(2)
    window.ui.threads_view.setFocus(Qt.FocusReason.OtherFocusReason)
    window.focusNextChild()  # Tab: from the list to the conversation
    _pump(1.5)
    shot("inbox")
    threads = window.models.threads
    ordered = next(
        (t for t in (threads.thread_at(r) for r in range(threads.rowCount())) if t and t.order_id),
        None,
    )
    if ordered is not None:  # the panel with an order in it
        window.threads.select_thread(ordered.id)
        _pump(0.8)
    window.ui.order_panel.grab().save(str(out / f"{prefix}order-panel.png"))
    shot("inbox-order")
    window.show_view("outbox")
    _pump(1.0)
    shot("outbox")
    window.show_view("open")
    _pump(0.5)
    window.ui.sidebar.grab().save(str(out / f"{prefix}sidebar.png"))
    subject = window.current_thread().subject if window.current_thread() else "refund"
    word = max(subject.split(), key=len)
    window.ui.search_edit.setText(f"{word} -zzzz")
    window.apply_search()
    _pump()
    shot("search")
    window.ui.search_edit.setText("*")
    window.apply_search()
    _pump()
    shot("search-star")
    window.ui.search_edit.clear()
    window.show_view("open")
    window.show_orders_tab()
    _pump()
    tab = window.ui.orders_tab
    tab.filter_edit.setText("scarf")
    tab.apply_filter_now()
    tab.view.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    _pump()
    shot("orders")
    tab.filter_edit.setText("no such product anywhere")
    tab.apply_filter_now()
    _pump()
    shot("orders-empty")
    tab.filter_edit.clear()
    tab.apply_filter_now()
    window.ui.tabs.setCurrentIndex(0)
    _pump()
    _grab_dialog_later(out, f"{prefix}shortcuts.png")
    window.show_shortcuts()
    from inbox_app.services.mail import MailService
    from inbox_app.views.account_dialog import AccountDialog

    dialog = AccountDialog(MailService(window.service.store), runner=window.runner, parent=window)
    dialog.show()
    _pump(0.6)
    dialog.grab().save(str(out / f"{prefix}account.png"))
    dialog.reject()
    from inbox_app.views.preferences.dialog import Page
    from inbox_app.views.preferences.opener import preferences_for

    prefs = preferences_for(window, window.settings).open(Page.REPLIES)
    for page in Page:
        prefs.show_page(page)
        _pump(0.6)
        prefs.grab().save(str(out / f"{prefix}preferences-{page.value}.png"))
    prefs.reject()
    _pump()
    from datetime import timedelta

    from inbox_app.services.alerts import Notice
    from inbox_app.services.deadlines import Deadline
    from inbox_app.views.alerts.banner import DeadlineBanner
    from inbox_app.views.alerts.controller import notice_text

    banner_widget = window.findChild(DeadlineBanner)
    if banner_widget is not None:  # what the alerts say of two threads due within 1 h
        due = tuple(
            Deadline(n, subject, now + timedelta(minutes=minutes), "US")
            for n, subject, minutes in (
                (1, "Charger missing from the box — 111-2223334-5556667", 42),
                (2, "Where is my order? 111-7654321-1234567", 55),
            )
        )
        summary, body = notice_text(Notice("x", 60, due), now)
        banner_widget.show_notice("x", summary, body)
        _pump()
        shot("banner")
    window.close()
    app.processEvents()
    print(f"screenshots in {out.resolve()} ({prefix}*)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
