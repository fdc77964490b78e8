"""Dark-mode screenshots of the real window for a human to look at: the compose pane with
a draft being checked, the dashboard, the orders and every dialog.

    .venv/bin/python tools/screenshot_dark.py --out shots/dark [--theme dark|light]

Builds a deterministic demo store in a temp dir; the theme is applied through
Settings › Appearance, as a seller would.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tools.shot_pump import pump as _pump

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
DRAFT = "Thanks for your order! Visit www.myshop.com for 20% off, call +1 212 555 0100."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="shots/dark")
    parser.add_argument("--theme", default="dark", choices=("dark", "light"))
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QDialog, QLabel

    from inbox_app.app import create_window
    from inbox_app.services.amazon import AmazonService
    from inbox_app.store.demo import build_demo
    from inbox_app.store.migrate import open_store
    from inbox_app.views.desktop_shell import install_desktop

    app = QApplication(sys.argv[:1])  # noqa: F841 (kept alive while the shots are taken)
    tmp = Path(tempfile.mkdtemp(prefix="inbox-dark-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    url = f"sqlite:///{tmp / 'demo.sqlite3'}"
    store = open_store(url)
    build_demo(store, 400, seed=1, now=NOW)
    store.close()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    window = create_window(url, clock=lambda: NOW)
    window.resize(1400, 860)
    window.show()
    install_desktop(window).appearance.set_choice(args.theme)
    _pump(1.0)
    window.move_selection(3)
    _pump(1.5)
    if window.compose is not None:
        window.compose.ui.body.setPlainText(DRAFT)
    _pump(2.0)
    window.grab().save(str(out / "compose.png"))
    tabs = window.ui.tabs
    for i in range(tabs.count()):
        if tabs.widget(i).objectName() == "metricsDashboard" or "Response" in tabs.tabText(i):
            tabs.setCurrentIndex(i)
            _pump(1.5)
            window.grab().save(str(out / "dashboard.png"))
    window.show_orders_tab()
    _pump(1.0)
    window.grab().save(str(out / "orders.png"))
    tabs.setCurrentWidget(window.ui.tabs.widget(0))

    def shoot(name: str, make: Callable[[], QDialog]) -> None:
        dialog = make()
        dialog.show()
        _pump(0.8)
        dialog.grab().save(str(out / f"dialog-{name}.png"))
        dialog.close()
        _pump(0.1)

    from inbox_app.policy.types import Finding
    from inbox_app.services.compose import ComposeService
    from inbox_app.services.mail import MailService
    from inbox_app.views.account_dialog import AccountDialog
    from inbox_app.views.amazon_connect_dialog import AmazonConnectDialog
    from inbox_app.views.compose.attachment_preview import preview_dialog
    from inbox_app.views.compose.dialogs import ConfirmWarningsDialog
    from inbox_app.views.compose.template_editor import TemplateEditor
    from inbox_app.views.order_import import FileResult, ImportSummaryDialog
    from inbox_app.views.preferences.dialog import PreferencesDialog
    from inbox_app.views.shortcut_sheet import ShortcutSheet
    from inbox_app.views.special_products import SpecialProductsDialog
    from inbox_app.views.store_refused import refused_box
    from inbox_app.views.team.connect_dialog import TeamConnectDialog
    from inbox_app.views.team.presence import answered_box

    s = window.service.store
    shoot("preferences", lambda: PreferencesDialog(window.settings, window))
    shoot("shortcuts", lambda: ShortcutSheet(window.actions_.sheet_rows(), window))
    shoot("account", lambda: AccountDialog(MailService(s), runner=window.runner, parent=window))
    shoot(
        "amazon-connect",
        lambda: AmazonConnectDialog(AmazonService(s), runner=window.runner, parent=window),
    )
    shoot(
        "team-connect",
        lambda: TeamConnectDialog(runner=window.runner, parent=window, person="Anna"),
    )
    shoot("saved-replies", lambda: TemplateEditor(ComposeService(s), {}, "en", window))
    shoot("special-products", lambda: SpecialProductsDialog(window.service, window.runner, window))
    finding = Finding("phone-number", "warn", "A phone number: allowed only for warranty "
                      "or carrier contact.", "body", 0, 3)  # fmt: skip
    shoot("send-anyway", lambda: ConfirmWarningsDialog([finding], window))
    bad = FileResult("/reports/notes.csv", None, "This file is not an order report.")
    shoot("import-summary", lambda: ImportSummaryDialog([bad], window))
    shoot("store-refused", lambda: refused_box("This database was made by a newer Seller "
          "Inbox.", tmp / "x.db", tmp / "y.db", window))  # fmt: skip
    shoot("already-answered", lambda: answered_box(window, "Marco"))
    shoot("preview", lambda: preview_dialog(window, "notes.txt", QLabel("Thank you!")))
    window.close()
    print(f"screenshots in {out.resolve()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
