"""Custom item-data roles of every model, declared once above Qt.UserRole."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

_BASE = int(Qt.ItemDataRole.UserRole)


class Role(IntEnum):
    """Roles beyond Qt's own; the presentation layer and views read these, never raw rows."""

    ROW = _BASE + 1  # the frozen row behind the index (ThreadRow, OrderRow, MessageRow...)
    ID = _BASE + 2  # the row's database id (int)
    DUE_AT = _BASE + 3  # a thread's response deadline (aware datetime or None)
    SECONDS_LEFT = _BASE + 4  # seconds until the deadline, negative when overdue (int or None)
    URGENCY = _BASE + 5  # Urgency of a thread: overdue, soon, later, none (str)
    UNREAD = _BASE + 6  # the thread or message is unread (bool)
    HIGHLIGHT = _BASE + 7  # search words to highlight in this cell (tuple[str, ...])
    SORT_KEY = _BASE + 8  # a value to sort by (int/str), for small proxies
    COUNT = _BASE + 9  # a saved view's count (int or None while it loads)
    VIEW_KEY = _BASE + 10  # a saved view's stable key ("open", "mp:DE"...)
    DIRECTION = _BASE + 11  # a message's direction: "in" or "out"
    STATUS = _BASE + 12  # a message's or thread's status string
    SECONDARY = _BASE + 13  # a second line of text (the snippet under a subject)
    ASSIGNEE = _BASE + 20  # the person a thread is assigned to on a team inbox (str or None)
    PRESENCE = _BASE + 21  # the other seats on a thread now, replying first (tuple[Someone, ...])
    PRESENCE_CHIP = _BASE + 22  # the thread list's chip of them (PresenceChip or None)
