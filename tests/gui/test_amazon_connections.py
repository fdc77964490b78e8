"""The Amazon dialog's saved connections (list, test, remove: keyboard too) and the
first-run guide's "Connect Selling Partner API…" opening it, in the real window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from inbox_app.services.amazon import AmazonService
from inbox_app.store.migrate import Store, open_store
from inbox_app.views.amazon_connect_dialog import AmazonConnectDialog
from inbox_app.views.amazon_window import AmazonInWindow
from inbox_app.views.desktop_shell import install_desktop
from tests.helpers.memkeyring import MemoryKeyring
from tests.helpers.runner import with_own_runner
from tests.helpers.spapi_server import CLIENT_SECRET, REFRESH_TOKEN, LocalSpApi


def test_saved_connections_are_listed_tested_and_removed_from_the_keyboard(
    qtbot: QtBot,
    amazon: AmazonService,
    spapi: LocalSpApi,
    amazon_connection: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = with_own_runner(lambda runner: AmazonConnectDialog(amazon, runner=runner))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    box = dialog.connections
    qtbot.waitUntil(lambda: box.loaded, timeout=10000)
    assert box.isVisibleTo(dialog)
    assert box.list.count() == 1
    assert box.list.item(0).text() == "shop (NA: US, CA) · not synced yet"
    assert box.list.accessibleName() and box.test_button.accessibleDescription()

    with qtbot.waitSignal(box.test_button.clicked):
        qtbot.keyClick(box.test_button, Qt.Key.Key_Space)  # a button works from the keyboard
    qtbot.waitUntil(lambda: box.last_result is not None, timeout=15000)
    assert box.last_result == (
        True,
        "shop: Login with Amazon accepted the credentials. Region na, marketplaces US, CA.",
    )

    spapi.revoke()
    box.last_result = None
    box.test_selected()
    qtbot.waitUntil(lambda: box.last_result is not None, timeout=15000)
    assert box.last_result is not None and not box.last_result[0]
    assert "revoked" in box.last_result[1] and "Traceback" not in box.last_result[1]

    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    box.list.setFocus()
    qtbot.waitUntil(box.list.hasFocus)
    with qtbot.waitSignal(box.changed, timeout=10000):
        qtbot.keyClick(box.list, Qt.Key.Key_Delete)
    assert "'shop'" in asked[0]
    qtbot.waitUntil(lambda: box.loaded and box.list.count() == 0, timeout=10000)
    assert amazon.connections() == []
    assert not {CLIENT_SECRET, REFRESH_TOKEN} & set(MemoryKeyring.store.values())
    assert not box.isVisibleTo(dialog)  # nothing saved: only the new-connection form


def test_the_guide_connects_the_selling_partner_api(
    main_window: Callable[..., QWidget], db_path: Path, qtbot: QtBot
) -> None:
    window = main_window(store=open_store(f"sqlite:///{db_path}"))
    shell = install_desktop(window)
    qtbot.waitUntil(lambda: window.findChild(AmazonInWindow) is not None)
    qtbot.waitUntil(lambda: window.ui.tabs.currentWidget() is shell.guide)  # type: ignore[attr-defined]
    button = shell.guide.findChild(QPushButton, "firstRunConnectApi")
    assert button is not None and button.isVisibleTo(shell.guide)
    button.click()
    amazon = window.findChild(AmazonInWindow)
    assert isinstance(amazon, AmazonInWindow)
    dialog = amazon.dialog
    assert isinstance(dialog, AmazonConnectDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.parent() is window and dialog.name_edit.isEnabled()
    dialog.reject()


def test_contact_buyer_to_an_opted_out_buyer_points_to_the_amazon_action(
    qtbot: QtBot,
    main_window: Callable[..., QWidget],
    store: Store,
    amazon: AmazonService,
    spapi: LocalSpApi,
    amazon_connection: str,
    tmp_path: Path,
) -> None:
    from datetime import UTC, datetime, timedelta

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import update

    from inbox_app.services.inbox import InboxService
    from inbox_app.store.schema import Buyer
    from inbox_app.views.compose.window import ComposeWindow

    now = datetime.now(UTC).replace(microsecond=0)
    oid, alias = "111-4200001-4200001", "q8x9q2lmn0zz@marketplace.amazon.com"
    spapi.add_order(oid, created=now - timedelta(days=3), actions=("warranty", "unexpectedProblem"))
    assert amazon.sync_connection(amazon_connection).complete
    report = tmp_path / "orders.txt"
    report.write_text(
        "order-id\torder-item-id\tpurchase-date\tsku\tquantity-purchased\tbuyer-email\n"
        f"{oid}\t1\t{(now - timedelta(days=3)).isoformat()}\tSKU-1\t1\t{alias}\n",
        encoding="utf-8",
    )
    InboxService(store).import_orders(report)
    with store.session() as s, s.begin():
        s.execute(update(Buyer).values(opted_out=True))
    window = main_window(store=store)
    qtbot.waitUntil(lambda: window.findChild(AmazonInWindow) is not None)
    window.show_orders_tab()  # type: ignore[attr-defined]
    window.ui.orders_view.selectRow(0)  # type: ignore[attr-defined]
    window.findChild(QAction, "contactBuyerAction").trigger()
    [win] = [t for t in QApplication.topLevelWidgets()
             if isinstance(t, ComposeWindow) and t.isVisible()]  # fmt: skip
    pane = win.pane
    pane.ui.body.setPlainText("Your parcel was damaged in transit; a replacement leaves today.")
    model = pane.findings_model

    def notes() -> list[str]:
        return [f.message for f in model.findings() if f.rule == "use-amazon-action"]

    qtbot.waitUntil(lambda: bool(notes()), timeout=15000)
    [note] = notes()
    assert "'Unexpected problem'" in note and "[Important]" in note
    assert not pane.ui.send.isEnabled()  # relay mail to an opted-out buyer stays blocked
    assert spapi.counts["getMessagingActionsForOrder"] == 1  # asked once for the order
    win.close()


def test_a_long_connection_line_wraps_instead_of_being_cut(
    qtbot: QtBot, amazon: AmazonService, spapi: LocalSpApi, amazon_connection: str
) -> None:
    """The line of a connection with many marketplaces and its last error is shown whole
    in a narrow dialog: wrapped onto more lines, no "…", no sideways scrolling."""
    from PySide6.QtGui import QFontMetrics

    dialog = with_own_runner(lambda runner: AmazonConnectDialog(amazon, runner=runner))
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.connections
    qtbot.waitUntil(lambda: box.loaded, timeout=10000)
    info = amazon.connections()[0]
    long_error = (
        "Amazon refused the refresh token (it was revoked or has expired): authorize the app "
        "again in Seller Central and paste the new token."
    )
    box._loaded([replace(info, marketplaces=("US", "CA", "MX", "BR"), last_error=long_error)])
    dialog.resize(520, dialog.height())
    qtbot.waitUntil(lambda: box.list.viewport().width() < 520)
    item = box.list.item(0)
    text = item.text()
    view = box.list
    rect = view.visualItemRect(item)
    metrics = QFontMetrics(view.font())
    assert metrics.horizontalAdvance(text) > view.viewport().width()  # too long for one line
    needed = metrics.boundingRect(
        0, 0, view.viewport().width() - 8, 10_000, Qt.TextFlag.TextWordWrap, text
    ).height()
    assert rect.height() >= needed > metrics.height()  # every wrapped line has its room
    assert rect.right() <= view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0
    assert view.textElideMode() == Qt.TextElideMode.ElideNone
