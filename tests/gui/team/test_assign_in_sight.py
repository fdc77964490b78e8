"""'Assign to…' in the real window of a team seat at 1024x700, in English, Italian and
Korean (issue 16): Ctrl+Shift+G from the reply (A from the list) opens the people whole
and in sight, the keyboard alone picks one, the header then says who has the thread
without clipping it or the subject (a wrapped "Marco is replying" line under it), the
Thread menu holds the assignment actions in sight, and the conversation says which seat
wrote a reply. Over the real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from inbox_app.services.compose import ComposeService
from inbox_app.services.drafts import DraftContent
from inbox_app.services.presence import REPLYING, VIEWING
from inbox_app.store.migrate import Store
from inbox_app.store.schema import utcnow
from inbox_app.store.team_schema import Presence
from inbox_app.views.mnemonics import strip_mnemonic
from tests.helpers.factories import add_seats
from tests.helpers.window import open_window


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _on_screen(window: QWidget) -> QRect:
    """The part of the window a 1024x700 screen shows (the test screen may be smaller)."""
    frame = QRect(window.mapToGlobal(QPoint(0, 0)), window.size())
    return frame.intersected(window.screen().availableGeometry())


def _whole(menu: QMenu, window: QWidget, actions: list[QAction]) -> list[str]:
    """What of `actions` a seller cannot read whole in `menu` (empty: all of it)."""
    problems = []
    if not _on_screen(window).contains(menu.geometry()):
        problems.append(f"menu {menu.geometry()} outside {_on_screen(window)}")
    if menu.width() < menu.sizeHint().width():
        problems.append(f"menu {menu.width()} narrower than {menu.sizeHint().width()}")
    metrics = menu.fontMetrics()
    for action in actions:
        rect = menu.actionGeometry(action)
        text = strip_mnemonic(action.text())
        if not action.isVisible() or not menu.rect().contains(rect):
            problems.append(f"{text!r} not in the menu")
        elif metrics.horizontalAdvance(text) >= rect.width():
            problems.append(f"{text!r} wider than its row")
    return problems


def _label_whole(label: QLabel, header: QWidget) -> bool:
    inside = QRect(label.mapTo(header, QPoint(0, 0)), label.size())
    wide = label.wordWrap() or label.width() >= label.sizeHint().width()
    tall = label.height() >= label.heightForWidth(label.width()) if label.wordWrap() else True
    return label.isVisible() and wide and tall and header.rect().contains(inside)


# a popup menu under the offscreen platform: it cannot raise or grab the keyboard
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
@pytest.mark.parametrize("lang", ["en", "it", "ko"])
def test_assign_to_is_whole_and_keyboard_driven_at_1024x700(
    main_window: Callable[..., Any],
    team_store: Callable[..., Store],
    install: Callable[[str], Any],
    qtbot: Any,
    lang: str,
) -> None:
    if lang != "en":
        install(lang)
    store = team_store(threads=60, person="Anna")
    seats = add_seats(store, "Bo", "Chiara Esposito", "Marco")
    w = open_window(main_window, qtbot, (1024, 700), store=store)
    assert w.height() == 700
    qtbot.waitUntil(lambda: getattr(w, "assign", None) is not None)
    tid = w.current_thread_id()
    # Marco replies to the shown thread, Bo looks at it: the header's presence line wraps
    later = utcnow() + timedelta(hours=1)
    with store.session() as s, s.begin():
        for person, activity in (("Marco", REPLYING), ("Bo", VIEWING)):
            s.add(Presence(seat_id=seats[person], thread_id=tid, activity=activity,
                           since=utcnow(), expires_at=later))  # fmt: skip
    presence = w.findChild(QLabel, "teamPresenceLabel")
    qtbot.waitUntil(lambda: presence.text() != "", timeout=10_000)
    # Bo's reply on it: the conversation says who wrote it
    compose = ComposeService(store, seat_id=seats["Bo"])
    compose.save_draft(tid, DraftContent("Re: your order", "Hello, it left today."))
    mid = compose.queue_draft(tid, 0, {})
    w.threads_changed([tid])
    conversation = w.ui.conversation
    qtbot.waitUntil(lambda: any(c.message.id == mid for c in conversation.cards()))
    card = next(c for c in conversation.cards() if c.message.id == mid)
    assert card.message.author == "Bo"
    assert card.accessibleName().startswith(
        _tr("Conversation", "Written by %1").replace("%1", "Bo")
    )

    # from the reply being written: Ctrl+Shift+G (A would type an "a")
    body = w.compose.ui.body
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    qtbot.keyClick(
        body, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    controller = w.assign
    qtbot.waitUntil(lambda: controller.menu is not None and controller.menu.isVisible())
    menu = controller.menu
    assert menu.objectName() == "assignMenu" and body.toPlainText() == ""
    people = [a for a in menu.actions() if not a.isSeparator()]
    assert len(people) == 5  # four people and nobody
    assert _whole(menu, w, people) == []
    # the keyboard alone: down to Chiara, Enter
    chiara = menu.findChild(QAction, f"assignTo_{seats['Chiara Esposito']}")
    for _ in range(len(people)):
        if menu.activeAction() is chiara:
            break
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction() is chiara
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.current_thread().assignee == "Chiara Esposito")

    header = w.findChild(QWidget, "conversationHeader")
    label = conversation.assignee_label
    assert label.text() == _tr("Conversation", "Assigned to %1").replace("%1", "Chiara Esposito")
    for shown in (label, conversation.subject_label, conversation.due_label, presence):
        qtbot.waitUntil(lambda s=shown: _label_whole(s, header), timeout=3000)
    assert w.rect().contains(QRect(header.mapTo(w, QPoint(0, 0)), header.size()))

    # the Thread menu: the assignment actions in sight, a group of their own
    thread_menu = w.menus["thread"]
    ours = [w.findChild(QAction, f"action_{n}") for n in ("assign", "take", "unassign")]
    assert all(a is not None and a.isEnabled() for a in ours)
    listed = thread_menu.actions()
    first = listed.index(ours[0])
    assert listed[first - 1].isSeparator() and listed[first : first + 3] == ours
    thread_menu.popup(w.menuBar().mapToGlobal(QPoint(0, w.menuBar().height())))
    qtbot.waitUntil(thread_menu.isVisible)
    try:
        assert _whole(thread_menu, w, ours) == []
    finally:
        thread_menu.close()
