"""The [Important] toggle and the subject stay in step, both ways, in any letter case."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from inbox_app.store.migrate import Store
from inbox_app.views.compose.pane import ComposePane
from tests.helpers.factories import make_thread

TypeText = Callable[[QWidget, str], None]


def test_checking_puts_the_tag_at_the_start_and_unchecking_removes_it(
    store: Store, make_pane: Callable[..., ComposePane]
) -> None:
    pane = make_pane(make_thread(store))
    subject = pane.ui.subject
    subject.setText("Delivery of your parcel")
    pane.ui.important.click()
    assert subject.text() == "[Important] Delivery of your parcel"
    assert pane.ui.important.isChecked()
    pane.ui.important.click()
    assert subject.text() == "Delivery of your parcel"
    assert not pane.ui.important.isChecked()


def test_toggle_edit_is_undoable(store: Store, make_pane: Callable[..., ComposePane]) -> None:
    pane = make_pane(make_thread(store))
    pane.ui.subject.setText("Parcel")
    pane.ui.important.click()
    pane.ui.subject.undo()
    assert pane.ui.subject.text() == "Parcel"
    assert not pane.ui.important.isChecked()  # the toggle followed the undo


def test_typing_the_tag_by_hand_in_the_middle_checks_the_toggle(
    store: Store, make_pane: Callable[..., ComposePane], type_text: TypeText, qtbot: Any
) -> None:
    pane = make_pane(make_thread(store))
    subject = pane.ui.subject
    subject.setText("Parcel  update")
    subject.setFocus()
    subject.setCursorPosition(7)
    type_text(subject, "[IMPORTANT]")
    assert subject.text() == "Parcel [IMPORTANT] update"
    assert pane.ui.important.isChecked()
    # deleting one bracket by hand unchecks it
    subject.setCursorPosition(18)
    qtbot.keyClick(subject, Qt.Key.Key_Backspace)
    assert subject.text() == "Parcel [IMPORTANT update"
    assert not pane.ui.important.isChecked()
    # unchecking with a hand-typed tag removes it where it stands
    type_text(subject, "]")
    assert pane.ui.important.isChecked()
    pane.ui.important.click()
    assert subject.text() == "Parcel update"


def test_wichtig_on_amazon_de(
    store: Store, make_pane: Callable[..., ComposePane], type_text: TypeText
) -> None:
    pane = make_pane(make_thread(store, marketplace="DE"))
    subject = pane.ui.subject
    subject.setText("Lieferung")
    pane.ui.important.click()
    assert subject.text() == "[Wichtig] Lieferung"
    assert pane.ui.important.text() == "[Wichtig]"
    pane.ui.important.click()
    subject.setText("")
    type_text(subject, "Ärger mit der Lieferung [wichtig]")
    assert pane.ui.important.isChecked()
    assert "misuse" in pane.ui.important.toolTip() or "penalise" in pane.ui.important.toolTip()


def test_no_signal_loop(store: Store, make_pane: Callable[..., ComposePane], qtbot: Any) -> None:
    pane = make_pane(make_thread(store))
    changes: list[str] = []
    toggles: list[bool] = []
    pane.ui.subject.textChanged.connect(changes.append)
    pane.ui.important.toggled.connect(toggles.append)
    pane.ui.important.click()
    assert len(toggles) == 1 and len(changes) == 1
    pane.ui.subject.setText("plain")
    assert toggles == [True]  # set silently from the text, no echo back into the text
    assert not pane.ui.important.isChecked()
    assert changes[-1] == "plain"


def test_keyboard_ctrl_i(store: Store, make_pane: Callable[..., ComposePane], qtbot: Any) -> None:
    pane = make_pane(make_thread(store))
    pane.ui.body.setFocus()
    qtbot.keyClick(pane.ui.body, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert pane.ui.subject.text().startswith("[Important] ")


def test_opted_out_buyer_gets_the_prominent_toggle_and_hint(
    store: Store, make_pane: Callable[..., ComposePane]
) -> None:
    pane = make_pane(make_thread(store, opted_out=True, buyer_initiated=False))
    assert pane.ui.important.property("prominent") is True
    assert pane.ui.hint.isVisible() and "opted out" in pane.ui.hint.text()
    plain = make_pane(make_thread(store))
    assert plain.ui.important.property("prominent") is False
    assert not plain.ui.hint.isVisible()
