"""Dialogs are windows of their own: when the focus enters one, each of its controls gets
an accessible name and description (the main window's labelling never reached them: the
Preferences dialog had 14 of 16 controls unnamed), and the keyboard reaches every one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDialog, QWidget

from inbox_app.views.accessibility import CONTROLS


def _preferences(window: Any) -> QDialog:
    from inbox_app.views.preferences.dialog import PreferencesDialog

    return PreferencesDialog(window.settings, window)


def _shortcuts(window: Any) -> QDialog:
    from inbox_app.views.shortcut_sheet import ShortcutSheet

    return ShortcutSheet(window.actions_.sheet_rows(), window)


def _account(window: Any) -> QDialog:
    from inbox_app.services.mail import MailService
    from inbox_app.views.account_dialog import AccountDialog

    return AccountDialog(MailService(window.service.store))


def _announced(dialog: QDialog) -> list[tuple[str, str, str]]:
    """(class, name, description) of each focusable control, as AT-SPI is told."""
    out = []
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(dialog):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface else ""
        description = iface.text(QAccessible.Text.Description) if iface else ""
        out.append((type(widget).__name__, name, description))
    return out


@pytest.mark.parametrize("make", [_preferences, _shortcuts, _account])
def test_a_dialog_names_every_control_once_the_focus_is_in_it(
    make: Callable[[Any], QDialog], main_window: Callable[..., Any], qtbot: Any
) -> None:
    window = main_window(threads=20)
    dialog = make(window)
    qtbot.addWidget(dialog)
    before = _announced(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isVisible)
    first = dialog.focusWidget() or dialog.nextInFocusChain()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    controls = _announced(dialog)
    assert len(controls) >= 2
    qtbot.waitUntil(lambda: all(n and d for _, n, d in _announced(dialog)), timeout=3000)
    # before the focus entered it, the dialog had controls without a name or a
    # description (Preferences: its spin boxes unnamed, no control described)
    assert any(not n or not d for _, n, d in before)
    # the keyboard reaches every control: Tab walks the dialog's focus chain
    reached: set[int] = set()
    widget = dialog.focusWidget()
    for _ in range(60):
        assert widget is not None
        reached.add(id(widget))
        widget = widget.nextInFocusChain()
        while widget is not None and not (
            widget.isVisibleTo(dialog)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget = widget.nextInFocusChain()
    focusable = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, CONTROLS)
        and w.isVisibleTo(dialog)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert all(id(w) in reached for w in focusable)
    dialog.close()
