"""Every action of the main window, with its menu, text and shortcuts (one table)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

MENUS = ("file", "edit", "view", "thread", "settings", "help")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def menu_title(key: str) -> str:
    return {
        "file": _tr("&File"),
        "edit": _tr("&Edit"),
        "view": _tr("&View"),
        "thread": _tr("&Thread"),
        "settings": _tr("&Settings"),
        "help": _tr("&Help"),
    }[key]


def _specs() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(menu, name, text, shortcuts); the first shortcut is the one menus show."""
    specs = [
        ("file", "import_orders", _tr("&Import orders…"), ("Ctrl+I",)),
        ("file", "quit", _tr("&Quit"), ("Ctrl+Q",)),
        ("edit", "find", _tr("&Find threads"), ("Ctrl+F", "/")),
        ("edit", "filter_orders", _tr("Find &orders"), ("Ctrl+Shift+F",)),
        ("view", "show_inbox", _tr("&Inbox"), ("Ctrl+Shift+I",)),
        ("view", "show_orders", _tr("&Orders"), ("Ctrl+Shift+O",)),
        ("view", "focus_list", _tr("Go to thread &list"), ("Ctrl+L",)),
        ("view", "focus_sidebar", _tr("Go to &saved views"), ("Ctrl+B",)),
        ("view", "sort_due", _tr("Sort by &urgency"), ("Alt+U",)),
        ("view", "sort_activity", _tr("Sort by last &activity"), ("Alt+A",)),
        ("view", "refresh", _tr("&Refresh"), ("F5",)),
    ]
    specs += [
        ("view", f"view_{n}", _tr("View %1").replace("%1", str(n)), (f"Ctrl+{n}",))
        for n in range(1, 10)
    ]
    specs += [
        ("thread", "next", _tr("&Next thread"), ("J", "Ctrl+Down")),
        ("thread", "previous", _tr("&Previous thread"), ("K", "Ctrl+Up")),
        ("thread", "reply", _tr("&Reply"), ("R", "Ctrl+R")),
        ("thread", "no_response", _tr("No response &needed"), ("E", "Ctrl+E")),
        ("thread", "reopen", _tr("Re&open (restart the clock)"), ("Ctrl+Shift+E",)),
        ("thread", "mark_read", _tr("Mark &read"), ("Shift+U", "Ctrl+Shift+U")),
        ("thread", "mark_unread", _tr("Mark &unread"), ("U", "Ctrl+U")),
        ("thread", "order_type", _tr("Order &type…"), ("Ctrl+T",)),
        ("thread", "show_order", _tr("Show the &order in Orders"), ("Ctrl+Shift+D",)),
        ("settings", "special_products", _tr("&Special products…"), ("Ctrl+Shift+P",)),
        ("help", "shortcuts", _tr("&Keyboard shortcuts"), ("F1", "?")),
        ("help", "about", _tr("&About Seller Inbox"), ("Shift+F1",)),
    ]
    return specs


class Actions:
    """The window's QActions by name, and (menu, action) pairs for menus and the sheet."""

    def __init__(self, parent: QObject) -> None:
        self.by_name: dict[str, QAction] = {}
        self.ordered: list[tuple[str, QAction]] = []
        for menu, name, text, keys in _specs():
            action = QAction(text, parent)
            action.setObjectName(f"action_{name}")
            action.setShortcuts([QKeySequence(k) for k in keys])
            self.by_name[name] = action
            self.ordered.append((menu, action))

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def sheet_rows(self) -> list[tuple[str, QAction]]:
        return [(menu_title(m).replace("&", ""), a) for m, a in self.ordered]
