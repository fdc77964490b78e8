"""The window's small writes to threads (read / unread, "no response needed", reopen,
assign / take / unassign), off the GUI thread and shown at once.

A change is applied to the thread list's row and the conversation header the moment it
is asked for (optimistic), then written in the window runner's one-thread lane `LANE`,
so writes land in the order they were made and the GUI thread never waits for the store
(on a team seat, a network round trip to PostgreSQL for every click). The worker reads
the changed rows back after the write, and the window shows what the store now holds.

A store held by another program (SQLite's lock) or a team server out of reach keeps the
change: the worker says so once (one sentence in the status bar) and tries again until
it lands. On a team seat (`keep_offline`), a change the server did not take is kept on
this computer too (services/offline_changes.py), so a seat that quits offline loses
none: the next start replays them in order (`replay`), each once. Any other failure puts
the rows back as they were and says why in one translatable sentence.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import shiboken6
from PySide6.QtCore import QObject, Signal

from inbox_app.models.thread_list_model import ThreadListModel
from inbox_app.services.inbox import InboxService
from inbox_app.services.offline_changes import Keeper, KeptChange, OfflineChanges, Slot
from inbox_app.store.rows import ThreadDetail, ThreadRow
from inbox_app.views.change_text import not_saved_text, refused_text, store_reason
from inbox_app.views.offline_replay import replay_refused_text, replay_write
from inbox_app.views.task_runner import Task, TaskRunner
from inbox_app.views.write_queue import (
    LANE,
    busy_change_text,
    unreachable,
    worth_waiting,
    write_until_landed,
)

FAILED_MS = 15_000  # how long a failure's sentence stays in the status bar

Edit = Callable[[ThreadRow], ThreadRow]
Say = Callable[[BaseException], str]  # the whole sentence for a change refused


class Shown(Protocol):
    """The current thread (views/window_threads.py ThreadsController)."""

    def current_thread(self) -> ThreadRow | None: ...
    def current_thread_id(self) -> int | None: ...
    def show_current(self, tid: int, detail: ThreadDetail | None) -> None: ...
    def show_edited(self, row: ThreadRow) -> None: ...


@dataclass(frozen=True, slots=True)
class _Landed:
    rows: Mapping[int, ThreadRow] | None  # None: written, but not read back (server gone)
    detail: ThreadDetail | None
    current: int | None  # the thread whose detail was read (it was shown)


@dataclass(slots=True)
class _Change:
    ids: tuple[int, ...]
    counts: bool
    say: Say
    done: Callable[[], object] | None
    before: dict[int, ThreadRow] = field(default_factory=dict)  # the rows to put back
    shown: dict[int, ThreadRow] = field(default_factory=dict)  # the rows as edited
    disk: Slot = field(default_factory=lambda: Slot(None))  # a team seat's line for it


class ThreadWrites(QObject):
    """`change(ids, edit, write)`: shown now, written in order off the GUI thread."""

    landed = Signal(list)  # thread ids whose change is written (the rows were read back)
    counts_stale = Signal()  # a landed change moved what the saved views count
    failed = Signal(list, str)  # thread ids put back, the sentence said
    status_message = Signal(str, int)  # text ("" clears), timeout in ms (0: stays)
    waiting = Signal(int, str)  # changes waiting for the team server (0: none), said how

    def __init__(
        self,
        service: InboxService,
        runner: TaskRunner,
        current: Shown,
        *,
        threads: ThreadListModel | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._lane = runner.lane(LANE)
        self._current = current
        self._threads = threads
        self._changes: list[_Change] = []  # asked for, not yet written or refused, in order
        self._busy_shown = False
        self._said = False  # the status bar shows our waiting sentence
        self._wake = threading.Event()  # the server is back (or the window closes): retry now
        self._closing = threading.Event()
        self._keeper: Keeper | None = None  # a team seat's kept changes
        self._away = False
        self._offline = False  # the team server is known to be out of reach
        if threads is not None:  # a new view read before a change landed: shown as changed
            threads.modelReset.connect(self._reshow)

    # --- asking --------------------------------------------------------------------------

    def change(
        self,
        ids: Sequence[int],
        edit: Edit,
        write: Callable[[], object],
        *,
        counts: bool = False,
        say: Say = refused_text,
        done: Callable[[], object] | None = None,
        kept: KeptChange | None = None,
    ) -> None:
        """Show `edit(row)` for each of `ids` now, run `write()` in the lane, then show what
        the store holds; `done()` after it landed. A refused change is put back and `say(exc)`
        is shown. `kept`: the change as a team seat keeps it on disk while the server is
        out of reach."""
        item = _Change(tuple(ids), counts, say, done, disk=Slot(kept))
        if kept is not None and kept.id:
            item.disk.on_disk = kept  # replayed: its line is there already
        held = self.held()
        for ident in item.ids:
            row = self._row(ident)
            if row is None:
                continue
            if ident not in held:
                item.before[ident] = row  # the last row the store confirmed
            else:  # an earlier change still runs: put back what it put back
                item.before[ident] = next(
                    c.before[ident] for c in self._changes if ident in c.before
                )
            item.shown[ident] = edited = edit(row)
            self._show(edited)
        self._changes.append(item)
        shown = self._current.current_thread_id()
        current = shown if shown in item.ids else None
        service, wake, closing, keeper = self._service, self._wake, self._closing, self._keeper
        if keeper is not None and (self._offline or self._away):
            self._waiting(True)  # the server is away: on disk now, behind those before it

        def away(exc: BaseException) -> None:  # in the worker: on disk before it waits
            if keeper is not None and unreachable(exc):
                keeper.keep([item.disk])  # (the oldest unfinished change: this one)

        def run(task: Task) -> _Landed:
            try:
                write_until_landed(task, write, wake, closing, away)
            except Exception as exc:
                if not worth_waiting(exc) and keeper is not None:
                    keeper.over(item.disk)  # refused: said, and its line goes
                raise  # (closing while it waits: it stays on disk for the next start)
            if keeper is not None:
                keeper.over(item.disk)
            return _read_back(service, item.ids, current)

        self._lane.run(
            run,
            on_done=lambda landed: self._landed(item, landed),
            on_failed=lambda exc: self._failed(item, exc),
            on_progress=lambda away, _t: self._waiting(bool(away)),
        )

    def pending(self) -> int:
        """Changes asked for and not yet written (or refused)."""
        return len(self._changes)

    def held(self) -> set[int]:
        """Threads with a change not yet written: a row read meanwhile elsewhere (another
        seat's change) is older than what is shown; theirs come with the read back."""
        return {i for c in self._changes for i in c.ids}

    def keep_offline(self, journal: OfflineChanges) -> None:
        """A team seat: what the server does not take is kept in `journal` too, and how
        many wait is said by `waiting` (the offline banner), not in the status bar."""
        self._keeper = Keeper(journal)

    @property
    def journal(self) -> OfflineChanges | None:
        return self._keeper.journal if self._keeper is not None else None

    def replay(self) -> int:
        """The changes an earlier run kept on this computer, written now, in order (each
        once: its line goes when it lands; one the server refuses is said and goes);
        returns how many."""
        journal = self.journal
        if journal is None:
            return 0
        service, kept = self._service, journal.entries()
        for change in kept:
            self.change(
                [change.thread_id],
                _as_stored,  # shown as the store has it once it lands
                replay_write(change, service),
                counts=True,
                say=replay_refused_text,
                kept=change,
            )
        return len(kept)

    def set_online(self, online: bool) -> None:
        """The team server is back (True): a change waiting for it is tried now; away
        (False): every change waiting goes on disk now, in order."""
        self._offline = not online
        if online:
            self._wake.set()
        else:
            self._keep_waiting()

    def close(self, msecs: int = 5000) -> bool:
        """The window closes: what waits goes on disk (a team seat), one more try of it,
        then give up waiting."""
        self._keep_waiting()
        self._closing.set()
        self._wake.set()
        return self._lane.wait(msecs)

    # --- the rows ------------------------------------------------------------------------

    def _row(self, ident: int) -> ThreadRow | None:
        row = self._threads.cached_row(ident) if self._threads is not None else None
        if row is None:
            shown = self._current.current_thread()
            row = shown if shown is not None and shown.id == ident else None
        return row

    def _show(self, row: ThreadRow) -> None:
        if self._threads is not None:
            self._threads.put_row(row.id, row)
        self._current.show_edited(row)

    def _reshow(self) -> None:
        """The list was read again (another view, a search) while changes wait: their rows
        show as changed; a thread the new view gains by a change comes when it lands."""
        threads = self._threads
        if threads is None or not self._changes:
            return
        latest = {i: r for c in self._changes for i, r in c.shown.items()}
        for ident, row in latest.items():
            threads.put_row(ident, row)

    # --- answers (GUI thread) --------------------------------------------------------------

    def _keep_waiting(self) -> None:
        if self._keeper is not None:
            self._keeper.keep([c.disk for c in self._changes])

    def _waiting(self, away: bool) -> None:
        self._busy_shown = True
        self._away = self._away or away
        if away:
            self._keep_waiting()  # those behind the one that found the server away
        self._say_waiting()

    def waiting_text(self, count: int) -> str:
        """How many changes wait for the team server (kept on this computer meanwhile)."""
        # self.tr: lupdate marks only tr(text, "", n) as a plural message
        return self.tr("%n change(s) waiting for the team server", "", count)

    def _say_waiting(self) -> None:
        if self._away:
            count = len(self._changes)
            text = self.waiting_text(count)
            self.waiting.emit(count, text)
            if self._keeper is None:
                self._say(text)
            elif self._said:  # a team seat: the offline banner says it, once
                self._say("")
        else:
            self._say(busy_change_text())

    def _say(self, text: str) -> None:
        self._said = bool(text)
        self.status_message.emit(text, 0)

    def _settle(self, item: _Change) -> set[int]:
        """`item` is over: the ids no later change holds (their rows are this one's to set)."""
        if item in self._changes:
            self._changes.remove(item)
        held = self.held()
        if self._busy_shown and not self._changes:
            if self._away:
                self.waiting.emit(0, "")
            self._busy_shown = self._away = False
            if self._said:  # (not another part's sentence, e.g. "Back online")
                self._say("")
        elif self._busy_shown:
            self._say_waiting()  # one fewer
        return {i for i in item.ids if i not in held}

    def _landed(self, item: _Change, landed: _Landed) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed meanwhile
        free = self._settle(item)
        if landed.rows is not None:
            for ident, row in landed.rows.items():
                for later in self._changes:  # what a later change puts back, if refused
                    if ident in later.before:
                        later.before[ident] = row
            fresh = {i: r for i, r in landed.rows.items() if i in free}
            if self._threads is not None and fresh:
                self._threads.apply_rows(fresh)
            if landed.current in free:
                self._current.show_current(landed.current, landed.detail)
        if item.counts:
            self.counts_stale.emit()
        self.landed.emit(list(item.ids))
        if item.done is not None:
            item.done()

    def _failed(self, item: _Change, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        free = self._settle(item)
        if isinstance(exc, _ReadBackError):  # written: nothing to put back; a bug to log
            raise exc.__cause__ or exc
        for ident, row in item.before.items():
            if ident in free:
                self._show(row)
        text = item.say(exc)
        self.status_message.emit(text, FAILED_MS)
        self.failed.emit(list(item.ids), text)


def _as_stored(row: ThreadRow) -> ThreadRow:
    return row


def _read_back(service: InboxService, ids: Sequence[int], current: int | None) -> _Landed:
    """The rows as the store holds them now (and the shown thread's detail)."""
    from inbox_app.store.server import is_unreachable

    try:
        rows = service.thread_rows(list(ids))
        detail = service.thread_detail(current) if current is not None else None
    except Exception as exc:
        if not is_unreachable(exc):
            raise _ReadBackError(exc) from exc
        return _Landed(None, None, None)  # written; the listener catches up later
    return _Landed(rows, detail, current)


class _ReadBackError(Exception):
    """The write landed but reading it back failed (a bug, not the seller's change)."""


def unread_edit(read: bool) -> Edit:
    return lambda row: row._replace(unread=not read)


def no_response_edit(row: ThreadRow) -> ThreadRow:
    return row._replace(state="no_response_needed", response_due_ts=None)


def reopen_edit(row: ThreadRow) -> ThreadRow:
    return row._replace(state="open")  # its due time comes with the row read back


def assign_edit(seat_id: str | None, person: str | None) -> Edit:
    return lambda row: row._replace(assignee_id=seat_id, assignee=person)


__all__ = [
    "LANE",
    "ThreadWrites",
    "assign_edit",
    "no_response_edit",
    "not_saved_text",
    "refused_text",
    "reopen_edit",
    "store_reason",
    "unread_edit",
]
