"""Saving the compose pane's draft without stalling the window or overwriting another
window's save: each save names the draft version it started from and is written in the
window's WriteQueue lane, off the GUI thread (a busy store or an unreachable team server
keeps the text, on disk for a team seat, and saves it when it can)."""

from __future__ import annotations

import contextlib
from collections.abc import Hashable
from dataclasses import dataclass

import shiboken6
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
    """A save on its way to the store: its text and the version it started from."""

    content: DraftContent
    version: int
    target: SaveTarget


@dataclass(frozen=True, slots=True)
class Saved:
    """What a save did: `row` is None when an emptied draft was discarded."""

    target: SaveTarget
    content: DraftContent
    row: DraftRow | None
    restored: bool = False  # a draft kept on this computer (an earlier run) that landed


class DraftSaver(QObject):
    """The stored state of the draft the pane shows, and every write of it (in the
    window's WriteQueue lane: the GUI thread never waits for the store)."""

    saved = Signal(object)  # Saved (for the target the pane showed when it saved)
    conflicted = Signal(object, object)  # SaveTarget, DraftRow | None (theirs)
    failed = Signal(object, str)  # SaveTarget, one sentence: why it is not saved yet
    waiting = Signal(object)  # SaveTarget: the store is busy or away; the text is kept
    saving = Signal(object)  # SaveTarget: a save of it is on its way to the store

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
        self.chain = SaveChain()  # the worker's record of this saver's own landed saves
        writes.waiting_for.connect(self._waiting_for)

    @property
    def stored(self) -> bool:
        return self.version > 0

    def open(self, target: SaveTarget | None, draft: DraftRow | None) -> DraftContent | None:
        """The pane now shows `target`; returns the text to show: a save of it still on
        its way to the store, else the stored draft's."""
        self._key = target.key if target is not None else None
        self.in_conflict = False
        self.version = draft.version if draft is not None else 0
        self.content = draft.content() if draft is not None else None
        if target is not None:
            waiting = self.writes.payload(target.key)
            if isinstance(waiting, Waiting):
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

    def pending(self, target: SaveTarget) -> bool:
        """A save of `target` is on its way (or waits for the store)."""
        return self.writes.waiting(target.key)

    def latest(self, target: SaveTarget) -> DraftContent | None:
        """The newest text of `target` this pane gave the store (landed or on its way)."""
        waiting = self.writes.payload(target.key)
        return waiting.content if isinstance(waiting, Waiting) else self.content

    def save(self, target: SaveTarget, snap: DraftContent) -> bool:
        """Save `snap` if it changed; True when nothing is left to save (the store has
        it), False when a save is on its way (`saved` or `failed` follows)."""
        on_way = self.pending(target)
        if snap == self.latest(target) or (
            not self.stored and not on_way and snap.is_empty(target.default_subject)
        ):
            if self.content is None:
                self.content = snap
            return not on_way
        if self.in_conflict:
            return False  # the seller chooses first: the conflict bar says so
        self._key = target.key
        self._submit(target, snap, self.version)
        return False

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
            self._submit(target, kept.content, kept.version, restored=True)
            count += 1
        return count

    def _submit(
        self, target: SaveTarget, snap: DraftContent, version: int, *, restored: bool = False
    ) -> None:
        service, chain, kept = self._service, self.chain, self.kept

        def write() -> Saved:  # in the lane's worker
            thread_id = chain.thread_for(target)
            base = chain.version_after(target, thread_id, version)
            if snap.is_empty(target.default_subject) and thread_id is not None:
                service.discard_draft(thread_id, expect_version=base)
                row = None
            else:
                row = service.save_draft(
                    thread_id,
                    snap,
                    order_id=target.order_id if thread_id is None else None,
                    expect_version=base,
                )
            chain.landed(target, thread_id, base, row)
            if kept is not None:
                with contextlib.suppress(OSError):  # an entry left over is written again
                    kept.forget(draft_key(target.thread_id, target.order_id), snap)
            return Saved(target, snap, row, restored)

        def keep(_exc: BaseException) -> None:  # in the worker: the text goes to disk too
            self._keep_here(target, snap, version)

        waits = self.writes.offline or self.writes.stalled()
        if waits:  # it will wait: on disk now
            self._keep_here(target, snap, version)
        self.writes.run(
            target.key,
            write,
            on_done=self._landed,
            on_failed=lambda exc: self._failed(target, exc, snap, restored=restored),
            on_wait=None if waits else keep,  # (kept on disk above already)
            payload=Waiting(snap, version, target),
        )
        self.saving.emit(target)
        if waits:
            self.waiting.emit(target)

    def _waiting_for(self, key: Hashable, _away: bool) -> None:
        waiting = self.writes.payload(key)
        if isinstance(waiting, Waiting):
            self.waiting.emit(waiting.target)

    def keep_unlanded(self) -> int:
        """Closing with saves still on their way (the server out of reach): each text is
        kept on this computer (a team seat), sent at the next start; returns how many."""
        count = 0
        for payload in self.writes.unlanded():
            if isinstance(payload, Waiting) and self.kept is not None:
                self._keep_here(payload.target, payload.content, payload.version)
                count += 1
        return count

    def _keep_here(self, target: SaveTarget, snap: DraftContent, version: int) -> None:
        """A team seat's draft the server did not take now: kept in the local file too
        (in the lane's worker, where every write of the file is made)."""
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

    def _mine(self, key: Hashable) -> bool:
        return key == self._key

    def _landed(self, result: Saved) -> None:
        if not shiboken6.isValid(self):
            return  # its pane closed meanwhile (the save itself landed)
        if self._mine(result.target.key) or (
            result.row is not None and self._mine(("draft", result.row.thread_id))
        ):
            self.content = result.content
            self.version = result.row.version if result.row is not None else 0
            if result.row is not None:
                self._key = ("draft", result.row.thread_id)
        self.saved.emit(result)

    def _failed(
        self,
        target: SaveTarget,
        exc: BaseException,
        snap: DraftContent | None = None,
        *,
        restored: bool = False,
    ) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(exc, DraftConflictError):
            if restored and snap is not None and exc.theirs is not None:
                self._keep_both(target, snap, exc.theirs)  # the pane shows it when it lands
            elif self._mine(target.key):
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
        "keep both" does; nothing of either is lost (the kept entry goes once it landed)."""
        to = SaveTarget(theirs.thread_id, None, target.default_subject)
        merged = both_texts(mine, theirs)
        self._keep_here(to, merged, theirs.version)
        if to.key != target.key and self.kept is not None:
            with contextlib.suppress(OSError):
                self.kept.forget(draft_key(target.thread_id, target.order_id))
        self._submit(to, merged, theirs.version, restored=True)


class SaveChain:
    """The lane worker's record of one saver's own landed saves, so a save asked for
    before the GUI thread heard of the one before it builds on that one (not a conflict
    with itself): which version each landed save moved the draft from and to, and the
    thread a "Contact buyer" draft's first save made. Read and written by the lane's one
    worker thread only."""

    LINKS = 64  # kept per draft: more than the saves one pane asks for while one is on its way

    def __init__(self) -> None:
        self._moved: dict[int | Hashable, dict[int, int]] = {}  # draft -> {from: to}
        self._made: dict[int, int] = {}  # order id -> the thread its first save made

    def thread_for(self, target: SaveTarget) -> int | None:
        if target.thread_id is not None or target.order_id is None:
            return target.thread_id
        return self._made.get(target.order_id)

    def _key(self, target: SaveTarget, thread_id: int | None) -> int | Hashable:
        return thread_id if thread_id is not None else target.key

    def version_after(self, target: SaveTarget, thread_id: int | None, version: int) -> int:
        links = self._moved.get(self._key(target, thread_id), {})
        for _ in range(self.LINKS):
            moved = links.get(version)
            if moved is None:
                break
            version = moved
        return version

    def landed(
        self, target: SaveTarget, thread_id: int | None, base: int, row: DraftRow | None
    ) -> None:
        if row is None:  # discarded: an order's draft thread may be gone with it
            self._made = {o: t for o, t in self._made.items() if t != thread_id}
        elif thread_id is None and target.order_id is not None:
            self._made[target.order_id] = row.thread_id
        key = row.thread_id if row is not None else self._key(target, thread_id)
        made = row.version if row is not None else 0
        links = self._moved.setdefault(key, {})
        links.pop(made, None)  # a link of an earlier life of the draft
        if made != base:
            links[base] = made
        while len(links) > self.LINKS:
            del links[next(iter(links))]  # the oldest: no save on its way starts there


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


__all__ = ["DraftSaver", "SaveChain", "SaveTarget", "Saved", "Waiting", "busy_text"]
