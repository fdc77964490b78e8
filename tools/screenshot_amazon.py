"""Screenshots of the real window with an Amazon (SP-API) connection, for a human to look at.

    xvfb-run -a .venv/bin/python tools/screenshot_amazon.py --out shots/amazon [--lang it]

A demo store, a local SP-API server (tests/helpers/spapi_server.py) and an in-memory
keyring; the window at 1024x700. Writes inbox_actions.png (the order panel's Amazon
actions), orders_actions.png (the Orders tab's), connect.png (the Amazon dialog with its
saved connection), message.png (the Amazon message dialog) and reviews.png (bulk review
requests).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.helpers.memkeyring.MemoryKeyring"


def _pump(seconds: float = 0.3) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def _until(check: Callable[[], bool], seconds: float = 20.0) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while not check():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the window")
        QApplication.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="shots/amazon", help="folder for the PNGs")
    parser.add_argument("--lang", default="en", help="interface language (en, it, ko)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")

    from PySide6.QtCore import QLocale, QSettings
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    if args.lang != "en":
        QLocale.setDefault(QLocale(args.lang))
    app = QApplication(sys.argv[:1])
    from inbox_app.app import create_window, load_translations

    kept = load_translations(app)  # noqa: F841 (the translators live while the app does)
    from inbox_app.services import amazon_connections as conns
    from inbox_app.services.amazon import AmazonService
    from inbox_app.store.demo import build_demo
    from inbox_app.store.migrate import open_store
    from inbox_app.store.schema import Marketplace, Order, Thread
    from inbox_app.views.amazon_order_actions import AmazonOrderActions
    from inbox_app.views.amazon_window import AmazonInWindow
    from tests.helpers.spapi_server import CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, ServerThread

    now = datetime.now(UTC).replace(microsecond=0)
    tmp = Path(tempfile.mkdtemp(prefix="inbox-amazon-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    url = f"sqlite:///{tmp / 'demo.sqlite3'}"
    store = open_store(url)
    build_demo(store, 60, seed=1, now=now)
    with store.session() as s, s.begin():
        tid, order_pk, oid = s.execute(
            select(Thread.id, Order.id, Order.amazon_order_id)
            .join(Order, Order.amazon_order_id == Thread.amazon_order_id)
            .join(Marketplace, Marketplace.id == Order.marketplace_id)
            .where(Marketplace.code == "US")
            .order_by(Thread.last_activity_at.desc(), Thread.id)
            .limit(1)
        ).one()
        order = s.get(Order, order_pk)
        assert order is not None
        order.delivered_at = now - timedelta(days=10)
    server = ServerThread()
    server.api.add_order(
        oid, created=now - timedelta(days=14), updated=now - timedelta(days=1),
        delivered=now - timedelta(days=10),
    )  # fmt: skip
    spec = conns.ConnectionSpec("shop", "na", CLIENT_ID, ("US",), server.url, server.token_url)
    AmazonService(store).connect(spec, CLIENT_SECRET, REFRESH_TOKEN)
    store.close()

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    window = create_window(url, clock=lambda: now)
    window.resize(1024, 700)
    window.show()
    _until(lambda: window.findChild(AmazonInWindow) is not None)
    amazon = window.findChild(AmazonInWindow)
    assert isinstance(amazon, AmazonInWindow)
    _until(lambda: not amazon.controller.running and bool(amazon.controller.last))
    window.threads.select_thread(tid)

    def ready() -> bool:
        return any(
            a.order_id == oid and a.ready and a.isVisibleTo(window)
            for a in window.findChildren(AmazonOrderActions)
        )

    _until(ready)
    _pump(0.5)
    window.grab().save(str(out / "inbox_actions.png"))
    window.show_orders_tab()
    window.orders.show_order(oid)
    _until(ready)
    _pump(0.5)
    window.grab().save(str(out / "orders_actions.png"))
    window.ui.tabs.setCurrentIndex(0)
    _until(ready)

    dialog = amazon.connect_dialog()
    _until(lambda: dialog.connections.loaded)
    _pump(0.4)
    dialog.grab().save(str(out / "connect.png"))
    dialog.reject()
    actions = amazon.current_actions()
    assert actions is not None
    message = actions.open_message()
    assert message is not None
    _until(lambda: message.loaded)
    _pump(0.4)
    message.grab().save(str(out / "message.png"))
    message.reject()
    amazon.review_requests()
    from inbox_app.views.amazon_order_actions import ReviewRequestsDialog

    reviews = [d for d in window.findChildren(ReviewRequestsDialog) if d.isVisible()]
    assert reviews
    _until(lambda: reviews[0].loaded)
    _pump(0.4)
    reviews[0].grab().save(str(out / "reviews.png"))
    reviews[0].reject()
    window.close()
    server.stop()
    print(f"screenshots in {out.resolve()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
