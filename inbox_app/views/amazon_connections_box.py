"""The Amazon dialog's list of saved connections: each one's marketplaces and how far its
orders are synced, with Test (ask Login with Amazon now) and Remove (the row and its
secrets in the keyring). The keyring and the network are only touched in worker tasks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inbox_app import credentials
from inbox_app.amazon.errors import SpApiError
from inbox_app.models.amazon_text import sentence_text
from inbox_app.models.colours import css
from inbox_app.models.known_sentences import known_error_text, known_sentence_text
from inbox_app.models.unexpected_text import unexpected_text
from inbox_app.services.amazon import AmazonService
from inbox_app.services.amazon_connections import AmazonConnectionError, ConnectionInfo
from inbox_app.views.task_runner import Task, TaskRunner

_KNOWN = AmazonConnectionError | SpApiError | credentials.CredentialsError


class ConnectionsBox(QGroupBox):
    """Saved connections; `changed` after one was removed."""

    changed = Signal()

    def __init__(
        self, amazon: AmazonService, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Saved connections"))
        self.setObjectName("amazonConnectionsBox")
        self._amazon = amazon
        self._runner = runner
        self.connections: list[ConnectionInfo] = []
        self.loaded = False
        self.last_result: tuple[bool, str] | None = None
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("amazonConnectionsList")
        self.list.setAccessibleName(self.tr("Saved Amazon connections"))
        self.list.setAccessibleDescription(
            self.tr("Each connection with its marketplaces and how far its orders are synced")
        )
        self.list.setMaximumHeight(110)
        # a connection's line (marketplaces, sync, the last error) wraps at the dialog's
        # width: cut with "…" it hid the very sentence that says what to do
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(lambda _r: self._selection())
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.test_button = self._button(
            self.tr("T&est connection"), "amazonTestSavedButton",
            self.tr("Asks Login with Amazon whether the saved secrets still work"),
            self.test_selected,
        )  # fmt: skip
        self.remove_button = self._button(
            self.tr("Re&move…"), "amazonRemoveButton",
            self.tr("Removes the connection and its secrets from the keyring; orders stay"),
            self.remove_selected,
        )  # fmt: skip
        row.addWidget(self.test_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("amazonSavedResult")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self._selection()
        self.reload()

    def _button(
        self, text: str, name: str, description: str, slot: Callable[[], None]
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleDescription(description)
        button.clicked.connect(slot)
        return button

    def _run(self, fn: Callable[[Task], Any], on_done: Callable[[Any], None]) -> None:
        self.test_button.setEnabled(False)
        self.remove_button.setEnabled(False)
        self._runner.run(fn, on_done=on_done, on_failed=self._failed)

    def reload(self) -> None:
        amazon = self._amazon
        self.loaded = False
        self._run(lambda _t: amazon.connections(check_secrets=True), self._loaded)

    def _describe(self, info: ConnectionInfo) -> str:
        synced = info.synced_to[:16].replace("T", " ") if info.synced_to else ""
        parts = [
            f"{info.name} ({info.region.upper()}: {', '.join(info.marketplaces)})",
            self.tr("orders synced to %1").replace("%1", synced)
            if synced
            else self.tr("not synced yet"),
        ]
        if not info.has_secrets:
            parts.append(self.tr("no secrets in the keyring"))
        if info.last_error:
            parts.append(sentence_text(info.last_error))
        return " · ".join(parts)

    @Slot(object)
    def _loaded(self, found: list[ConnectionInfo]) -> None:
        self.connections = found
        self.list.clear()
        for info in found:
            item = QListWidgetItem(self._describe(info), self.list)
            item.setData(Qt.ItemDataRole.UserRole, info.name)
        if found:
            self.list.setCurrentRow(0)
        self.setVisible(bool(found))
        self.loaded = True
        self._selection()

    def selected(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _selection(self) -> None:
        chosen = self.selected() is not None
        self.test_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _show(self, ok: bool, text: str) -> None:
        self.last_result = (ok, text)
        self.result_label.setStyleSheet(f"color: {css('success' if ok else 'danger')};")
        self.result_label.setText(text)

    @Slot()
    def test_selected(self) -> None:
        name, amazon = self.selected(), self._amazon
        if name is None:
            return
        self.last_result = None
        self.result_label.setText(self.tr("Asking Login with Amazon…"))
        self._run(lambda _t: tuple(amazon.test_connection(name)), self._tested)

    @Slot(object)
    def _tested(self, lines: tuple[str, ...]) -> None:
        self._selection()
        self._show(True, " ".join(known_sentence_text(line) for line in lines))

    @Slot()
    def remove_selected(self) -> None:
        name, amazon = self.selected(), self._amazon
        if name is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove connection"),
            self.tr(
                "Remove the Amazon connection '%1' and its secrets? Its orders stay in the inbox."
            ).replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(lambda _t: amazon.remove(name), lambda _r: self._removed(name))

    def _removed(self, name: str) -> None:
        self._show(True, self.tr("Removed the connection '%1'.").replace("%1", name))
        self.changed.emit()
        self.reload()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._selection()
        if isinstance(exc, _KNOWN):
            self._show(False, known_error_text(exc))
        else:
            self._show(False, unexpected_text(exc))
