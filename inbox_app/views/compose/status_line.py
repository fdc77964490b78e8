"""`composeStatus`: the pane's status line, kept per thread, so a line about one draft
("queued, undo with Ctrl+Z", "not saved yet") never shows on another thread's draft."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget


class ThreadStatus(QLabel):
    """A word-wrapped label whose text belongs to the thread it was said on.

    `follow(thread_id)` switches threads: the new thread's own line comes back (if it
    still holds), any other thread's line goes. `setText` says something on the current
    thread; `say(text, while_=check)` says something that holds only while `check()`;
    `saved()` drops the line once the draft is saved, unless it was said `past_save`.
    `note(text)` says something about the edit just made (a paste that was cut): shown
    with whatever line follows, and gone with the seller's next edit (`edited()`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composeStatus")
        self.setWordWrap(True)
        self._key: int | None = None
        self._lines: dict[int | None, tuple[str, Callable[[], bool] | None, bool]] = {}
        self._notes: dict[int | None, str] = {}
        self.hide()  # shown while it has something to say

    @property
    def thread_id(self) -> int | None:
        return self._key

    def setText(self, text: str) -> None:
        self.say(text)

    def say(
        self, text: str, *, while_: Callable[[], bool] | None = None, past_save: bool = False
    ) -> None:
        if text:
            self._lines[self._key] = (text, while_, past_save)
        else:
            self._lines.pop(self._key, None)
        self._show(text)

    def note(self, text: str) -> None:
        """About the edit just made; stays, beside any line, until the next edit."""
        if text:
            self._notes[self._key] = text
        else:
            self._notes.pop(self._key, None)
        self._show(self._line())

    def edited(self) -> None:
        """The seller changed the text: the note about the previous edit is over."""
        if self._notes.pop(self._key, None) is not None:
            self._show(self._line())

    def _line(self) -> str:
        return self._lines.get(self._key, ("", None, False))[0]

    def _show(self, line: str) -> None:
        text = "\n".join(t for t in (self._notes.get(self._key, ""), line) if t)
        if text != self.text():
            super().setText(text)
        self.setVisible(bool(text))

    def follow(self, thread_id: int | None) -> None:
        """The pane shows `thread_id` now: show its line (the pane calls `expire()` once
        the thread's outbox is on screen, which some lines depend on)."""
        self._key = thread_id
        self._show(self._line())

    def adopt(self, thread_id: int | None) -> None:
        """The current draft got its thread (a "Contact buyer" draft was first saved)."""
        if thread_id != self._key and self._key in self._lines:
            self._lines[thread_id] = self._lines.pop(self._key)
        if thread_id != self._key and self._key in self._notes:
            self._notes[thread_id] = self._notes.pop(self._key)
        self._key = thread_id

    def expire(self) -> None:
        """Drop the current line when what it said no longer holds."""
        text, holds, _past_save = self._lines.get(self._key, ("", None, False))
        if holds is not None and not holds():
            self._lines.pop(self._key, None)
            text = ""
        self._show(text)

    def saved(self) -> None:
        """The draft on screen was saved: what was said about saving it no longer holds."""
        if not self._lines.get(self._key, ("", None, False))[2]:
            self.say("")
