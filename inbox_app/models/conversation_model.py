"""The messages of one thread, oldest first, as frozen MessageRows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from inbox_app.models.formatting import full_time
from inbox_app.models.icons import state_icon
from inbox_app.models.known_sentences import known_sentence_text
from inbox_app.models.roles import Role
from inbox_app.store.rows import MessageRow

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the (invalid) root index, as a default argument


def status_label(msg: MessageRow) -> str:
    """What happened to a message, in the seller's words."""
    if msg.notice_kind == "bounce":
        return QCoreApplication.translate(
            "Conversation", "Amazon notice: not delivered (buyer opted out)"
        )
    if msg.notice_kind == "blocked":
        return QCoreApplication.translate(
            "Conversation", "Amazon notice: blocked by Amazon's guidelines"
        )
    if msg.notice_kind == "amazon":
        return QCoreApplication.translate("Conversation", "sent via Amazon (Amazon message)")
    if msg.notice_kind == "copy":
        return QCoreApplication.translate(
            "Conversation", "Amazon notice: copy of a reply sent from Seller Central"
        )
    if msg.notice_kind:
        return QCoreApplication.translate("Conversation", "Amazon notice")
    labels = {
        "received": QCoreApplication.translate("Conversation", "received"),
        "sent": QCoreApplication.translate("Conversation", "sent"),
        "queued": QCoreApplication.translate("Conversation", "queued in the outbox"),
        "sending": QCoreApplication.translate("Conversation", "sending…"),
        "failed": QCoreApplication.translate("Conversation", "failed to send"),
        "bounced": QCoreApplication.translate("Conversation", "bounced"),
        "unknown": QCoreApplication.translate(
            "Conversation", "may have been sent (status unknown)"
        ),
        "draft": QCoreApplication.translate("Conversation", "draft"),
    }
    return labels.get(msg.status, msg.status)


def sender_label(msg: MessageRow, kind: str) -> str:
    """Who a card is from: Amazon, the buyer, you; on a team inbox the teammate who
    wrote the reply ("Sent by Anna")."""
    if kind == "outgoing" and msg.author:
        if msg.status == "sent":
            text = QCoreApplication.translate("Conversation", "Sent by %1")
        else:
            text = QCoreApplication.translate("Conversation", "Written by %1")
        return text.replace("%1", msg.author)
    return {
        "notice": QCoreApplication.translate("Conversation", "Amazon"),
        "incoming": QCoreApplication.translate("Conversation", "Buyer"),
        "outgoing": QCoreApplication.translate("Conversation", "You"),
    }[kind]


def is_notice(msg: MessageRow) -> bool:
    """A notice from Amazon (not the seller's own Amazon message, which is a message)."""
    return bool(msg.notice_kind) and msg.notice_kind != "amazon"


def status_icon_name(msg: MessageRow) -> str | None:
    if is_notice(msg):
        return "notice"
    if msg.status in ("queued", "sending", "failed", "unknown", "bounced"):
        return msg.status
    return None


class ConversationModel(QAbstractListModel):
    """One thread's messages; a new or changed message updates rows in place."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread_id: int | None = None
        self._rows: list[MessageRow] = []

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        msg = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            who = (
                QCoreApplication.translate("Conversation", "Buyer")
                if msg.direction == "in"
                else QCoreApplication.translate("Conversation", "You")
            )
            if msg.notice_kind:
                who = QCoreApplication.translate("Conversation", "Amazon")
            return f"{who} · {full_time(msg.sent_at or msg.created_at)} · {status_label(msg)}"
        if role == Qt.ItemDataRole.DecorationRole:
            name = status_icon_name(msg)
            return state_icon(name) if name else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return known_sentence_text(msg.error) if msg.error else msg.parse_problem
        if role == Role.ROW:
            return msg
        if role == Role.ID:
            return msg.id
        if role == Role.DIRECTION:
            return msg.direction
        if role == Role.STATUS:
            return msg.status
        if role == Role.UNREAD:
            return msg.direction == "in" and not msg.read
        return None

    @property
    def thread_id(self) -> int | None:
        return self._thread_id

    def messages(self) -> tuple[MessageRow, ...]:
        return tuple(self._rows)

    def set_thread(self, thread_id: int | None, messages: Sequence[MessageRow]) -> None:
        """Show another thread (or an update of this one, in place)."""
        if thread_id is not None and thread_id == self._thread_id:
            self.update_messages(messages)
            return
        self.beginResetModel()
        self._thread_id = thread_id
        self._rows = list(messages)
        self.endResetModel()

    def update_messages(self, messages: Sequence[MessageRow]) -> None:
        """Same thread, fresh rows: dataChanged for changed ones, inserts for new ones."""
        old_ids = [m.id for m in self._rows]
        new_ids = [m.id for m in messages]
        if new_ids[: len(old_ids)] != old_ids:
            self.beginResetModel()  # messages vanished or reordered: the row set changed
            self._rows = list(messages)
            self.endResetModel()
            return
        for n, msg in enumerate(messages[: len(old_ids)]):
            if msg != self._rows[n]:
                self._rows[n] = msg
                self.dataChanged.emit(self.index(n), self.index(n))
        extra = list(messages[len(old_ids) :])
        if extra:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(extra) - 1)
            self._rows.extend(extra)
            self.endInsertRows()
