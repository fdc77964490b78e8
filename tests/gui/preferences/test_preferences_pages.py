"""One Preferences window with pages (issue 13, item 5), in the real window and by
keyboard: the seller's name and signature are its Replies page; the entries that opened
the old name-and-signature dialog open that page; Ctrl+, opens the same one window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from inbox_app.views.compose.prefs import NAME_KEY, SIGNATURE_KEY
from inbox_app.views.preferences.dialog import Page, PreferencesDialog


def _shown(window: QWidget) -> list[PreferencesDialog]:
    found = window.findChildren(PreferencesDialog, "preferencesDialog")
    return [d for d in found if d.isVisible()]


def _one_dialog(qtbot: Any, window: QWidget) -> PreferencesDialog:
    qtbot.waitUntil(lambda: len(_shown(window)) == 1)
    dialog = _shown(window)[0]
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)  # its shortcuts (Ctrl+Tab) go to it
    return dialog


def _ctrl(widget: QWidget, key: Qt.Key, shift: bool = False) -> None:
    mods = Qt.KeyboardModifier.ControlModifier
    if shift:
        mods |= Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(widget, key, mods)


def _tab_chain(dialog: PreferencesDialog) -> set[str]:
    """objectNames Tab reaches from the focused control, once round the dialog."""
    names: set[str] = set()
    widget = dialog.focusWidget()
    for _ in range(40):
        assert widget is not None
        names.add(widget.objectName())
        widget = widget.nextInFocusChain()
        while widget is not None and not (
            widget.isVisibleTo(dialog)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget = widget.nextInFocusChain()
    return names


def test_name_and_signature_are_a_page_of_preferences(
    main_window: Callable[..., Any], qtbot: Any, type_text: Callable[[QWidget, str], None]
) -> None:
    window = main_window(threads=30)
    qtbot.waitUntil(lambda: window.compose is not None and window.compose.thread_id is not None)
    pane = window.compose
    pane.ui.body.setPlainText("Hello, your parcel left today.\n\n{seller_name}")
    qtbot.waitUntil(lambda: not pane.ui.send.isEnabled())

    # Saved replies… › Your name and signature…: Preferences, at its Replies page
    entry = next(a for a in pane.ui.templates.menu().actions() if "signature" in a.text())
    entry.trigger()
    dialog = _one_dialog(qtbot, window)
    assert dialog.current_page() is Page.REPLIES and dialog.windowTitle() == "Preferences"
    qtbot.waitUntil(dialog.name.hasFocus)  # typing goes straight into the name
    type_text(dialog.name, "Lena Rossi")
    QTest.keyClick(dialog.name, Qt.Key.Key_Tab)
    assert dialog.signature.hasFocus()
    type_text(dialog.signature, "Grazie, Lena")
    QTest.keyClick(dialog.signature, Qt.Key.Key_Tab)  # Tab leaves the signature
    assert not dialog.signature.hasFocus()
    dialog.name.setFocus()
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter: OK
    qtbot.waitUntil(lambda: not _shown(window))
    assert pane.ui.body.toPlainText().endswith("\n\nLena Rossi")  # the placeholder filled
    qtbot.waitUntil(pane.ui.send.isEnabled)
    assert window.settings.value(NAME_KEY) == "Lena Rossi"
    assert window.settings.value(SIGNATURE_KEY) == "Grazie, Lena"

    # Ctrl+, opens the same window, with what was saved; Ctrl+Tab walks its pages and Tab
    # reaches every control of the page shown
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _ctrl(window, Qt.Key.Key_Comma)
    dialog = _one_dialog(qtbot, window)
    assert dialog.current_page() is Page.REPLIES
    assert (dialog.name.text(), dialog.signature.toPlainText()) == ("Lena Rossi", "Grazie, Lena")
    assert {"sellerNameEdit", "signatureEdit"} <= _tab_chain(dialog)
    _ctrl(dialog.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.current_page() is Page.ALERTS)
    dialog.target.setFocus()
    qtbot.waitUntil(dialog.target.hasFocus)
    reached = _tab_chain(dialog)
    assert {"targetSpin", "firstAlertSpin", "secondAlertSpin", "quietHoursCheck"} <= reached
    assert "sellerNameEdit" not in reached  # the hidden page is not in the way
    _ctrl(dialog.focusWidget(), Qt.Key.Key_Tab, shift=True)
    qtbot.waitUntil(lambda: dialog.current_page() is Page.REPLIES)

    # the old Settings-menu entry raises the same dialog at its Replies page: still one
    _ctrl(dialog.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.current_page() is Page.ALERTS)
    old = window.findChild(type(entry), "composePrefsAction")
    assert old is not None and old in window.menus["settings"].actions()
    old.trigger()
    assert _one_dialog(qtbot, window) is dialog and dialog.current_page() is Page.REPLIES
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not _shown(window))
    QApplication.processEvents()


def test_the_replies_page_translated(
    main_window: Callable[..., Any], qtbot: Any, install: Callable[[str], Any]
) -> None:
    install("it")
    window = main_window(threads=20)
    qtbot.waitUntil(lambda: window.compose is not None)
    window.compose.edit_settings()
    dialog = _one_dialog(qtbot, window)
    pages = [dialog.page_list.item(i).text() for i in range(dialog.page_list.count())]
    assert pages == ["Risposte", "Tempi di risposta e avvisi"]
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not _shown(window))
