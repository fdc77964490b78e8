"""The compose pane's keys and its "Saved replies…" menu: what each shortcut does, in one
place (the F1 sheet lists the same keys)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from inbox_app.views.compose.layout import ComposeUi
from inbox_app.views.shortcut_sheet import GROUP


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComposePane", text)


class KeyedPane(Protocol):
    """What the keys and the menu call on the pane."""

    ui: ComposeUi

    def send(self) -> bool: ...
    def pick_files(self) -> None: ...
    def insert_template(self) -> None: ...
    def save_as_template(self) -> bool: ...
    def edit_templates(self) -> None: ...
    def edit_settings(self) -> None: ...
    def undo_send(self, message_id: int | None = None) -> bool: ...


def install_keys(pane: KeyedPane, widget: QWidget) -> QMenu:
    """The pane's shortcuts (active anywhere inside `widget`) and the saved-replies menu."""
    menu = QMenu(pane.ui.templates)
    menu.setObjectName("templatesMenu")
    entries: tuple[tuple[str, Callable[[], object]], ...] = (
        (_tr("Insert a saved reply…  (Ctrl+Shift+T)"), pane.insert_template),
        (_tr("Save this message as a saved reply…"), pane.save_as_template),
        (_tr("Edit saved replies…"), pane.edit_templates),
        (_tr("Your name and signature…"), pane.edit_settings),
    )
    for n, (text, slot) in enumerate(entries):
        if n == 2:
            menu.addSeparator()
        menu.addAction(text, slot)
    pane.ui.templates.setMenu(menu)
    ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
    keys: tuple[tuple[str, tuple[str, ...], Callable[[], object]], ...] = (
        (_tr("Send"), ("Ctrl+Return", "Ctrl+Enter"), pane.send),
        (_tr("Attach files…"), ("Ctrl+Shift+A",), pane.pick_files),
        (_tr("Insert a saved reply…"), ("Ctrl+Shift+T",), pane.insert_template),
        (_tr("Undo send"), ("Ctrl+Z",), pane.undo_send),
    )
    group = _tr("Compose")
    for text, seqs, slot in keys:
        # actions, not bare QShortcuts: the F1 sheet lists every action of the window
        action = QAction(text, widget)
        action.setShortcuts([QKeySequence(s) for s in seqs])
        action.setShortcutContext(ctx)
        action.setProperty(GROUP, group)
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
        widget.addAction(action)
    return menu
