"""Live policy: debounced checks, findings listed and underlined, send disabled with a
reason, clicking a finding selects the text, warnings need one confirmation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QWidget

from inbox_app.models.findings_model import FindingRole
from inbox_app.store.migrate import Store
from inbox_app.views.compose.dialogs import ConfirmWarningsDialog
from inbox_app.views.compose.pane import ComposePane
from tests.helpers.factories import make_thread

TypeText = Callable[[QWidget, str], None]


def test_typing_a_link_disables_send_and_underlines_it(
    store: Store, make_pane: Callable[..., ComposePane], type_text: TypeText, qtbot: Any
) -> None:
    pane = make_pane(make_thread(store))
    body = pane.ui.body
    body.setFocus()
    type_text(body, "Hello Alex, your parcel is on its way. ")
    qtbot.waitUntil(pane.ui.send.isEnabled)
    with qtbot.waitSignal(pane.checked, timeout=3000):
        type_text(body, "More at www.myshop.com")
    assert not pane.ui.send.isEnabled()
    assert "www.myshop.com" in pane.ui.send.toolTip()
    model = pane.findings_model
    rules = [model.index(r).data(FindingRole.RULE) for r in range(model.rowCount())]
    assert "external-link" in rules
    text = body.toPlainText()
    start = text.index("www.myshop.com")
    marks = [
        (s.cursor.selectionStart(), s.cursor.selectionEnd(), s.format.underlineStyle())
        for s in body.extraSelections()
    ]
    assert (
        start,
        start + len("www.myshop.com"),
        QTextCharFormat.UnderlineStyle.WaveUnderline,
    ) in marks
    # fixing it re-enables send
    with qtbot.waitSignal(pane.checked, timeout=3000):
        body.setPlainText(text.replace("More at www.myshop.com", "Kind regards"))
    assert pane.ui.send.isEnabled()
    assert body.extraSelections() == []


def test_checks_are_debounced_not_per_keystroke(
    store: Store, make_pane: Callable[..., ComposePane], type_text: TypeText, qtbot: Any
) -> None:
    pane = make_pane(make_thread(store), check_delay_ms=200)
    runs: list[int] = []
    pane.checked.connect(lambda: runs.append(1))
    pane.ui.body.setFocus()
    with qtbot.waitSignal(pane.checked, timeout=3000):
        type_text(pane.ui.body, "Hello Alex, the parcel left today.")
    assert len(runs) == 1
    pane.run_check()  # nothing changed: skipped
    assert len(runs) == 1


def test_clicking_a_finding_selects_the_offending_text(
    store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    pane = make_pane(make_thread(store))
    pane.ui.subject.setText("Re: visit www.myshop.com")
    pane.ui.body.setPlainText("Write to me at seller@example.com please.")
    pane.run_check()
    model = pane.findings_model
    by_field = {model.index(r).data(FindingRole.FIELD): r for r in range(model.rowCount())}
    view = pane.ui.findings
    rect = view.visualRect(model.index(by_field["body"]))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.ui.body.textCursor().selectedText() == "seller@example.com"
    assert pane.ui.body.hasFocus()
    # keyboard: Enter on the subject finding selects it in the subject
    view.setFocus()
    view.setCurrentIndex(model.index(by_field["subject"]))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert pane.ui.subject.selectedText() == "www.myshop.com"
    # the subject's finding is underlined by the overlay
    assert any(s[2] == "block" for s in pane.ui.underline.spans())


def test_emoji_before_a_link_keeps_the_span_right(
    store: Store, make_pane: Callable[..., ComposePane], qtbot: Any
) -> None:
    pane = make_pane(make_thread(store))
    pane.ui.body.setPlainText("Thanks 😀 see www.myshop.com")
    pane.run_check()
    model = pane.findings_model
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r).data(FindingRole.RULE) == "external-link"
    )
    pane.go_to_finding(model.index(row))
    assert pane.ui.body.textCursor().selectedText() == "www.myshop.com"


def test_warnings_need_one_confirmation(
    store: Store, make_pane: Callable[..., ComposePane], monkeypatch: Any
) -> None:
    pane = make_pane(make_thread(store))
    pane.ui.body.setPlainText(
        "Hello Alex, the carrier's hotline is +1 212 555 0175 for the delivery."
    )
    pane.run_check()
    assert pane.findings_model.warnings() and not pane.findings_model.blocking()
    assert pane.ui.send.isEnabled()
    asked: list[int] = []

    def refuse(parent: Any, findings: Any) -> bool:
        asked.append(len(findings))
        return False

    monkeypatch.setattr(ConfirmWarningsDialog, "ask", classmethod(lambda cls, p, f: refuse(p, f)))
    assert not pane.send()
    assert asked == [1]
    monkeypatch.setattr(ConfirmWarningsDialog, "ask", classmethod(lambda cls, p, f: True))
    assert pane.send()


def test_confirm_dialog_cancel_is_the_default(qtbot: Any) -> None:
    from inbox_app.policy.types import Finding

    dlg = ConfirmWarningsDialog([Finding("phone-number", "warn", "Phone number", "body", 0, 3)])
    qtbot.addWidget(dlg)
    assert dlg.findChild(QWidget, "sendAnywayButton") is not None


def test_the_live_check_waits_for_the_rule_set_warm_up_then_runs(
    store: Store,
    make_pane: Callable[..., ComposePane],
    type_text: TypeText,
    qtbot: Any,
    monkeypatch: Any,
) -> None:
    # After start-up the rule set is built on a worker (app.run); a check asked for
    # meanwhile waits for it instead of building a second one on the GUI thread.
    import threading

    from inbox_app.services import policy_checks
    from inbox_app.views.compose import live_check

    warm = policy_checks._WarmUp()
    release = threading.Event()
    real_build = warm.build

    def slow_build() -> None:
        release.wait(10)
        real_build()

    monkeypatch.setattr(warm, "build", slow_build)
    monkeypatch.setattr(policy_checks, "_warm_up", warm)
    polls: list[bool] = []

    def counted() -> bool:
        polls.append(policy_checks.ruleset_pending())
        return polls[-1]

    monkeypatch.setattr(live_check, "ruleset_pending", counted)
    policy_checks.warm_up_ruleset()
    assert policy_checks.ruleset_pending()
    pane = make_pane(make_thread(store))
    type_text(pane.ui.body, "More at www.myshop.com")
    pane.run_check()
    # several polls: nothing may be checked while the rule set is pending
    qtbot.waitUntil(lambda: polls.count(True) >= 3, timeout=5000)
    assert pane.findings_model.rowCount() == 0
    release.set()
    qtbot.waitUntil(lambda: pane.findings_model.rowCount() > 0, timeout=5000)
    assert not policy_checks.ruleset_pending()
    assert not pane.ui.send.isEnabled() and "www.myshop.com" in pane.ui.send.toolTip()
