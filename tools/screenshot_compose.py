"""Screenshot of the compose pane on a demo store: a draft with a link, an opted-out buyer,
two attachments (one refused).

Usage: python tools/screenshot_compose.py [out.png] [--main-window]
(--main-window: inside the real main window, installed with install_compose).

Runs offscreen unless QT_QPA_PLATFORM says otherwise (use `xvfb-run -a` for a real X).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + b"\x00" * 400
BODY = (
    "Hallo {name},\n\n"
    "die Lieferadresse Ihrer Bestellung {order} ist unvollständig: es fehlt die Hausnummer. "
    "Bitte antworten Sie mit der vollständigen Adresse, damit wir das Paket versenden können.\n\n"
    "Weitere Artikel finden Sie auf www.myshop.com.\n\n"
    "Mit freundlichen Grüßen\nLena"
)


def main() -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget
    from sqlalchemy import select

    from inbox_app.services.compose import ComposeService
    from inbox_app.store.demo import _pdf, build_demo
    from inbox_app.store.marketplaces import BY_CODE
    from inbox_app.store.migrate import open_store
    from inbox_app.store.schema import Buyer, Order
    from inbox_app.views.compose.pane import ComposePane
    from inbox_app.views.task_runner import TaskRunner

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0] if args else "compose-pane.png").resolve()
    app = QApplication([])
    if "--main-window" in sys.argv:
        return main_window_shot(app, out)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("INBOX_APP_DATA_DIR", tmp)
        store = open_store(f"sqlite:///{Path(tmp) / 'demo.sqlite3'}")
        build_demo(store, 400, seed=3)
        store = open_store(store.url)
        with store.session() as s, s.begin():  # a German buyer who opted out, with an order
            order = s.scalars(
                select(Order)
                .join(Buyer, Buyer.id == Order.buyer_id)
                .where(Order.marketplace_id == BY_CODE["DE"].id, Order.order_type == "standard")
                .order_by(Order.id)
            ).first()
            assert order is not None
            buyer = s.get(Buyer, order.buyer_id)
            assert buyer is not None
            buyer.opted_out = True
            order.delivered_at = order.delivery_end = datetime.now(UTC) - timedelta(days=3)
            order_id, amazon_id, name = order.id, order.amazon_order_id, buyer.display_name
        files = Path(tmp) / "files"
        files.mkdir()
        (files / "Lieferschein.pdf").write_bytes(_pdf(f"Lieferschein {amazon_id}"))
        (files / "Rechnung.pdf").write_bytes(ELF)

        window = QMainWindow()
        window.setWindowTitle("Seller Inbox — compose")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        conversation = QLabel("  (conversation above the compose pane)")
        conversation.setStyleSheet("color: gray; background: #fafafa; padding: 18px;")
        layout.addWidget(conversation)
        pane = ComposePane(ComposeService(store), runner=TaskRunner(parent=window), undo_seconds=10)
        layout.addWidget(pane, 1)
        window.setCentralWidget(central)
        window.resize(960, 760)
        window.show()
        pane.set_order(order_id)
        pane.ui.subject.setText(f"Lieferadresse Ihrer Bestellung {amazon_id}")
        pane.ui.body.setPlainText(BODY.format(name=name, order=amazon_id))
        pane.attachments.add_paths(sorted(files.iterdir()))
        _wait_for_scans(pane)
        pane.run_check()
        pane.ui.body.setFocus()
        app.processEvents()
        window.grab().save(str(out))
        pane.flush()
        window.close()
        store.close()
    print(out)
    return 0


def _wait_for_scans(pane: object) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: None if pane.attachments.model.busy() else loop.quit())  # type: ignore[attr-defined]
    poll.start(20)
    QTimer.singleShot(10_000, loop.quit)
    loop.exec()


def main_window_shot(app: object, out: Path) -> int:
    """The pane under the conversation of the real window, on a reply to an opted-out buyer."""
    from PySide6.QtWidgets import QApplication

    from inbox_app.app import create_window
    from inbox_app.services.compose import ComposeService
    from inbox_app.store.demo import _pdf, build_demo
    from inbox_app.store.migrate import open_store
    from inbox_app.store.schema import Buyer, Thread
    from inbox_app.views.compose.embed import install_compose

    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("INBOX_APP_DATA_DIR", tmp)
        url = f"sqlite:///{Path(tmp) / 'demo.sqlite3'}"
        build_demo(open_store(url), 400, seed=3)
        store = open_store(url)
        from PySide6.QtCore import QSettings

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        window = create_window(url, store=store)  # fresh layout, the user's settings untouched
        window.ui.tabs.setCurrentIndex(0)
        pane = install_compose(window, ComposeService(store))
        window.resize(1500, 950)
        window.show()
        tid = window.current_thread_id()
        assert tid is not None
        with store.session() as s, s.begin():
            thread = s.get(Thread, tid)
            assert thread is not None
            buyer = s.get(Buyer, thread.buyer_id)
            assert buyer is not None
            buyer.opted_out = True
            order_id = thread.amazon_order_id or ""
        window.refresh()
        pane.set_thread(None)
        pane.set_thread(tid)
        files = Path(tmp) / "files"
        files.mkdir()
        (files / "delivery-note.pdf").write_bytes(_pdf(f"Delivery note {order_id}"))
        (files / "invoice.pdf").write_bytes(ELF)
        pane.ui.body.setPlainText(
            "Hello,\n\nthank you for your message. Your parcel left our warehouse today and "
            f"should arrive on Friday; the delivery note for order {order_id} is attached.\n\n"
            "You can find more of our products on www.myshop.com.\n\nKind regards,\nLena"
        )
        pane.attachments.add_paths(sorted(files.iterdir()))
        _wait_for_scans(pane)
        pane.run_check()
        pane.ui.body.setFocus()
        QApplication.processEvents()
        window.grab().save(str(out))
        pane.flush()
        window.close()
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
