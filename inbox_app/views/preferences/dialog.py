"""The Preferences dialog (objectName preferencesDialog), one window with a page per
subject: Replies (the seller's name and signature) and Response times and alerts (the
target, the alert thresholds, quiet hours, the buyer's text in notifications).

OK and Apply save every page and emit `applied(Preferences)` and
`replies_applied(ComposePrefs)`; the window hands them to the dashboard, the alert
scheduler and the compose pane at once (no restart). Restore Defaults resets the page
shown. The pages are a list beside them (the arrow keys there, or Ctrl+Tab and
Ctrl+Shift+Tab from anywhere in the dialog: a list, not tabs, as a tab bar tells
assistive technology no description of itself); every control has a mnemonic, and the
dialog opens window-modal without blocking (`open`), so tests and keyboard users drive the
same widgets.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inbox_app.views.compose.prefs import PrefsStore
from inbox_app.views.preferences.alerts_page import AlertsPage
from inbox_app.views.preferences.replies_page import RepliesPage
from inbox_app.views.preferences.values import Preferences, load_preferences, save_preferences


class Page(StrEnum):
    REPLIES = "replies"
    ALERTS = "alerts"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)


class PreferencesDialog(QDialog):
    applied = Signal(object)  # Preferences, once saved
    replies_applied = Signal(object)  # ComposePrefs, once saved

    def __init__(
        self,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        page: Page = Page.REPLIES,
        replies: PrefsStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.replies_store = replies or PrefsStore(settings)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(_tr("Preferences"))
        self.page_list = QListWidget(self)  # first in the Tab chain
        self.stack = QStackedWidget(self)
        self.replies = RepliesPage(self.stack)
        self.alerts = AlertsPage(self.stack)
        self.pages: dict[Page, RepliesPage | AlertsPage] = {
            Page.REPLIES: self.replies,
            Page.ALERTS: self.alerts,
        }
        self.page_list.setObjectName("preferencesPages")
        self.page_list.setAccessibleName(_tr("Preferences pages"))
        self.page_list.setAccessibleDescription(
            _tr("Pages of the preferences: Ctrl+Tab shows the next one")
        )
        for title, widget in (
            (_tr("Replies"), self.replies),
            (_tr("Response times and alerts"), self.alerts),
        ):
            self.page_list.addItem(title)
            self.stack.addWidget(widget)
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        width = self.page_list.sizeHintForColumn(0) + 2 * self.page_list.frameWidth()
        self.page_list.setFixedWidth(width + self.page_list.fontMetrics().averageCharWidth() * 4)
        for keys, step in ((("Ctrl+Tab", "Ctrl+PgDown"), 1), (("Ctrl+Shift+Tab", "Ctrl+PgUp"), -1)):
            turn = QAction(self)
            turn.setShortcuts([QKeySequence(k) for k in keys])
            turn.triggered.connect(lambda _checked=False, step=step: self._turn(step))
            self.addAction(turn)
        # the controls, by the names the window and its tests use
        a = self.alerts
        self.target, self.first, self.second = a.target, a.first, a.second
        self.quiet, self.quiet_start, self.quiet_end = a.quiet, a.quiet_start, a.quiet_end
        self.buyer_text = a.buyer_text
        self.name, self.signature = self.replies.name, self.replies.signature

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.buttons.setObjectName("preferencesButtons")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)  # Enter
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.clicked.connect(self._clicked)
        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(self.buttons)
        self.show_preferences(load_preferences(settings))
        self.replies.show_prefs(self.replies_store.load())
        self.setMinimumWidth(self.sizeHint().width())
        self.show_page(page)

    def show_page(self, page: Page) -> None:
        """Bring `page` to the front, its first control focused."""
        self.page_list.setCurrentRow(list(self.pages).index(page))
        first = self.replies.name if page is Page.REPLIES else self.alerts.target
        first.setFocus()

    def current_page(self) -> Page:
        return next(p for p, w in self.pages.items() if w is self.stack.currentWidget())

    def _turn(self, step: int) -> None:
        """The next (or previous) page, round the list, its first control focused."""
        pages = list(self.pages)
        self.show_page(pages[(pages.index(self.current_page()) + step) % len(pages)])

    def show_preferences(self, prefs: Preferences) -> None:
        """Put `prefs` in the alert page's controls (nothing saved yet)."""
        self.alerts.show_preferences(prefs)

    def chosen(self) -> Preferences:
        """What the alert page's controls say now."""
        return self.alerts.chosen()

    def apply(self) -> Preferences:
        prefs = self.chosen()
        save_preferences(self.settings, prefs)
        replies = self.replies.chosen()
        self.replies_store.save(replies)
        self.applied.emit(prefs)
        self.replies_applied.emit(replies)
        return prefs

    def accept(self) -> None:
        self.apply()
        super().accept()

    def _clicked(self, button: QAbstractButton) -> None:
        role = self.buttons.buttonRole(button)
        if role == QDialogButtonBox.ButtonRole.ApplyRole:
            self.apply()
        elif role == QDialogButtonBox.ButtonRole.ResetRole:
            self.pages[self.current_page()].restore_defaults()
