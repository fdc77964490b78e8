"""The thread list as a seller reads it: time left, colours, bold unread, icons, tooltips.

A QIdentityProxyModel over ThreadListModel (Trojitá's MsgListModel -> PrettyMsgListModel):
the source stays semantic, widgets only paint what this layer returns.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette

from inbox_app.models.colours import colour
from inbox_app.models.formatting import full_time, time_left, urgency, when
from inbox_app.models.icons import state_icon
from inbox_app.models.outbox_reason import outbox_reason
from inbox_app.models.presence_text import presence_chip, presence_text
from inbox_app.models.roles import Role
from inbox_app.models.thread_list_model import Column
from inbox_app.services.inbox import Clock
from inbox_app.store.rows import ThreadRow

Index = QModelIndex | QPersistentModelIndex

# colour tokens (models/colours.py) of the deadline clock, for the light and dark palettes
URGENCY_TOKENS = {"overdue": "danger", "soon": "warning", "later": "success"}
URGENCY_BACKGROUNDS = {"overdue": "row_overdue", "soon": "row_soon"}


def urgency_colour(level: str | None, palette: QPalette | None = None) -> QColor:
    """The clock's text colour for an urgency level (muted when there is none)."""
    return colour(URGENCY_TOKENS.get(level or "", "muted"), palette)


class ThreadDisplayProxy(QIdentityProxyModel):
    """Formats ThreadListModel for display; sorting and filtering stay in the source (SQL)."""

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: ThreadRow | None = super().data(index, Role.ROW)
        if row is None:
            return super().data(index, role)
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == Column.DUE:
                return self._due_text(row, super().data(index, Role.SECONDS_LEFT))
            if col == Column.ACTIVITY:
                return when(row.last_activity_at, self._now())
            return super().data(index, role)
        if role == Qt.ItemDataRole.FontRole:
            if row.unread or (col == Column.DUE and row.state == "open"):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == Column.DUE:
                level = urgency(super().data(index, Role.SECONDS_LEFT))
                return QBrush(urgency_colour(level))
            if col in (Column.ACTIVITY, Column.MARKETPLACE, Column.ORDER):
                return QBrush(colour("muted"))
            return None
        if role == Qt.ItemDataRole.BackgroundRole and col == Column.DUE:
            level = urgency(super().data(index, Role.SECONDS_LEFT))
            token = URGENCY_BACKGROUNDS.get(level or "")
            return QBrush(colour(token)) if token is not None else None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row, col)
        if role == Role.PRESENCE_CHIP:
            return presence_chip(super().data(index, Role.PRESENCE) or ())
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tooltip(row, col)
            if col == Column.SUBJECT:
                others = presence_text(super().data(index, Role.PRESENCE) or ())
                tip = "\n".join(t for t in (others, tip) if t)
            return tip
        if role == Qt.ItemDataRole.AccessibleTextRole and col == Column.SUBJECT:
            # a screen reader hears who else is on it, as the chip shows it
            others = presence_text(super().data(index, Role.PRESENCE) or ())
            spoken = [row.subject, others]
            if row.assignee:
                spoken.append(
                    QCoreApplication.translate("ThreadList", "Assigned to %1").replace(
                        "%1", row.assignee
                    )
                )
            return ". ".join(t for t in spoken if t)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (Column.DUE, Column.MARKETPLACE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().data(index, role)

    def _now(self) -> datetime:
        return self._clock()

    def _due_text(self, row: ThreadRow, seconds: int | None) -> str:
        if seconds is not None:
            return time_left(seconds)
        if row.state == "answered":
            return QCoreApplication.translate("ThreadList", "answered")
        if row.state == "no_response_needed":
            return QCoreApplication.translate("ThreadList", "no reply needed")
        return ""

    def _icon(self, row: ThreadRow, col: int) -> Any:
        if col == Column.BUYER and row.buyer_opted_out:
            return state_icon("opted_out")
        if col == Column.SUBJECT:
            if row.outbox_state:
                return state_icon(row.outbox_state)
            if row.has_draft:
                return state_icon("draft")
        return None

    def _tooltip(self, row: ThreadRow, col: int) -> str | None:
        if col == Column.DUE:
            if row.state == "open" and row.response_due_at is not None:
                return QCoreApplication.translate(
                    "ThreadList", "Reply by %1 (Amazon's 24-hour window)"
                ).replace("%1", full_time(row.response_due_at))
            if row.state == "no_response_needed":
                return QCoreApplication.translate(
                    "ThreadList", "Marked as no response needed: the clock is stopped"
                )
            return None
        if col == Column.BUYER:
            text = row.buyer_alias
            if row.buyer_opted_out:
                text += "\n" + QCoreApplication.translate(
                    "ThreadList", "This buyer opted out of unsolicited messages"
                )
            return text
        if col == Column.SUBJECT:
            parts = [row.snippet]
            outbox = {
                "queued": QCoreApplication.translate(
                    "ThreadList", "A reply is queued in the outbox"
                ),
                "sending": QCoreApplication.translate("ThreadList", "A reply is being sent"),
                "failed": QCoreApplication.translate("ThreadList", "A reply failed to send"),
                "unknown": QCoreApplication.translate(
                    "ThreadList", "A reply may have been sent (status unknown)"
                ),
            }
            if row.outbox_state in outbox:
                parts.append(outbox[row.outbox_state])
                parts.append(outbox_reason(row) or "")
            if row.has_draft:
                parts.append(
                    QCoreApplication.translate("ThreadList", "You have a draft in this thread")
                )
            if row.assignee:
                parts.append(
                    QCoreApplication.translate("ThreadList", "Assigned to %1").replace(
                        "%1", row.assignee
                    )
                )
            return "\n".join(p for p in parts if p)
        if col == Column.ORDER and row.amazon_order_id:
            return QCoreApplication.translate("ThreadList", "Order type: %1").replace(
                "%1", row.order_type
            )
        if col == Column.ACTIVITY:
            return full_time(row.last_activity_at)
        return None
