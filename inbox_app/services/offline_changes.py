"""A team seat's small thread changes made while its server is out of reach, kept on this
computer so that a seat that quits (or dies) offline loses none of them.

One file per team store and seat: `<data dir>/offline-changes/<name>.jsonl`, where
`<name>` is the first 24 hex digits of sha256(public URL + "\\n" + seat id) (the URL
without its password: no secret is in the name or the file). Mode 0600, UTF-8, JSON
Lines, one change per line, in the order they were made:

    {"v": 1, "id": "<32 hex>", "kind": "read" | "no_response" | "reopen" | "assign",
     "thread": <thread id>, "value": <true/false for read, a seat id or null for assign>}

A change is appended (one write of its whole line, then fsync) the first time the server
does not take it; it goes (the file rewritten without it: a temp file, fsync, rename,
fsync of the folder; the file goes with the last) once it is in the shared store. A line
torn by a power cut is skipped. Replayed in order (on the next start, or when the server
is back); each change sets a value (read, a state, an assignee), so one that landed
just before its line went is harmless when replayed: it lands once in effect.
No Qt; the file is local (no network).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from inbox_app.settings import data_dir

FOLDER = "offline-changes"
Kind = Literal["read", "no_response", "reopen", "assign"]
KINDS: tuple[Kind, ...] = ("read", "no_response", "reopen", "assign")
_CHANGING = threading.Lock()  # the GUI thread reads it, the write lane changes it


@dataclass(frozen=True, slots=True)
class KeptChange:
    """One change of one thread waiting for the server."""

    kind: Kind
    thread_id: int
    value: bool | str | None = None
    id: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "v": 1,
            "id": self.id,
            "kind": self.kind,
            "thread": self.thread_id,
            "value": self.value,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> KeptChange:
        kind = raw["kind"]
        if kind not in KINDS or not isinstance(raw["thread"], int) or not raw.get("id"):
            raise ValueError("not a change")
        value = raw.get("value")
        if not (value is None or isinstance(value, (bool, str))):
            raise ValueError("not a value")
        return cls(kind, raw["thread"], value, str(raw["id"]))

    def apply(self, service: Any) -> object:
        """Write it through the window's InboxService (the same call the click made)."""
        if self.kind == "read":
            return service.mark_read(self.thread_id, bool(self.value))
        if self.kind == "no_response":
            return service.mark_no_response_needed(self.thread_id)
        if self.kind == "reopen":
            return service.reopen(self.thread_id)
        seat = self.value if isinstance(self.value, str) else None
        return service.assign(self.thread_id, seat)


class OfflineChanges:
    """The file of one seat's kept changes for one team store (read afresh on each call)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def for_seat(cls, url: str, seat_id: str | None) -> OfflineChanges:
        from inbox_app.store.server import public_url

        name = hashlib.sha256(f"{public_url(url)}\n{seat_id or ''}".encode()).hexdigest()[:24]
        return cls(data_dir() / FOLDER / f"{name}.jsonl")

    def entries(self) -> list[KeptChange]:
        try:
            lines = self.path.read_bytes().split(b"\n")
        except FileNotFoundError:
            return []
        found: list[KeptChange] = []
        for line in lines:
            if not line.strip():
                continue
            with contextlib.suppress(ValueError, KeyError, TypeError):  # a torn last line
                found.append(KeptChange.from_json(json.loads(line)))
        return found

    def keep(self, change: KeptChange) -> KeptChange:
        """Append `change` (with a new id if it has none; one replayed from the file is
        there already); returns it as kept."""
        if change.id and any(c.id == change.id for c in self.entries()):
            return change
        kept = change
        if not kept.id:
            kept = KeptChange(change.kind, change.thread_id, change.value, uuid.uuid4().hex)
        line = (json.dumps(kept.to_json(), ensure_ascii=False) + "\n").encode("utf-8")
        with _CHANGING:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)
        return kept

    def forget(self, change_id: str) -> None:
        """The change is in the shared store now (the file goes with the last one)."""
        with _CHANGING:
            kept = self.entries()
            rest = [c for c in kept if c.id != change_id]
            if len(rest) != len(kept):
                self._write(rest)

    def _write(self, changes: list[KeptChange]) -> None:
        if not changes:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            return
        data = "".join(json.dumps(c.to_json(), ensure_ascii=False) + "\n" for c in changes)
        fd, tmp = tempfile.mkstemp(prefix=".kept-", suffix=".tmp", dir=self.path.parent)
        try:  # mkstemp makes the file 0600
            with os.fdopen(fd, "wb") as fh:
                fh.write(data.encode("utf-8"))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        folder = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


class ReplayRefusedError(Exception):
    """A change an earlier run kept was refused by the server (it is not kept any more):
    which change, and the thread's subject when it could be read (the cause is chained)."""

    def __init__(self, change: KeptChange, subject: str | None) -> None:
        super().__init__(change.kind)
        self.change = change
        self.subject = subject


@dataclass(slots=True)
class Slot:
    """One change a window asked for, as far as the disk is concerned: the change as it is
    kept (None: not one a seat keeps), its line once on disk, and whether it is over
    (landed or refused: its line must go, and it must not be kept again)."""

    change: KeptChange | None
    on_disk: KeptChange | None = None
    over: bool = False


class Keeper:
    """Puts a window's waiting changes on disk in the order they were asked for, from the
    GUI thread (the server is known to be away, the window closes) and from the write lane
    (the change it runs found the server away), each once; takes a line off once its
    change is over. The lock makes "on disk?" and "over?" one decision for both threads."""

    def __init__(self, journal: OfflineChanges) -> None:
        self.journal = journal
        self._lock = threading.Lock()

    def keep(self, slots: list[Slot]) -> None:
        """Every slot in `slots` (oldest first) that is not over and not on disk yet."""
        with self._lock:
            for slot in slots:
                if slot.change is None or slot.over or slot.on_disk is not None:
                    continue
                with contextlib.suppress(OSError):  # a full disk: kept in memory still
                    slot.on_disk = self.journal.keep(slot.change)

    def over(self, slot: Slot) -> None:
        """The slot's change landed or was refused: its line goes (a line left by a failed
        rewrite is replayed next time: it sets what is set already)."""
        with self._lock:
            slot.over = True
            if slot.on_disk is not None:
                with contextlib.suppress(OSError):
                    self.journal.forget(slot.on_disk.id)
