"""The one Preferences window of a main window: Ctrl+, and every entry that leads to a
page of it (Saved replies… › Your name and signature…) open the same dialog, and what it
saves reaches whoever listens (`applied`, `replies_applied`)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QWidget

from inbox_app.views.preferences.dialog import Page, PreferencesDialog

OBJECT_NAME = "preferencesWindow"


class PreferencesWindow(QObject):
    applied = Signal(object)  # Preferences
    replies_applied = Signal(object)  # ComposePrefs

    def __init__(self, host: QWidget, settings: QSettings) -> None:
        super().__init__(host)
        self.setObjectName(OBJECT_NAME)
        self.host = host
        self.settings = settings
        self.dialog: PreferencesDialog | None = None
        self._last = Page.REPLIES  # Ctrl+, shows the page last looked at

    def open(self, page: Page | None = None) -> PreferencesDialog:
        """Show the dialog at `page` (the last page shown when None); one at a time."""
        if self.dialog is not None:
            if page is not None:
                self.dialog.show_page(page)
            self.dialog.activateWindow()  # window-modal: it is above its window already
            return self.dialog
        dialog = PreferencesDialog(self.settings, self.host, page=page or self._last)
        dialog.applied.connect(self.applied)
        dialog.replies_applied.connect(self.replies_applied)

        def closed(_result: int) -> None:
            self._last = dialog.current_page()
            self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(closed)
        self.dialog = dialog
        dialog.open()
        return dialog


def preferences_for(widget: QWidget, settings: QSettings | None = None) -> PreferencesWindow:
    """The Preferences of the main window `widget` belongs to (a compose window of its own
    asks its main window's), made on first use over `settings`."""
    top = widget.window()
    while (up := top.parentWidget()) is not None:
        top = up.window()
    found = top.findChild(PreferencesWindow, OBJECT_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    if found is not None:
        return found
    return PreferencesWindow(top, settings if settings is not None else QSettings())
