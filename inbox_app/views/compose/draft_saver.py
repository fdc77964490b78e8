"""Saving the compose pane's draft without stalling the window or overwriting another
window's save: each save names the draft version it started from and goes through the
window's WriteQueue (a busy store keeps the text and saves it when the lock is free)."""

from __future__ import annotations

import contextlib
from collections.abc import Hashable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from sqlalchemy.exc import SQLAlchemyError

from inbox_app.models.known_sentences import known_sentence_text
from inbox_app.models.store_text import store_fault_text
from inbox_app.services.compose import ComposeService
from inbox_app.services.drafts import (
    DraftConflictError,
    DraftContent,
    DraftError,
    DraftRow,
    both_texts,
)
from inbox_app.services.offline_drafts import KeptDraft, OfflineDrafts, draft_key
from inbox_app.views.write_queue import WriteQueue, busy_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComposePane", text)


@dataclass(frozen=True, slots=True)
class SaveTarget:
    """Where a draft goes: a thread's draft, or a new message about an order (no thread yet)."""

    thread_id: int | None
    order_id: int | None = None
    default_subject: str = ""

    @property
    def key(self) -> Hashable:
        if self.thread_id is not None:
            return ("draft", self.thread_id)
        return ("order-draft", self.order_id)


@dataclass(frozen=True, slots=True)
class Waiting:
    """A save that waits for the store: its text and the version it started from."""

    content: DraftContent
    version: int


@dataclass(frozen=True, slots=True)
class Saved:
    """What a save did: `row` is None when an emptied draft was discarded."""

    target: SaveTarget
    content: DraftContent
    row: DraftRow | None


class DraftSaver(QObject):
    """The stored state of the draft the pane shows, and every write of it."""

    saved = Signal(object)  # Saved (for the target the pane showed when it saved)
    conflicted = Signal(object, object)  # SaveTarget, DraftRow | None (theirs)
    failed = Signal(object, str)  # SaveTarget, one sentence: why it is not saved yet
    waiting = Signal(object)  # SaveTarget: the store is busy; the text waits in the queue

    def __init__(
        self, service: ComposeService, writes: WriteQueue, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.writes = writes
        self._key: Hashable | None = None
        self.content: DraftContent | None = None  # what the store holds (as this pane knows)
        self.version = 0  # of the stored draft this pane's text started from (0: none)
        self.in_conflict = False
        # a team seat's drafts the server did not take yet, kept on this computer too
        self.kept: OfflineDrafts | None = service.offline_drafts()

    @property
    def stored(self) -> bool:
        return self.version > 0

    def open(self, target: SaveTarget | None, draft: DraftRow | None) -> DraftContent | None:
        """The pane now shows `target`; returns the text to show: a save of it still
        waiting for the store, else the stored draft's."""
        self._key = target.key if target is not None else None
        self.in_conflict = False
        self.version = draft.version if draft is not None else 0
        self.content = draft.content() if draft is not None else None
        if target is not None:
            waiting = self.writes.payload(target.key)
            if isinstance(waiting, Waiting):
                self.version = waiting.version
                return waiting.content
        return self.content

    def adopt(self, target: SaveTarget, shown: DraftContent) -> None:
        """What is on screen now counts as saved (a fresh pane, or after a reload)."""
        self._key = target.key
        if self.content is None:
            self.content = shown

    def resolve(self, theirs: DraftRow | None) -> None:
        """The seller chose (keep mine, theirs, or both): the next save builds on theirs."""
        self.in_conflict = False
        self.version = theirs.version if theirs is not None else 0
        self.content = theirs.content() if theirs is not None else None

    def save(self, target: SaveTarget, snap: DraftContent) -> bool:
        """Save `snap` if it changed; True when the store has it now."""
        if snap == self.content or (not self.stored and snap.is_empty(target.default_subject)):
            self.writes.drop(target.key)  # an older text still waiting is no longer wanted
            self._forget_kept(target)
            if self.content is None:
                self.content = snap
            return True
        if self.in_conflict:
            return False  # the seller chooses first: the conflict bar says so
        self._key = target.key
        return self._submit(target, snap, self.version)

    def restore_kept(self) -> int:
        """Drafts this seat kept on this computer while the team server was out of reach
        (in an earlier run too) go to the queue, and so to the server; returns how many."""
        if self.kept is None:
            return 0
        count = 0
        for kept in self.kept.entries():
            target = SaveTarget(kept.thread_id, kept.order_id, kept.default_subject)
            if self.writes.waiting(target.key):
                continue  # this run's own text for it is already waiting
            self._submit(target, kept.content, kept.version)
            count += 1
        return count

    def _submit(self, target: SaveTarget, snap: DraftContent, version: int) -> bool:
        def write() -> Saved:
            if snap.is_empty(target.default_subject) and target.thread_id is not None:
                self._service.discard_draft(target.thread_id, expect_version=version)
                return Saved(target, snap, None)
            row = self._service.save_draft(
                target.thread_id,
                snap,
                order_id=target.order_id if target.thread_id is None else None,
                expect_version=version,
            )
            return Saved(target, snap, row)

        try:
            done = self.writes.run(
                target.key,
                write,
                on_done=self._landed,
                on_failed=lambda exc: self._failed(target, exc, snap),
                payload=Waiting(snap, version),
            )
        except (DraftError, SQLAlchemyError, OSError) as exc:
            self._failed(target, exc, snap)
            return False
        if not done:
            self._keep_here(target, snap, version)
            self.waiting.emit(target)
        return done

    def _keep_here(self, target: SaveTarget, snap: DraftContent, version: int) -> None:
        """A team seat's draft the server did not take now: kept in the local file too."""
        if self.kept is None:
            return
        key = draft_key(target.thread_id, target.order_id)
        try:
            self.kept.keep(
                KeptDraft(
                    key, target.thread_id, target.order_id, version, snap, target.default_subject
                )
            )
        except OSError as exc:
            why = _describe(exc)
            self.failed.emit(target, _tr("Draft not saved yet: {error}").format(error=why))

    def _forget_kept(self, target: SaveTarget) -> None:
        if self.kept is not None:
            with contextlib.suppress(OSError):  # an entry left over is written again, no more
                self.kept.forget(draft_key(target.thread_id, target.order_id))

    def _mine(self, key: Hashable) -> bool:
        return key == self._key

    def _landed(self, result: Saved) -> None:
        self._forget_kept(result.target)
        if self._mine(result.target.key) or (
            result.row is not None and self._mine(("draft", result.row.thread_id))
        ):
            self.content = result.content
            self.version = result.row.version if result.row is not None else 0
            if result.row is not None:
                self._key = ("draft", result.row.thread_id)
        self.saved.emit(result)

    def _failed(
        self, target: SaveTarget, exc: BaseException, snap: DraftContent | None = None
    ) -> None:
        if isinstance(exc, DraftConflictError):
            if self._mine(target.key):
                self.in_conflict = True
                self.conflicted.emit(target, exc.theirs)
            elif snap is not None and exc.theirs is not None and self._was_kept(target):
                self._keep_both(target, snap, exc.theirs)
            return
        if not isinstance(exc, (DraftError, SQLAlchemyError, OSError)):
            raise exc
        self.failed.emit(target, _tr("Draft not saved yet: {error}").format(error=_describe(exc)))

    def _was_kept(self, target: SaveTarget) -> bool:
        return self.kept is not None and (
            self.kept.get(draft_key(target.thread_id, target.order_id)) is not None
        )

    def _keep_both(self, target: SaveTarget, mine: DraftContent, theirs: DraftRow) -> None:
        """A kept draft whose stored version moved on while this seat was offline (and the
        pane shows another draft): both texts are saved, mine first, as the conflict bar's
        "keep both" does; nothing of either is lost."""
        to = SaveTarget(theirs.thread_id, None, target.default_subject)
        merged = both_texts(mine, theirs)
        self._keep_here(to, merged, theirs.version)
        if to.key != target.key:
            self._forget_kept(target)
        self._submit(to, merged, theirs.version)


def _describe(exc: BaseException) -> str:
    """One sentence, never SQL: the store's known faults have their own words."""
    if isinstance(exc, DraftError):
        return known_sentence_text(str(exc))
    known = store_fault_text(exc)
    if known is not None:
        return known
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return _tr("the store could not be written; your text is kept")


__all__ = ["DraftSaver", "SaveTarget", "Saved", "Waiting", "busy_text"]
