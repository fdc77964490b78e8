"""Assignment in the real window over a team store on a real PostgreSQL server: Shift+A
takes the current thread, A opens the people, the list's context menu does the same, the
header and the row show the assignee, "Mine" counts and lists this seat's threads; on a
single seller's store none of it is there."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from inbox_app.models.roles import Role
from inbox_app.store.migrate import Store
from inbox_app.store.schema import utcnow
from inbox_app.store.team_schema import Seat
from inbox_app.views.shortcut_sheet import shortcut_rows, window_actions

BO = "seat-bo-0000"


def _add_bo(store: Store) -> None:
    with store.session() as s, s.begin():
        s.add(Seat(id=BO, person="Bo", joined_at=utcnow(), last_seen_at=utcnow()))


def _mine_count(window: QWidget) -> object:
    views = window.models.views  # type: ignore[attr-defined]
    row = views.row_of("mine")
    return None if row is None else views.index(row).data(Role.COUNT)


# a popup menu under the offscreen platform: it cannot raise or grab the keyboard
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_take_assign_and_unassign_in_the_window(
    qtbot: QtBot, main_window: Callable[..., QWidget], team_store: Callable[..., Store]
) -> None:
    store = team_store(threads=300, person="Anna")
    _add_bo(store)
    window = main_window(store=store)
    threads = window.threads  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: getattr(window, "assign", None) is not None)
    qtbot.waitUntil(lambda: threads.current_thread() is not None)
    assert window.models.views.keys()[:2] == ["open", "mine"]  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: _mine_count(window) == 0)
    take = window.findChild(QAction, "action_take")
    assert take is not None and take in window.menus["thread"].actions()  # type: ignore[attr-defined]
    sheet = {action: keys for _menu, action, keys in shortcut_rows(window_actions(window))}
    assert sheet["Assign to…"] == "A, Ctrl+Shift+G" and sheet["Take it (assign to me)"] == "Shift+A"
    tid = threads.current_thread_id()
    view = window.ui.threads_view  # type: ignore[attr-defined]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: threads.current_thread().assignee == "Anna")
    label = window.ui.conversation.assignee_label  # type: ignore[attr-defined]
    assert label.isVisible() and label.text() == "Assigned to Anna"
    assert view.currentIndex().data(Role.ASSIGNEE) == "Anna"
    qtbot.waitUntil(lambda: _mine_count(window) == 1)
    # A: the people, Anna ticked; Bo takes it over
    qtbot.keyClick(view, Qt.Key.Key_A)
    controller = window.assign  # type: ignore[attr-defined]
    menu = controller.menu
    assert isinstance(menu, QMenu) and menu.objectName() == "assignMenu"
    qtbot.waitUntil(menu.isVisible)
    ticked = [a.text() for a in menu.actions() if a.isChecked()]
    assert ticked == ["Anna (me)"]
    menu.findChild(QAction, f"assignTo_{BO}").trigger()
    menu.close()
    qtbot.waitUntil(lambda: threads.current_thread().assignee == "Bo")
    assert label.text() == "Assigned to Bo"
    qtbot.waitUntil(lambda: _mine_count(window) == 0)
    # the list's context menu: unassign
    rect = view.visualRect(view.currentIndex())
    view.customContextMenuRequested.emit(rect.center())
    context = controller.menu
    assert context.objectName() == "threadContextMenu"
    qtbot.waitUntil(context.isVisible)
    assert [m.objectName() for m in context.findChildren(QMenu)] == ["assignMenu"]
    unassign = window.findChild(QAction, "action_unassign")
    assert unassign in context.actions() and unassign.isEnabled()
    unassign.trigger()
    context.close()
    qtbot.waitUntil(lambda: threads.current_thread().assignee is None)
    assert not label.isVisible()
    # Mine lists this seat's threads only
    take.trigger()
    qtbot.waitUntil(lambda: threads.current_thread().assignee == "Anna")
    window.show_view("mine")  # type: ignore[attr-defined]
    model = window.models.threads  # type: ignore[attr-defined]
    # (read at once: the thread is listed when its write has landed, if not before)
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.thread_at(0).id == tid


def test_a_single_seller_sees_no_assignment(
    qtbot: QtBot, main_window: Callable[..., QWidget]
) -> None:
    window = main_window(threads=50)
    qtbot.waitUntil(lambda: hasattr(window, "assign"))
    assert window.assign is None  # type: ignore[attr-defined]
    assert window.findChild(QAction, "action_assign") is None
    assert window.models.views.row_of("mine") is None  # type: ignore[attr-defined]
    assert not window.ui.conversation.assignee_label.isVisible()  # type: ignore[attr-defined]
    assert all("Assign" not in a.text() for a in window.menus["thread"].actions())  # type: ignore[attr-defined]
