"""Keeps the [Important] toggle and the subject in step, both ways, without signal loops."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker, Signal
from PySide6.QtWidgets import QAbstractButton, QLineEdit

from inbox_app.services.subject_tags import has_tag, important_tag, tag_spans
from inbox_app.views.compose.text_spans import utf16_index


class TagSync(QObject):
    """Toggle on -> the marketplace's tag at the start of the subject; off -> every tag
    removed. Typing or deleting a tag by hand (any case, anywhere) moves the toggle.

    Edits go through the line edit's own editing API, so Ctrl+Z undoes a toggle too.
    """

    changed = Signal(bool)  # the subject now has (True) or lacks (False) the tag

    def __init__(self, subject: QLineEdit, toggle: QAbstractButton, parent: QObject) -> None:
        super().__init__(parent)
        self._subject = subject
        self._toggle = toggle
        self._marketplace = "US"
        self._editing = False
        toggle.toggled.connect(self._on_toggled)
        subject.textChanged.connect(self._on_text_changed)

    @property
    def marketplace(self) -> str:
        return self._marketplace

    def set_marketplace(self, code: str) -> None:
        self._marketplace = code or "US"
        self.sync_from_subject()

    def tag(self) -> str:
        return important_tag(self._marketplace)

    def sync_from_subject(self) -> None:
        """Set the toggle from the subject (after a draft was loaded)."""
        self._on_text_changed(self._subject.text())

    # --- the two directions ------------------------------------------------------

    def _on_text_changed(self, text: str) -> None:
        if self._editing:
            return
        present = has_tag(text, self._marketplace)
        if self._toggle.isChecked() != present:
            with QSignalBlocker(self._toggle):
                self._toggle.setChecked(present)
            self.changed.emit(present)

    def _on_toggled(self, checked: bool) -> None:
        edit = self._subject
        text = edit.text()
        if checked == has_tag(text, self._marketplace):
            return
        cursor = edit.cursorPosition()
        self._editing = True
        try:
            if checked:
                insert = self.tag() + ("" if text.startswith(" ") or not text else " ")
                edit.setCursorPosition(0)
                edit.insert(insert)
                edit.setCursorPosition(cursor + len(insert))
            else:
                for span in reversed(tag_spans(text, self._marketplace)):
                    start, end = span
                    # take one neighbouring space with the tag, so no double space is left
                    if end < len(text) and text[end] == " ":
                        end += 1
                    elif start > 0 and text[start - 1] == " ":
                        start -= 1
                    a, b = utf16_index(text, start), utf16_index(text, end)
                    edit.setSelection(a, b - a)
                    edit.del_()
                    text = edit.text()
                    if cursor > b:
                        cursor -= b - a
                    elif cursor > a:
                        cursor = a
                edit.setCursorPosition(min(cursor, len(edit.text())))
        finally:
            self._editing = False
        self.changed.emit(checked)
