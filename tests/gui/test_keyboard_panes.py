"""Keyboard (issue 13, item 8): Tab moves between the panes (list, conversation, compose,
findings) instead of walking the list's cells, and the F1 sheet lists every action of the
window that has keys: the menus, the Mail menu and the compose pane's own keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from inbox_app.views import shortcut_sheet
from inbox_app.views.actions import plain
from tests.helpers.window import LINKS, open_window, write_reply


def _keys(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())


def test_the_sheet_lists_every_action_of_the_window_with_a_shortcut(
    main_window, qtbot, monkeypatch
):
    w = main_window()
    qtbot.waitUntil(lambda: w.compose is not None)
    rows = shortcut_sheet.shortcut_rows(shortcut_sheet.window_actions(w))
    listed = {(text, keys) for _menu, text, keys in rows}
    with_keys = [a for a in w.findChildren(QAction) if a.shortcuts()]
    assert len(with_keys) > len(w.actions_.ordered)  # Mail, compose... beyond the table
    for action in with_keys:
        assert (plain(action.text()), _keys(action)) in listed, action.text()
    assert len(rows) == len(listed) == len(with_keys)  # each once
    groups = {menu for menu, _t, _k in rows}
    assert {"Mail", "Compose", "File", "Help"} <= groups
    send = [r for r in rows if r[0] == "Compose" and r[1] == "Send"]
    assert send and "Ctrl+Return" in send[0][2]
    assert ("Mail", "Send and receive", "F9") in rows
    sheet = shortcut_sheet.ShortcutSheet(shortcut_sheet.window_actions(w), w)
    assert sheet.table.rowCount() == len(rows)
    # F1 opens the sheet with those rows
    shown: list[list[tuple[str, QAction]]] = []
    monkeypatch.setattr(
        shortcut_sheet.ShortcutSheet, "ask", classmethod(lambda cls, p, a: shown.append(a))
    )
    w.ui.threads_view.setFocus()
    qtbot.keyClick(w.ui.threads_view, Qt.Key.Key_F1)
    assert shown and len(shortcut_sheet.shortcut_rows(shown[-1])) == len(rows)


def test_tab_moves_between_the_panes_not_across_the_list(main_window, qtbot):
    w = open_window(main_window, qtbot, (1280, 800))
    pane = write_reply(w, qtbot, LINKS)
    w.activateWindow()
    view = w.ui.threads_view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    row, column = view.currentIndex().row(), view.currentIndex().column()

    def tab(back: bool = False) -> object:
        widget = QApplication.focusWidget()
        assert widget is not None
        if back:
            qtbot.keyClick(widget, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
        return QApplication.focusWidget()

    assert tab() is w.ui.conversation.scroll_area  # the conversation, not the next cell
    assert (view.currentIndex().row(), view.currentIndex().column()) == (row, column)
    assert tab() is pane.ui.body  # then the reply
    assert tab() is pane.ui.findings  # then what is wrong with it
    assert tab(back=True) is pane.ui.body
    assert tab(back=True) is w.ui.conversation.scroll_area
    assert tab(back=True) is view
    assert pane.ui.body.toPlainText() == LINKS  # no tab typed into the reply
