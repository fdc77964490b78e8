"""The compose pane's draft saving, as a part of the pane: what is on screen goes to the
store through the DraftSaver (off the GUI thread, in order, versions), its state beside
the buttons ("Saving…", "Saved", "Not saved"); a conflict with another window's save is
shown in the DraftConflictBar until the seller chooses."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, SignalInstance
from PySide6.QtGui import QTextCursor

from inbox_app.services.compose import ComposeService
from inbox_app.services.compose_target import ComposeInfo
from inbox_app.services.drafts import DraftContent, DraftRow
from inbox_app.views.compose.draft_conflict import (
    KEEP_BOTH,
    KEEP_MINE,
    USE_THEIRS,
    DraftConflictBar,
    both_texts,
)
from inbox_app.views.compose.draft_saver import DraftSaver, Saved, SaveTarget, busy_text
from inbox_app.views.write_queue import WriteQueue

if TYPE_CHECKING:
    from inbox_app.views.compose.attachments import Attachments
    from inbox_app.views.compose.layout import ComposeUi
    from inbox_app.views.compose.live_check import LiveCheck
    from inbox_app.views.compose.send_controller import SendController
    from inbox_app.views.compose.tag_sync import TagSync


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComposePane", text)


QUIT_WAIT_MS = 5000  # how long quitting waits for a save on its way (then it is kept)


def saving_text() -> str:
    return _tr("Saving…")


SAVING, SAVED, NOT_SAVED, KEPT = "…", "✓", "✗", "⌂"  # the marks on a narrow pane


def kept_text() -> str:
    """A team seat's draft while the server is out of reach (or busy)."""
    return _tr(
        "The team server cannot be reached: your draft is kept on this computer and "
        "saved to the team inbox when the server is back."
    )


class DraftSaving:
    """Mixed into ComposePane (which builds every attribute declared here)."""

    service: ComposeService
    ui: ComposeUi
    tags: TagSync
    live: LiveCheck
    attachments: Attachments
    sending: SendController
    saver: DraftSaver
    conflict: DraftConflictBar
    writes: WriteQueue
    save_timer: QTimer
    draft_saved: SignalInstance
    thread_created: SignalInstance
    _info: ComposeInfo | None
    _order_mode: bool
    _loading: bool
    _save_delay: int

    if TYPE_CHECKING:  # ComposePane's own methods

        def _claim(self, thread_id: int | None) -> None: ...
        def snapshot(self) -> DraftContent: ...
        def run_check(self) -> None: ...
        def flush(self) -> bool: ...

    def _show_content(self, shown: DraftContent | None, default_subject: str) -> None:
        self._loading = True
        try:
            self.tags.set_marketplace(self._info.marketplace if self._info else "US")
            self.ui.subject.setText(shown.subject if shown else default_subject)
            self.ui.body.setPlainText(shown.body if shown else "")
            if shown:
                self.attachments.load(shown.attachments)
            else:
                self.attachments.clear()
            self.tags.sync_from_subject()
            self.ui.subject.setCursorPosition(0)  # a long subject shows its start (and tag)
            self.ui.body.moveCursor(QTextCursor.MoveOperation.End)  # go on where it ends
        finally:
            self._loading = False

    def _target(self) -> SaveTarget | None:
        info = self._info
        if info is None:
            return None
        return SaveTarget(info.thread_id, info.order_id, info.default_subject)

    def save_now(self) -> bool:
        """Save the draft if it changed; True when the store has what is on screen."""
        self.save_timer.stop()
        target = self._target()
        if target is None:
            return True
        if self.conflict.active:
            self.ui.status.setText(_tr("Choose which text to keep first (above)."))
            return False
        return self.saver.save(target, self.snapshot())

    def _saved_draft(self, result: Saved) -> None:
        info, row, current = self._info, result.row, self._target()
        ours = current is not None and result.target.key == current.key
        if row is None and result.target.thread_id is not None:  # an emptied draft went
            if (
                ours
                and self._order_mode
                and not self.service.thread_exists(result.target.thread_id)
            ):
                assert info is not None
                self._info = replace(info, thread_id=None)
        elif row is not None and ours and info is not None and info.thread_id is None:
            self._info = replace(info, thread_id=row.thread_id)
            self._claim(row.thread_id)
            self.ui.status.adopt(row.thread_id)
            self.sending.watch.thread_id = row.thread_id
            self.thread_created.emit(row.thread_id)
        if ours:
            if result.restored:  # a draft kept here in an earlier run: its text now
                self._show_content(result.content, self._default_subject())
                self.live.invalidate()
                self.run_check()
            self.save_timer.setInterval(self._save_delay)
            self.ui.status.saved()
            self.show_save_state()
        thread_id = row.thread_id if row is not None else result.target.thread_id
        if thread_id is not None:
            self.draft_saved.emit(thread_id)

    def _ours(self, target: SaveTarget) -> bool:
        current = self._target()
        return current is not None and current.key == target.key

    def _saving(self, target: SaveTarget) -> None:
        if self._ours(target):
            self.ui.save_state.say(saving_text(), SAVING)

    def _waiting(self, target: SaveTarget) -> None:
        if self._ours(target):
            kept = self.saver.kept is not None
            if kept:
                self.ui.save_state.say(_tr("Kept on this computer"), KEPT)
            else:
                self.ui.save_state.say(saving_text(), SAVING)
            self.ui.status.setText(kept_text() if kept else busy_text())

    def _not_saved(self, target: SaveTarget, text: str) -> None:
        if not self._ours(target):
            return
        self.ui.save_state.say(_tr("Not saved"), NOT_SAVED)
        self.ui.status.setText(text)
        self.save_timer.start(max(2000, self._save_delay))  # keep trying; text stays

    def show_save_state(self) -> None:
        """The state of the draft on screen: on its way, or what the store holds."""
        target = self._target()
        if target is None or not self.saver.pending(target):
            self.ui.save_state.say(_tr("Saved") if self.saver.stored else "", SAVED)
        else:
            self.ui.save_state.say(saving_text(), SAVING)

    def finish_saving(self, msecs: int) -> bool:
        """Closing: the draft on screen and every save on its way are written, waiting at
        most `msecs` (the state says why the window waits); what still is not is kept on
        this computer (a team seat). True when all of it landed."""
        self.leave()
        if not self.writes.pending():
            return True
        self.ui.save_state.say(_tr("Saving before closing…"), SAVING)
        self.ui.save_state.repaint()
        done = self.writes.close(msecs)
        if not done:
            self.saver.keep_unlanded()
        return done

    def _conflicted(self, target: SaveTarget, theirs: DraftRow | None) -> None:
        if self._ours(target):
            self.ui.save_state.say(_tr("Not saved"), NOT_SAVED)
            self.conflict.show_theirs(theirs)
            self.ui.status.setText(_tr("This draft was changed in another window."))

    def choose(self, action: str) -> None:
        """The seller's answer to a conflict: keep mine, use theirs, or keep both."""
        theirs = self.conflict.theirs
        if not self.conflict.active:
            return
        self.conflict.clear()
        self.saver.resolve(theirs)
        if action == USE_THEIRS:
            self._show_content(theirs.content() if theirs else None, self._default_subject())
            self.saver.adopt(self._target() or SaveTarget(None), self.snapshot())
            self.live.invalidate()
            self.run_check()
        elif action == KEEP_BOTH:
            self._show_content(both_texts(self.snapshot(), theirs), self._default_subject())
        elif action != KEEP_MINE:
            return
        self.ui.status.setText("")
        self.save_now()
        self.ui.body.setFocus()

    def _default_subject(self) -> str:
        return self._info.default_subject if self._info else ""

    def leave(self) -> None:
        """Leaving this draft (another thread, another editor, quitting): a conflict the
        seller has not settled keeps both texts, so nothing is lost."""
        if self.conflict.active:
            self.choose(KEEP_BOTH)
        self.flush()

    def _quit(self) -> None:
        self.finish_saving(QUIT_WAIT_MS)
