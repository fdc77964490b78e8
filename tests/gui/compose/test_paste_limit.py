"""A hostile paste into the compose body of the real window: Qt lays the text out on the
GUI thread (an unbreakable 80,000-character line froze it for a second), so a paste
brings the body to BODY_PASTE_LIMIT characters at most and the pane says what it left
out; the kept part is checked and saved as any text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from inbox_app.models.findings_model import FindingRole
from inbox_app.services.compose import ComposeService
from inbox_app.store.migrate import Store
from inbox_app.views.compose.editors import BODY_PASTE_LIMIT
from inbox_app.views.compose.embed import install_compose


def _pane(main_window: Callable[..., Any], demo_store: Callable[..., Store]) -> tuple[Any, Any]:
    store = demo_store(threads=20)
    window = main_window(store=store)
    pane = install_compose(window, ComposeService(store), writes=window.writes)
    window.reply()
    return pane, store


def test_a_huge_paste_is_cut_and_the_pane_says_so(
    main_window: Callable[..., Any], demo_store: Callable[..., Store], qtbot: Any
) -> None:
    pane, store = _pane(main_window, demo_store)
    body = pane.ui.body
    body.setFocus()
    hostile = "a" * 80_000 + "@a."
    QApplication.clipboard().setText(hostile)
    with qtbot.waitSignal(pane.saver.saved, timeout=10_000):
        body.paste()
    assert body.toPlainText() == "a" * BODY_PASTE_LIMIT
    locale = QLocale()
    status = pane.ui.status.text()
    assert locale.toString(len(hostile)) in status and locale.toString(BODY_PASTE_LIMIT) in status
    stored = ComposeService(store).load_draft(pane.thread_id)
    assert stored is not None and stored.body == "a" * BODY_PASTE_LIMIT


def test_a_paste_fills_only_the_room_left_and_a_fitting_one_is_whole(
    main_window: Callable[..., Any], demo_store: Callable[..., Store], qtbot: Any
) -> None:
    pane, _store = _pane(main_window, demo_store)
    body = pane.ui.body
    body.setFocus()
    start = "Dear buyer, " * 100  # 1,200 characters typed before
    body.setPlainText(start)
    body.moveCursor(body.textCursor().MoveOperation.End)
    QApplication.clipboard().setText("\U0001f600 " * 30_000)
    with qtbot.waitSignal(pane.checked, timeout=10_000):
        body.paste()
    text = body.toPlainText()
    assert len(text) == BODY_PASTE_LIMIT and text.startswith(start)
    model = pane.findings_model
    emoji = [model.index(r) for r in range(model.rowCount())]
    emoji = [i for i in emoji if i.data(FindingRole.RULE) == "emoji"]
    assert emoji and not pane.ui.send.isEnabled()  # the kept emoji are still flagged
    # the findings list quotes the offending text, never ten thousand characters of it
    assert max(len(i.data()) for i in emoji) < 300
    # a paste that fits goes in whole, with nothing said
    body.setPlainText("")
    pane.ui.status.setText("")
    QApplication.clipboard().setText("Your parcel left today.")
    body.paste()
    assert body.toPlainText() == "Your parcel left today."
    assert pane.ui.status.text() == ""


def test_the_paste_note_stays_beside_what_follows_until_the_next_edit(
    main_window: Callable[..., Any],
    demo_store: Callable[..., Store],
    qtbot: Any,
    type_text: Callable[[Any, str], None],
) -> None:
    pane, _store = _pane(main_window, demo_store)
    body, status = pane.ui.body, pane.ui.status
    body.setFocus()
    QApplication.clipboard().setText("\U0001f600 " * 30_000)
    with qtbot.waitSignal(pane.saver.saved, timeout=10_000):
        body.paste()
    qtbot.waitUntil(lambda: not pane.ui.send.isEnabled())  # the kept emoji are checked
    cut = QLocale().toString(60_000)
    assert cut in status.text() and status.isVisible()  # saved and checked: still there
    # Ctrl+Enter on the blocked text says why it was not sent, and the note stays with it
    qtbot.keyClick(body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Not sent" in status.text() and cut in status.text()
    # the seller's next edit is after the note: it goes, the reason not to send stays
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, "!")
    assert cut not in status.text() and "Not sent" in status.text()
