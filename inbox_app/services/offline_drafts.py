"""Drafts a team seat could not write to the server, kept on this computer.

While the team's PostgreSQL server is out of reach, every draft the seller types is kept
in one small JSON file in the user data dir (mode 0600; written atomically: a temp file,
fsync, rename, fsync of the folder), one entry per draft key, so a seat that quits or dies
before the server is back loses nothing. An entry goes once its draft is in the shared
store; the file goes with the last entry. No Qt; the file is local (no network).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from inbox_app.services.drafts import DraftAttachment, DraftContent
from inbox_app.settings import data_dir

FOLDER = "offline-drafts"
# the file is read, changed and written again by the GUI thread (a draft kept while the
# server is away) and by the window's write lane (an entry forgotten once it landed)
_CHANGING = threading.Lock()


@dataclass(frozen=True, slots=True)
class KeptDraft:
    """One draft waiting for the server: where it goes, the version of the stored draft
    its text started from (0: none), and the text."""

    key: str  # "draft:<thread id>" or "order-draft:<order id>"
    thread_id: int | None
    order_id: int | None
    version: int
    content: DraftContent
    default_subject: str = ""

    def to_json(self) -> dict[str, Any]:
        c = self.content
        return {
            "key": self.key,
            "thread_id": self.thread_id,
            "order_id": self.order_id,
            "version": self.version,
            "default_subject": self.default_subject,
            "subject": c.subject,
            "body": c.body,
            "important": c.important,
            "attachments": [asdict(a) for a in c.attachments],
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> KeptDraft:
        content = DraftContent(
            str(raw["subject"]),
            str(raw["body"]),
            bool(raw.get("important", False)),
            tuple(DraftAttachment(**a) for a in raw.get("attachments", ())),
        )
        return cls(
            key=str(raw["key"]),
            thread_id=None if raw.get("thread_id") is None else int(raw["thread_id"]),
            order_id=None if raw.get("order_id") is None else int(raw["order_id"]),
            version=int(raw.get("version", 0)),
            content=content,
            default_subject=str(raw.get("default_subject", "")),
        )


def draft_key(thread_id: int | None, order_id: int | None) -> str:
    return f"draft:{thread_id}" if thread_id is not None else f"order-draft:{order_id}"


class OfflineDrafts:
    """The file of one seat's kept drafts for one team store (read afresh on every call:
    two panes of a window share it)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def for_seat(cls, url: str, seat_id: str | None) -> OfflineDrafts:
        """The file for this store (its public URL: never a password) and seat."""
        from inbox_app.store.server import public_url

        name = hashlib.sha256(f"{public_url(url)}\n{seat_id or ''}".encode()).hexdigest()[:24]
        return cls(data_dir() / FOLDER / f"{name}.json")

    def entries(self) -> list[KeptDraft]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError):
            # unreadable (a disk fault): set aside for the seller, never overwritten
            with contextlib.suppress(OSError):
                self.path.replace(self.path.with_suffix(".unreadable"))
            return []
        found: list[KeptDraft] = []
        for item in raw.get("drafts", []) if isinstance(raw, dict) else []:
            with contextlib.suppress(KeyError, TypeError, ValueError):
                found.append(KeptDraft.from_json(item))
        return found

    def keep(self, draft: KeptDraft) -> None:
        """Add or replace the entry of `draft.key` (the newest text wins)."""
        with _CHANGING:
            rest = [d for d in self.entries() if d.key != draft.key]
            self._write([*rest, draft])

    def forget(self, key: str, content: DraftContent | None = None) -> None:
        """The draft of `key` is in the shared store now (the file goes with the last);
        with `content`, only if that is the text kept (a newer one kept since stays)."""
        with _CHANGING:
            kept = self.entries()
            rest = [
                d for d in kept if d.key != key or (content is not None and d.content != content)
            ]
            if len(rest) != len(kept):
                self._write(rest)

    def get(self, key: str) -> KeptDraft | None:
        return next((d for d in self.entries() if d.key == key), None)

    def _write(self, drafts: list[KeptDraft]) -> None:
        if not drafts:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            return
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        data = json.dumps(
            {"version": 1, "drafts": [d.to_json() for d in drafts]}, ensure_ascii=False
        ).encode("utf-8")
        fd, tmp = tempfile.mkstemp(prefix=".kept-", suffix=".tmp", dir=self.path.parent)
        try:  # mkstemp makes the file 0600
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        folder = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)  # the rename itself survives a power cut
        finally:
            os.close(folder)
