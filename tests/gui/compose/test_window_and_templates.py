"""The "Contact buyer" window and the saved-reply picker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from inbox_app.services.compose import ComposeService
from inbox_app.store.migrate import Store
from inbox_app.views.compose.dialogs import TemplatePicker
from inbox_app.views.compose.pane import ComposePane
from inbox_app.views.compose.window import ComposeWindow
from tests.helpers.factories import make_order, make_thread
from tests.helpers.runner import with_own_runner

TypeText = Callable[[QWidget, str], None]


def test_contact_buyer_window_creates_its_thread_on_first_save(
    store: Store, qtbot: Any, type_text: TypeText
) -> None:
    oid = make_order(store, opted_out=True, marketplace="DE")
    win = with_own_runner(
        lambda runner: ComposeWindow(ComposeService(store), oid, runner=runner, undo_seconds=30)
    )
    qtbot.addWidget(win)
    win.show()
    pane = win.pane
    assert pane.thread_id is None
    assert win.objectName() == "composeWindow" and pane.objectName() == "composePane"
    assert pane.ui.important.property("prominent") is True  # opted out, seller-initiated
    pane.ui.body.setFocus()
    with qtbot.waitSignal(pane.thread_created, timeout=3000) as created:
        type_text(pane.ui.body, "Die Lieferadresse ist unvollständig.")
    tid = created.args[0]
    assert ComposeService(store).thread_for_order_draft(oid) == tid
    win.close()
    # "Contact buyer" again: the same draft comes back
    again = with_own_runner(lambda runner: ComposeWindow(ComposeService(store), oid, runner=runner))
    qtbot.addWidget(again)
    assert again.pane.thread_id == tid
    assert again.pane.ui.body.toPlainText() == "Die Lieferadresse ist unvollständig."


def test_template_picker_filters_and_inserts(
    store: Store, make_pane: Callable[..., ComposePane], qtbot: Any, type_text: TypeText
) -> None:
    ComposeService(store).templates(None)  # the starter set
    pane = make_pane(make_thread(store, buyer_name="Jana", product="Teapot"))
    seen: list[TemplatePicker] = []

    def drive() -> None:
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, TemplatePicker)
        seen.append(dlg)
        type_text(dlg.filter, "shipping delay")
        assert dlg.proxy.rowCount() == 1
        assert "Hello Jana," in dlg.text.toPlainText()
        qtbot.keyClick(dlg.filter, Qt.Key.Key_Return)

    QTimer.singleShot(0, drive)
    pane.ui.body.setFocus()
    qtbot.keyClick(
        pane.ui.body,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert seen
    body = pane.ui.body.toPlainText()
    assert body.startswith("Hello Jana,") and "(Teapot)" in body
    assert pane.ui.subject.text().startswith("Re: ")  # a reply keeps the buyer's subject


def test_save_this_message_as_a_saved_reply(
    store: Store, make_pane: Callable[..., ComposePane], monkeypatch: Any
) -> None:
    from inbox_app.views.compose import dialogs

    pane = make_pane(make_thread(store, buyer_name="Jana", product="Teapot"))
    assert pane.info is not None
    oid = pane.info.context.order_id
    monkeypatch.setattr(dialogs, "ask_template_name", lambda parent, suggestion: "Teapot ships")
    pane.ui.body.setPlainText(f"Hello Jana, your Teapot (order {oid}) ships today.")
    assert pane.save_as_template()
    saved = ComposeService(store).templates(None, query="Teapot ships")
    assert [t.body for t in saved] == [
        "Hello {buyer_name}, your {product} (order {order_id}) ships today."
    ]
    pane.ui.body.setPlainText("Get 10% off with coupon SAVE10 at www.myshop.com")
    monkeypatch.setattr(dialogs, "ask_template_name", lambda parent, suggestion: "Promo")
    assert not pane.save_as_template()
    assert "Not saved" in pane.ui.status.text()
    assert ComposeService(store).templates(None, query="Promo") == []


def test_contact_buyer_on_an_order_without_buyer_says_so(store: Store, qtbot: Any) -> None:
    oid = make_order(store, with_buyer=False)
    win = with_own_runner(lambda runner: ComposeWindow(ComposeService(store), oid, runner=runner))
    qtbot.addWidget(win)
    assert win.pane.info is None
    assert not win.pane.ui.body.isEnabled()
    assert "no buyer address" in win.pane.ui.status.text()
