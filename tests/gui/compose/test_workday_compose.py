"""The compose pane over a working day, in the real window (issue 13): room to write at
every window size (the split itself: test_compose_room.py), whole findings, the cursor
at the end of a reopened draft (and in view), status lines that stay on their thread, a blocked Ctrl+Enter that says
why, and a draft reopened after a restart checked again with its files."""

from __future__ import annotations

import os
from typing import Any

import pytest
from PySide6.QtCore import Qt

from inbox_app.services.compose import ComposeService
from inbox_app.services.drafts import DraftAttachment, DraftContent
from inbox_app.store.migrate import Store
from inbox_app.views.compose.fitted_lists import first_rows_height
from tests.helpers.files import ELF
from tests.helpers.window import LINKS, open_window, write_reply

MANY = (
    "Visit www.one-shop.com, www.two-shop.com, www.three-shop.com and www.four-shop.com, "
    "write to a@shop.com or b@shop.com, get 20% off with coupon SAVE20 😀 and follow us "
    "on Instagram. <b>Unsubscribe</b> here."
)


def _rows_height(view: Any) -> list[int]:
    """Each row's height as the view lays it out (wrapped at the viewport's width)."""
    model = view.model()
    return [view.visualRect(model.index(r, 0)).height() for r in range(model.rowCount())]


def _drawn_whole(view: Any) -> bool:
    """Every row the viewport shows, it shows whole (none cut at the bottom edge)."""
    port = view.viewport().rect()
    model = view.model()
    rects = [view.visualRect(model.index(r, 0)) for r in range(model.rowCount())]
    return all(port.contains(r) for r in rects if r.intersects(port))


@pytest.mark.parametrize("size", [(1024, 700), (1920, 1080), (2560, 1440)])
def test_room_to_write_and_every_finding_in_full(main_window, qtbot, size):
    w = open_window(main_window, qtbot, size)
    pane = write_reply(w, qtbot, LINKS)
    lines = pane.ui.body.fontMetrics().lineSpacing()
    view = pane.ui.findings
    assert view.model().rowCount() >= 2
    if size[1] >= 1000:
        # all of them, none cut: the list is as tall as all of its rows, as laid out
        qtbot.waitUntil(lambda: view.viewport().height() >= sum(_rows_height(view)))
        assert not view.verticalScrollBar().isVisible()
    else:
        # a narrow pane wraps each finding on two lines: at least two whole, then it scrolls
        qtbot.waitUntil(lambda: view.viewport().height() >= sum(_rows_height(view)[:2]))
    qtbot.waitUntil(lambda: _drawn_whole(view))
    wanted = 6 if size[1] < 800 else 12  # lines of text the body shows
    qtbot.waitUntil(lambda: pane.ui.body.viewport().height() >= lines * wanted)
    # the empty attachment list takes no room
    assert not pane.ui.attachments.isVisible()


def test_many_findings_scroll_by_whole_findings(main_window, qtbot):
    w = open_window(main_window, qtbot, (1024, 700))
    pane = write_reply(w, qtbot, MANY, rule="email-address")
    view = pane.ui.findings
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    qtbot.waitUntil(lambda: _drawn_whole(view))  # as drawn, with the scroll bar's narrower rows
    # the reply makes room for them (compose/room.py): once it has, the list stops at its
    # limit, a third of the pane or two whole findings
    limit = lambda: max(pane.height() // 3, first_rows_height(view, 2))  # noqa: E731
    qtbot.waitUntil(lambda: view.height() <= limit())
    heights = _rows_height(view)
    inner = view.viewport().height()
    assert inner < sum(heights)  # it stopped growing at its limit
    shown = [sum(heights[:k]) for k in range(1, len(heights) + 1)]
    assert any(inner - 2 <= s <= inner for s in shown)  # no room left for a cut finding
    blocked = pane.ui.status
    pane.send()
    assert blocked.isVisible() and blocked.text().startswith("Not sent")
    assert blocked.width() > pane.width() * 0.8  # a line of its own, not a column
    body = pane.ui.body
    qtbot.waitUntil(lambda: body.viewport().height() >= 3 * body.fontMetrics().lineSpacing())


def test_reply_into_an_existing_draft_puts_the_cursor_at_its_end(
    main_window, demo_store, qtbot, type_text
):
    store = demo_store()
    first = main_window(store=store)
    qtbot.waitUntil(lambda: first.compose is not None and first.current_thread_id() is not None)
    tid = first.current_thread_id()
    ComposeService(store).save_draft(tid, DraftContent("Re: your order", "Hello, I checked it"))
    first.close()
    w = main_window(store=store)
    qtbot.waitUntil(lambda: w.compose is not None and w.current_thread_id() == tid)
    body = w.compose.ui.body
    assert body.toPlainText() == "Hello, I checked it"
    w.ui.threads_view.setFocus()
    qtbot.keyClick(w.ui.threads_view, Qt.Key.Key_R)
    qtbot.waitUntil(body.hasFocus)
    assert body.textCursor().position() == len("Hello, I checked it")
    type_text(body, " and it ships today.")
    assert body.toPlainText() == "Hello, I checked it and it ships today."


def test_a_status_line_stays_on_its_thread(main_window, qtbot):
    w = open_window(main_window, qtbot, (1280, 800))
    pane = w.compose
    first = w.current_thread_id()
    pane.ui.body.setPlainText("Hello, your parcel left today and arrives on Friday.")
    qtbot.waitUntil(pane.ui.send.isEnabled)
    assert pane.send()
    assert pane.ui.body.isReadOnly()  # on its way to the outbox: held as it is
    qtbot.waitUntil(lambda: "Ctrl+Z" in pane.ui.status.text())
    assert not pane.ui.body.isReadOnly()
    w.move_selection(1)
    qtbot.waitUntil(lambda: w.current_thread_id() != first)
    assert pane.thread_id != first
    assert "Ctrl+Z" not in pane.ui.status.text()
    w.move_selection(-1)
    qtbot.waitUntil(lambda: pane.thread_id == first)
    assert "Ctrl+Z" in pane.ui.status.text()  # its countdown still runs
    assert pane.undo_send()
    qtbot.waitUntil(lambda: "Ctrl+Z" not in pane.ui.status.text())


def test_ctrl_enter_on_a_blocked_draft_says_why(main_window, demo_store, qtbot):
    store = demo_store()
    w = open_window(main_window, qtbot, (1024, 700), store=store)
    pane = write_reply(w, qtbot, "Hello, see www.myshop.com for the manual.")
    pane.ui.body.setFocus()
    qtbot.keyClick(pane.ui.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    status = pane.ui.status.text()
    assert status.startswith("Not sent: ")
    assert "www.myshop.com" in status  # names the blocking finding
    assert pane.info is not None and pane.thread_id is not None
    assert "www.myshop.com" in pane.ui.body.toPlainText()  # still the draft, nothing queued
    assert not pane.ui.outbox.isVisible()
    pane.ui.body.setPlainText("Hello, the manual is in the box.")
    qtbot.waitUntil(pane.ui.send.isEnabled)
    assert "Not sent" not in pane.ui.status.text()  # the reason is gone, and so is the line


def test_a_draft_reopened_after_a_restart_is_checked_again_with_its_files(
    main_window, demo_store, qtbot
):
    store: Store = demo_store()
    first = main_window(store=store)
    qtbot.waitUntil(lambda: first.compose is not None and first.current_thread_id() is not None)
    tid = first.current_thread_id()
    first.close()
    data = ELF + os.urandom(32)  # bytes no scan in this process has seen
    sha = store.blobs.put(data)
    body = "Hello, the manual is on www.myshop.com and attached."
    files = (DraftAttachment("manual.pdf", sha, len(data), "application/pdf"),)
    ComposeService(store).save_draft(tid, DraftContent("Re: manual", body, attachments=files))
    w = main_window(store=store)
    qtbot.waitUntil(lambda: w.compose is not None and w.compose.thread_id == tid)
    pane = w.compose
    rules = lambda: {f.rule for f in pane.findings_model.blocking()}  # noqa: E731
    qtbot.waitUntil(lambda: {"external-link", "attachment-type"} <= rules(), timeout=5000)
    assert not pane.ui.send.isEnabled()
    start = body.index("www.myshop.com")
    marks = pane.ui.body.extraSelections()
    spans = {(m.cursor.selectionStart(), m.cursor.selectionEnd()) for m in marks}
    assert any(a <= start < b for a, b in spans)  # underlined in the editor
    assert pane.ui.findings.isVisible()


def test_reply_into_a_long_draft_shows_the_cursor_at_its_end(main_window, demo_store, qtbot):
    store = demo_store()
    first = main_window(store=store)
    qtbot.waitUntil(lambda: first.compose is not None and first.current_thread_id() is not None)
    tid = first.current_thread_id()
    text = "\n".join(f"Line {n} of what I wrote yesterday." for n in range(25))
    ComposeService(store).save_draft(tid, DraftContent("Re: your order", text))
    first.close()
    w = main_window(store=store)
    w.resize(1024, 700)
    qtbot.waitUntil(lambda: w.compose is not None and w.compose.thread_id == tid)
    body = w.compose.ui.body
    w.ui.threads_view.setFocus()
    qtbot.keyClick(w.ui.threads_view, Qt.Key.Key_R)
    qtbot.waitUntil(body.hasFocus)
    assert body.textCursor().position() == len(text)
    # where the seller types next is in view, not 20 lines below the box's edge
    qtbot.waitUntil(lambda: body.viewport().rect().contains(body.cursorRect()))
