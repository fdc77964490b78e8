"""Names and descriptions for screen readers on every control of a window, and a focus
frame that is always visible.

`label_controls(root)` gives each visible control that lacks them an accessible name
(its text, placeholder, buddy label or tool tip) and a description (its tool tip, or the
sentence in descriptions() for its objectName, or one built from its name and role), so a
screen reader never announces a bare "button". The window runs it again after it adds
panes (the compose pane, the mail menu).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from inbox_app.views.mnemonics import assign_mnemonics, strip_mnemonic

CONTROLS = (
    QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractItemView,
    QAbstractSpinBox, QTabBar,
)  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("Accessibility", text)


def descriptions() -> dict[str, str]:
    """What the key controls do, by objectName (translated when asked)."""
    return {
        "searchEdit": _tr("Type words, an order id or a buyer's name to find threads"),
        "threadsView": _tr("Conversations, most urgent first: time left, buyer, subject"),
        "sidebar": _tr("Saved views of the inbox with their thread counts"),
        "ordersView": _tr("Imported orders; drop Seller Central order reports here"),
        "subjectEdit": _tr("The subject of your message to the buyer"),
        "bodyEdit": _tr("Your message to the buyer; problems are underlined as you type"),
        "policyFindings": _tr("Problems Amazon would object to, each with how to fix it"),
        "attachmentList": _tr("Files attached to your message"),
        "orderFilterEdit": _tr("Find an order by its id or an exact SKU"),
        "orderThreadsView": _tr("Conversations about the selected order"),
        "qt_tabwidget_tabbar": _tr("Switch between the guide, the inbox and the orders"),
    }


def _name_for(widget: QWidget) -> str:
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox) and isinstance(widget, QLineEdit):
        return parent.accessibleName() or _name_for(parent)  # the spin box's own field
    if isinstance(widget, QHeaderView):
        owner = widget.parentWidget()
        owner_name = owner.accessibleName() if owner is not None else ""
        return _tr("Columns of %1").replace("%1", owner_name) if owner_name else _tr("Columns")
    if isinstance(widget, QAbstractButton) and widget.text():
        return strip_mnemonic(widget.text())
    action = widget.defaultAction() if isinstance(widget, QToolButton) else None
    if action is not None and action.text():
        return strip_mnemonic(action.text())
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        return widget.placeholderText()
    if parent is not None:
        for label in parent.findChildren(QLabel):
            if label.buddy() is widget and label.text():
                return strip_mnemonic(label.text()).rstrip(":：")
    if widget.toolTip():
        return widget.toolTip().splitlines()[0]
    window = widget.window()
    if isinstance(widget, QAbstractItemView) and isinstance(window, QDialog):
        return window.windowTitle()  # the one list of a dialog is what the dialog shows
    return ""


def _role_word(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return _tr("Activates “%1”")
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        return _tr("Text field for “%1”")
    if isinstance(widget, QComboBox):
        return _tr("Choose “%1”")
    if isinstance(widget, QHeaderView):
        return _tr("%1: click a column to sort by it")
    if isinstance(widget, QAbstractItemView):
        return _tr("List of “%1”")
    if isinstance(widget, QTabBar):
        return _tr("Tabs: “%1”")
    return _tr("“%1”")


def label_controls(root: QWidget) -> list[QWidget]:
    """Fill in missing names and descriptions under `root`; returns the controls seen."""
    table = descriptions()
    seen: list[QWidget] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS):
            continue
        seen.append(widget)
        if isinstance(widget, QTabBar):  # each tab is announced with its own tool tip
            for i in range(widget.count()):
                if not widget.tabToolTip(i):
                    shown = strip_mnemonic(widget.tabText(i))
                    widget.setTabToolTip(i, _tr("Shows “%1”").replace("%1", shown))
        if not widget.accessibleName():
            name = _name_for(widget)
            if name:
                widget.setAccessibleName(name)
        if not widget.accessibleDescription():
            text = table.get(widget.objectName()) or widget.toolTip() or widget.statusTip()
            iface = QAccessible.queryAccessibleInterface(widget)
            name = widget.accessibleName() or (iface.text(QAccessible.Text.Name) if iface else "")
            if not text and name:
                text = _role_word(widget).replace("%1", name)
            if text:
                widget.setAccessibleDescription(text)
    return seen


class _DialogLabeler(QObject):
    """Gives a dialog's labels and buttons mnemonics and names its controls when its
    window takes the focus (a dialog is a window of its own: the main window's labelling
    does not reach it). The focus-window signal
    fires a few times per dialog, where an application-wide event filter would run for
    every event of the program; `focusChanged` is not used: it hands over the widget
    losing the focus, which may be half destroyed, and converting that one crashed."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusWindowChanged.connect(self._window_focused)

    def _window_focused(self, *_: object) -> None:
        window = QApplication.activeWindow()
        if isinstance(window, QDialog):
            assign_mnemonics(window)  # first: the names are read from the texts
            label_controls(window)


def label_dialogs() -> None:
    """Give every dialog of the application names and descriptions (once per app)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.findChild(_DialogLabeler) is None:
        _DialogLabeler(app)


def focus_style(pal: QPalette) -> str:
    """A focus frame in the highlight colour on item views, whatever the style draws."""
    ring = pal.color(QPalette.ColorRole.Highlight).name()
    return f"QAbstractItemView:focus {{ border: 2px solid {ring}; }}"
