"""Every action of the main window, with its menu, text and shortcuts (one table)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

MENUS = ("file", "edit", "view", "thread", "settings", "help")


def plain(text: str) -> str:
    """A label without its accelerator: "&File" and the CJK form "파일(&F)" alike."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "").strip()


def menu_title(key: str) -> str:
    return {
        "file": QCoreApplication.translate("MainWindow", "&File"),
        "edit": QCoreApplication.translate("MainWindow", "&Edit"),
        "view": QCoreApplication.translate("MainWindow", "&View"),
        "thread": QCoreApplication.translate("MainWindow", "&Thread"),
        "settings": QCoreApplication.translate("MainWindow", "&Settings"),
        "help": QCoreApplication.translate("MainWindow", "&Help"),
    }[key]


def _specs() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(menu, name, text, shortcuts); the first shortcut is the one menus show."""
    specs = [
        (
            "file",
            "import_orders",
            QCoreApplication.translate("MainWindow", "&Import orders…"),
            ("Ctrl+I",),
        ),
        ("file", "quit", QCoreApplication.translate("MainWindow", "&Quit"), ("Ctrl+Q",)),
        (
            "edit",
            "find",
            QCoreApplication.translate("MainWindow", "&Find threads"),
            ("Ctrl+F", "/"),
        ),
        (
            "edit",
            "filter_orders",
            QCoreApplication.translate("MainWindow", "Find &orders"),
            ("Ctrl+Shift+F",),
        ),
        (
            "view",
            "show_inbox",
            QCoreApplication.translate("MainWindow", "&Inbox"),
            ("Ctrl+Shift+I",),
        ),
        (
            "view",
            "show_orders",
            QCoreApplication.translate("MainWindow", "&Orders"),
            ("Ctrl+Shift+O",),
        ),
        (
            "view",
            "focus_list",
            QCoreApplication.translate("MainWindow", "Go to thread &list"),
            ("Ctrl+L",),
        ),
        (
            "view",
            "focus_sidebar",
            QCoreApplication.translate("MainWindow", "Go to &saved views"),
            ("Ctrl+B",),
        ),
        (
            "view",
            "sort_due",
            QCoreApplication.translate("MainWindow", "Sort by &urgency"),
            ("Alt+U",),
        ),
        (
            "view",
            "sort_activity",
            QCoreApplication.translate("MainWindow", "Sort by last &activity"),
            ("Alt+A",),
        ),
        ("view", "refresh", QCoreApplication.translate("MainWindow", "&Refresh"), ("F5",)),
    ]
    specs += [
        (
            "view",
            f"view_{n}",
            QCoreApplication.translate("MainWindow", "View %1").replace("%1", str(n)),
            (f"Ctrl+{n}",),
        )
        for n in range(1, 10)
    ]
    specs += [
        (
            "thread",
            "next",
            QCoreApplication.translate("MainWindow", "&Next thread"),
            ("J", "Ctrl+Down"),
        ),
        (
            "thread",
            "previous",
            QCoreApplication.translate("MainWindow", "&Previous thread"),
            ("K", "Ctrl+Up"),
        ),
        ("thread", "reply", QCoreApplication.translate("MainWindow", "&Reply"), ("R", "Ctrl+R")),
        (
            "thread",
            "no_response",
            QCoreApplication.translate("MainWindow", "No response &needed"),
            ("E", "Ctrl+E"),
        ),
        (
            "thread",
            "reopen",
            QCoreApplication.translate("MainWindow", "Re&open (restart the clock)"),
            ("Ctrl+Shift+E",),
        ),
        (
            "thread",
            "mark_read",
            QCoreApplication.translate("MainWindow", "Mark &read"),
            ("Shift+U", "Ctrl+Shift+U"),
        ),
        (
            "thread",
            "mark_unread",
            QCoreApplication.translate("MainWindow", "Mark &unread"),
            ("U", "Ctrl+U"),
        ),
        (
            "thread",
            "order_type",
            QCoreApplication.translate("MainWindow", "Order &type…"),
            ("Ctrl+T",),
        ),
        (
            "thread",
            "show_order",
            QCoreApplication.translate("MainWindow", "Show the &order in Orders"),
            ("Ctrl+Shift+D",),
        ),
        (
            "settings",
            "special_products",
            QCoreApplication.translate("MainWindow", "&Special products…"),
            ("Ctrl+Shift+P",),
        ),
        (
            "help",
            "shortcuts",
            QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
            ("F1", "?"),
        ),
        (
            "help",
            "about",
            QCoreApplication.translate("MainWindow", "&About Seller Inbox"),
            ("Shift+F1",),
        ),
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
        return [(plain(menu_title(m)), a) for m, a in self.ordered]
