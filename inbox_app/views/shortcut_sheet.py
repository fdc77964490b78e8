"""The shortcut sheet (? and F1): every QAction of the window that has keys, read from the
window itself (its menus in menu-bar order, then the panes' own actions), so a shortcut
added anywhere is listed without a second table to keep in step."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inbox_app.views.actions import plain

GROUP = "sheetGroup"  # the property naming the group of an action that is in no menu


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutSheet", text)


def _keys(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())


def _owner(action: QAction) -> QWidget | None:
    """The window the action works in (a menu is a window of its own: look past it)."""
    parent = action.parent()
    while isinstance(parent, QMenu) and parent.parentWidget() is not None:
        parent = parent.parentWidget()
    return parent.window() if isinstance(parent, QWidget) else None


def window_actions(window: QWidget) -> list[tuple[str, QAction]]:
    """(group, action) for every action of `window` with a shortcut: the menu bar's menus
    first, in their order, then the actions of the panes (compose...) under their group."""
    found: list[tuple[str, QAction]] = []

    def add(group: str, action: QAction) -> None:
        if action.shortcuts() and not any(action is a for _g, a in found):
            found.append((group, action))

    def walk(menu: QMenu, group: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, group)
            else:
                add(group, action)

    if isinstance(window, QMainWindow):
        for top in window.menuBar().actions():
            menu = top.menu()
            if isinstance(menu, QMenu):
                walk(menu, plain(menu.title()))
    for action in window.findChildren(QAction):
        if _owner(action) is window:  # not a separate compose window's own keys
            group = action.property(GROUP)
            add(str(group) if group else _tr("Window"), action)
    return found


def shortcut_rows(actions: Sequence[tuple[str, QAction]]) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action that has a shortcut."""
    rows = []
    for menu, action in actions:
        keys = _keys(action)
        if keys:
            rows.append((menu, plain(action.text()), keys))
    return rows


class ShortcutSheet(QDialog):
    def __init__(self, actions: Sequence[tuple[str, QAction]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(_tr("Keyboard shortcuts"))
        self.resize(560, 620)
        lay = QVBoxLayout(self)
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcutTable")
        self.table.setHorizontalHeaderLabels([_tr("Menu"), _tr("Action"), _tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for n, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(n, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        lay.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget, actions: Sequence[tuple[str, QAction]]) -> None:
        cls(actions, parent).exec()
