"""Accessibility inside the process: every control the window shows has an accessible
name and description (as Qt's accessibility interface reports them to AT-SPI), the
message cards and findings are announced with their meaning, and keyboard focus is
always drawn (a focused control looks different from an unfocused one)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

from inbox_app.views.accessibility import CONTROLS, label_controls


def _controls(window: QWidget) -> list[QWidget]:
    return [w for w in label_controls(window) if w.isVisible() and w.isEnabled()]


def test_every_visible_control_has_a_name_and_a_description(
    main_window: Callable[..., QWidget], qtbot: object
) -> None:
    window = main_window(threads=60)
    window.move_selection(1)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.compose is not None)  # type: ignore[attr-defined]
    label_controls(window)
    controls = _controls(window)
    assert len(controls) > 15
    missing = []
    for widget in controls:
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name)
        description = iface.text(QAccessible.Text.Description)
        if isinstance(widget, QTabBar):  # Qt reports each tab's, not the bar's
            tabs = [iface.child(i) for i in range(widget.count())]
            description = " ".join(t.text(QAccessible.Text.Description) for t in tabs)
            if not all(t.text(QAccessible.Text.Description) for t in tabs):
                description = ""
        if not name or not description:
            parent = widget.parentWidget()
            missing.append((type(widget).__name__, widget.objectName(),
                            parent.objectName() if parent else "", name, description))  # fmt: skip
    assert not missing, missing


def test_cards_and_findings_say_what_they_are(
    main_window: Callable[..., QWidget], qtbot: object
) -> None:
    window = main_window(threads=60)
    window.move_selection(1)  # type: ignore[attr-defined]
    conversation = window.ui.conversation  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(conversation.cards()))  # type: ignore[attr-defined]
    card = conversation.cards()[0]
    assert card.accessibleName().split(", ")[0] in ("Buyer", "You", "Amazon")
    assert card.body.accessibleName() == "Message text"
    qtbot.waitUntil(lambda: window.compose is not None)  # type: ignore[attr-defined]
    pane = window.compose  # type: ignore[attr-defined]
    pane.ui.body.setPlainText("Visit www.myshop.com for 20% off")
    model = pane.ui.findings.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10000)  # type: ignore[attr-defined]
    from PySide6.QtCore import Qt

    spoken = [
        model.index(r, 0).data(Qt.ItemDataRole.AccessibleTextRole) for r in range(model.rowCount())
    ]
    assert any(s.startswith("Blocks sending: ") and "www.myshop.com" in s for s in spoken), spoken


def test_focus_is_always_visible(main_window: Callable[..., QWidget], qtbot: object) -> None:
    window = main_window(threads=60)
    window.move_selection(1)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.compose is not None)  # type: ignore[attr-defined]
    ui = window.ui  # type: ignore[attr-defined]
    pane = window.compose  # type: ignore[attr-defined]
    for widget in (ui.search_edit, ui.threads_view, ui.sidebar, pane.ui.subject, pane.ui.body):
        assert isinstance(widget, CONTROLS)
        window.setFocus()
        QApplication.processEvents()
        plain = widget.grab().toImage()
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)  # type: ignore[attr-defined]
        QApplication.processEvents()
        focused = widget.grab().toImage()
        assert focused != plain, f"{widget.objectName()} shows no focus"
