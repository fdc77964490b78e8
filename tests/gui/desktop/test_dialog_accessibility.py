"""Dialogs are windows of their own: when the focus enters one, each of its controls gets
an accessible name and description (the main window's labelling never reached them: the
Preferences dialog had 14 of 16 controls unnamed), the keyboard reaches every one, Enter
presses the dialog's default button and Escape its cancel button, and every label and
button has an Alt+letter of its own in English, Italian and Korean."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from inbox_app.views.accessibility import CONTROLS, label_dialogs
from inbox_app.views.task_runner import TaskRunner
from tests.helpers.dialogs import DIALOGS, Built

MAKERS = pytest.mark.parametrize("make", DIALOGS, ids=[m.__name__ for m in DIALOGS])


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


def _open(built: Built, qtbot: Any) -> QDialog:
    """Show the dialog as the app does and put the focus in it (which labels it)."""
    dialog = built.dialog
    qtbot.addWidget(dialog)
    label_dialogs()  # as the window does when it opens (a dialog may come first)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    first = dialog.focusWidget() or dialog.nextInFocusChain()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: all(n and d for _, n, d in _announced(dialog)), timeout=3000)
    return dialog


def _settle(dialog: QDialog, qtbot: Any) -> None:
    """Let the dialog's work end (a save, a rule being added) before it goes."""
    qtbot.waitUntil(lambda: not getattr(dialog, "busy", False), timeout=15000)
    for runner in dialog.findChildren(TaskRunner):
        assert runner.wait(15000)
    QApplication.processEvents()


@MAKERS
def test_a_dialog_names_every_control_once_the_focus_is_in_it(
    make: Callable[[pytest.FixtureRequest], Built], request: pytest.FixtureRequest, qtbot: Any
) -> None:
    built = make(request)
    dialog = built.dialog
    before = _announced(dialog)
    _open(built, qtbot)
    controls = _announced(dialog)
    assert controls
    # before the focus entered it, the dialog had controls without a name or a
    # description (Preferences: its spin boxes unnamed, no control described)
    assert any(not n or not d for _, n, d in before)
    # the keyboard reaches every control: Tab walks the dialog's focus chain
    reached: set[int] = set()
    widget = dialog.focusWidget()
    for _ in range(80):
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
    _settle(dialog, qtbot)
    dialog.close()


@MAKERS
def test_enter_presses_the_default_button(
    make: Callable[[pytest.FixtureRequest], Built], request: pytest.FixtureRequest, qtbot: Any
) -> None:
    built = make(request)
    dialog = _open(built, qtbot)
    opened_on = dialog.focusWidget()
    # a push button that has the focus is what Enter presses (Qt's auto-default): the
    # dialog must not open on one that is not its default
    assert not isinstance(opened_on, QPushButton) or opened_on is built.default, opened_on.text()
    fields = [
        w for w in dialog.findChildren(QWidget)
        if isinstance(w, CONTROLS) and not isinstance(w, QAbstractButton)
        and w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]  # fmt: skip
    if fields:  # from a field, Enter reaches the dialog's default button
        fields[0].setFocus()
        qtbot.waitUntil(fields[0].hasFocus)
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault() and b.isVisible()]
    assert defaults == [built.default], [b.text() for b in defaults]
    if not built.default.isEnabled():  # Send waits for a valid message: Enter does nothing
        QTest.keyClick(dialog, Qt.Key.Key_Return)
        assert dialog.isVisible()
    else:
        with qtbot.waitSignal(built.default.clicked, timeout=3000):
            QTest.keyClick(dialog, Qt.Key.Key_Return)
    _settle(dialog, qtbot)
    dialog.close()


def _cancel_button(dialog: QDialog) -> QAbstractButton:
    if isinstance(dialog, QMessageBox):
        escape = dialog.escapeButton()
        assert escape is not None
        return escape
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None, "no button box"
    rejecting = [b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.RejectRole]
    assert len(rejecting) == 1, [b.text() for b in box.buttons()]
    return rejecting[0]


@MAKERS
def test_escape_presses_the_cancel_button(
    make: Callable[[pytest.FixtureRequest], Built], request: pytest.FixtureRequest, qtbot: Any
) -> None:
    built = make(request)
    dialog = _open(built, qtbot)
    cancel = _cancel_button(dialog)
    assert cancel.isVisible() and cancel.isEnabled()
    target = dialog.focusWidget() or dialog
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        QTest.keyClick(target, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    if isinstance(dialog, QMessageBox):
        assert dialog.clickedButton() is cancel
    else:
        assert dialog.result() == QDialog.DialogCode.Rejected
    _settle(dialog, qtbot)
    # the cancel button itself does the same
    second = make(request).dialog
    shown = _open(Built(second, built.default), qtbot)
    with qtbot.waitSignal(shown.finished, timeout=3000):
        _cancel_button(shown).click()
    _settle(shown, qtbot)


def _letter(text: str) -> str | None:
    """The Alt+letter a text defines ("&Save", "저장(&S)"), read independently of the app."""
    hit = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return hit.group(1).lower() if hit else None


def _keyed(dialog: QDialog) -> list[QWidget]:
    out: list[QWidget] = []
    for w in dialog.findChildren(QWidget):
        if not w.isVisibleTo(dialog):
            continue
        labelled = isinstance(w, QLabel) and w.buddy() is not None and bool(w.text().strip())
        # a grid of check boxes (the marketplaces) is one stop: its group's title's letter
        grid = isinstance(w, QGroupBox) and (w.isCheckable() or len(w.findChildren(QCheckBox)) >= 6)
        if labelled or grid:
            out.append(w)
        elif isinstance(w, QAbstractButton) and w.text().strip():
            parent = w.parentWidget()
            if isinstance(parent, QTabBar):
                continue
            if isinstance(w, QToolButton) and w.defaultAction() is not None:
                continue
            if isinstance(parent, QGroupBox) and len(parent.findChildren(QCheckBox)) >= 6:
                continue
            out.append(w)
    return out


def _text(w: QWidget) -> str:
    return w.title() if isinstance(w, QGroupBox) else w.text()  # type: ignore[attr-defined]


@MAKERS
@pytest.mark.parametrize("lang", ["en", "it", "ko"])
def test_every_label_and_button_has_an_alt_letter_of_its_own(
    make: Callable[[pytest.FixtureRequest], Built],
    lang: str,
    request: pytest.FixtureRequest,
    install: Callable[[str], object],
    qtbot: Any,
) -> None:
    if lang != "en":  # Qt's own (OK, Cancel, Close), then ours, as the app loads them
        qt = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        assert qt.load(f"qtbase_{lang}", folder)
        QCoreApplication.installTranslator(qt)
        request.addfinalizer(lambda: QCoreApplication.removeTranslator(qt))
        install(lang)
    dialog = _open(make(request), qtbot)
    keyed = _keyed(dialog)
    assert keyed
    letters = {id(w): _letter(_text(w)) for w in keyed}
    missing = [_text(w) for w in keyed if letters[id(w)] is None]
    assert not missing, missing
    seen: dict[str, str] = {}
    for w in keyed:
        letter = letters[id(w)]
        assert letter is not None
        assert letter not in seen, f"{_text(w)!r} and {seen[letter]!r} share Alt+{letter}"
        seen[letter] = _text(w)
    if lang == "ko":  # Korean keeps its text whole and adds "(&K)", the usual style
        for w in keyed:
            text = _text(w)
            if re.search(r"[\uac00-\ud7a3]", text):
                assert re.search(r"\(&[A-Za-z0-9]\)", text), text
    for w in keyed:
        letter = letters[id(w)]
        if isinstance(w, QAbstractButton):  # Qt took the letter as the button's shortcut
            assert w.shortcut().matches(QKeySequence(f"Alt+{letter}")) == (
                QKeySequence.SequenceMatch.ExactMatch
            ), (_text(w), w.shortcut().toString())
        elif isinstance(w, QLabel) and w.buddy().isEnabled():
            # Alt+letter moves the focus to the label's field
            dialog.setFocus()
            QTest.keyClick(dialog, str(letter), Qt.KeyboardModifier.AltModifier)
            qtbot.waitUntil(lambda w=w: w.buddy().hasFocus() or w.buddy().isAncestorOf(
                QApplication.focusWidget()), timeout=2000)  # fmt: skip
    _settle(dialog, qtbot)
    dialog.close()
