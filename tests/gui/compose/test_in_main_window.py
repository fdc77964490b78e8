"""The pane inside the real main window (install_compose): select, type, queue, undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from inbox_app.services.compose import ComposeService
from inbox_app.store.migrate import Store
from inbox_app.views.compose.dialogs import ConfirmWarningsDialog
from inbox_app.views.compose.embed import install_compose, open_contact_buyer
from inbox_app.views.compose.pane import ComposePane

TypeText = Callable[[QWidget, str], None]
GOOD = "Hello, your parcel left our warehouse today and arrives on Friday."


def test_pane_in_the_main_window(
    main_window: Callable[..., Any],
    demo_store: Callable[..., Store],
    qtbot: Any,
    type_text: TypeText,
    monkeypatch: Any,
) -> None:
    store = demo_store(threads=60)
    window = main_window(store=store)
    pane = install_compose(window, ComposeService(store))
    assert isinstance(pane, ComposePane)
    assert window.compose_slot.findChild(ComposePane, "composePane") is pane
    tid = window.current_thread_id()
    assert tid is not None and pane.thread_id == tid
    window.reply()
    pane.ui.body.setFocus()
    with qtbot.waitSignal(pane.draft_saved, timeout=3000):
        type_text(pane.ui.body, GOOD)
    row = window.models.threads.thread_at(window.models.threads.row_of(tid))
    assert row.has_draft
    pane.run_check()
    assert not pane.findings_model.blocking(), pane.findings_model.findings()
    monkeypatch.setattr(ConfirmWarningsDialog, "ask", classmethod(lambda cls, p, f: True))
    with qtbot.waitSignal(pane.queued, timeout=3000):
        pane.send()
    row = window.models.threads.thread_at(window.models.threads.row_of(tid))
    assert row.outbox_state == "queued" and not row.has_draft
    with qtbot.waitSignal(pane.outbox_changed, timeout=5000):
        assert pane.undo_send()  # on its way, behind the draft's save
    row = window.models.threads.thread_at(window.models.threads.row_of(tid))
    assert row.outbox_state is None and row.has_draft
    assert ComposeService(store).load_draft(tid) is not None


def test_contact_buyer_window_from_the_main_window(
    main_window: Callable[..., Any], demo_store: Callable[..., Store], qtbot: Any
) -> None:
    store = demo_store(threads=60)
    window = main_window(store=store)
    with store.session() as s:
        from sqlalchemy import select

        from inbox_app.store.schema import Order

        order_id = s.scalar(select(Order.id).where(Order.buyer_id.is_not(None)).limit(1))
    assert order_id is not None
    win = open_contact_buyer(window, ComposeService(store), order_id, runner=window.runner)
    assert win.isVisible() and win.pane.thread_id is None
    win.close()


def test_ctrl_i_in_the_pane_toggles_the_tag_not_the_window_import(
    main_window: Callable[..., Any], demo_store: Callable[..., Store], qtbot: Any, monkeypatch: Any
) -> None:
    from PySide6.QtCore import Qt

    store = demo_store(threads=60)
    window = main_window(store=store)
    from PySide6.QtWidgets import QFileDialog

    imports: list[bool] = []
    # if the window's import fired, its file dialog must not block the test
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    action = window.actions_["import_orders"]
    action.triggered.connect(lambda *_: imports.append(True))
    pane = install_compose(window, ComposeService(store))
    pane.ui.body.setFocus()
    qtbot.keyClick(pane.ui.body, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert pane.ui.important.isChecked()
    assert pane.ui.subject.text().lower().startswith(("[important]", "[wichtig]"))
    assert imports == []
