"""Database errors split into those a user must see (KnownStoreError) and bugs.

Each known condition has one true sentence; none carries SQL, parameters or buyer data
(the DBAPI text is matched here and never repeated).
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import Self

from inbox_app.store.sentences import english


class KnownStoreError(Exception):
    """A problem the user can act on: say it plainly, never as a traceback.

    `reason` is what is wrong; `cli_step`, when there is one, is the way on that only a
    command line has (`--db`): the window offers its own way on instead (buttons)."""

    def __init__(self, reason: str, cli_step: str = "", *, key: str = "", **params: str) -> None:
        super().__init__(f"{reason} {cli_step}".strip())
        self.reason = reason
        self.cli_step = cli_step
        self.key = key  # the reason's sentence in store/sentences.py ("": none, as it is)
        self.params = params

    @classmethod
    def said(cls, key: str, cli_step: str = "", **params: str) -> Self:
        """The error whose reason is sentence `key` of store/sentences.py with `params`."""
        return cls(english(key, **params), cli_step, key=key, **params)


OTHER_FILE_STEP = english("other_file_step")


class NotADatabaseError(KnownStoreError):
    pass


class ForeignDatabaseError(NotADatabaseError):
    """An SQLite file that belongs to another program: refused untouched."""


class TooNewDatabaseError(KnownStoreError):
    pass


class DatabaseLockedError(KnownStoreError):
    pass


class DiskFullError(KnownStoreError):
    pass


class ReadOnlyStoreError(KnownStoreError):
    """The file, its folder or its file system cannot be written."""


def _the(path: Path | None) -> str:
    return str(path) if path is not None else "the database"


def why_read_only(path: Path | None) -> str:
    """Which of file, folder or file system refuses writes (checked, not guessed)."""
    if path is None:
        return "the file or its folder is read-only"
    folder = path.parent if path.parent.exists() else Path(".")
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "its disk is mounted read-only"
    except OSError:
        pass
    if path.exists():
        try:
            os.close(os.open(path, os.O_RDWR))
        except OSError:
            return "the file is read-only"
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            return "its disk is full"
        return f"its folder {folder} is read-only"
    return "the file or its folder is read-only"


def error_chain(exc: BaseException) -> list[BaseException]:
    """The error and what it happened during (a failed rollback hides the real cause)."""
    out: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(out) < 8:
        out.append(current)
        orig = getattr(current, "orig", None)
        if isinstance(orig, BaseException) and orig is not current:
            out.append(orig)
        current = current.__cause__ or current.__context__
    return out


def translate_operational_error(
    exc: BaseException, path: Path | None = None
) -> KnownStoreError | None:
    """Map a DBAPI error (or one raised while handling it) to a user-facing one."""
    for err in error_chain(exc):
        known = _known(str(err).lower(), path)
        if known is not None:
            return known
    return None


def _known(text: str, path: Path | None) -> KnownStoreError | None:
    where = _the(path)
    if "database or disk is full" in text or "no space left" in text:
        return DiskFullError.said("disk_full", where=where)
    if "disk i/o error" in text:
        return DiskFullError.said("disk_failed", where=where)
    if "readonly database" in text or "read-only file system" in text:
        return ReadOnlyStoreError.said("read_only_save", where=where, why=why_read_only(path))
    if "unable to open database file" in text:
        key = "read_only_open" if path is not None and path.exists() else "read_only_create"
        return ReadOnlyStoreError.said(key, where=where, why=why_read_only(path))
    if "database is locked" in text or "database is busy" in text:
        if path is None:
            return DatabaseLockedError.said("locked_unnamed")
        return DatabaseLockedError.said("locked", where=where)
    if "file is not a database" in text or "malformed" in text:
        return NotADatabaseError.said("damaged_unnamed")
    return None


def store_fault_text(exc: BaseException, path: Path | None = None) -> str:
    """One sentence for a database error met during a sync or an import (no SQL)."""
    from inbox_app.store.busy import is_busy

    if is_busy(exc):
        return english("sync_busy")
    known = translate_operational_error(exc, path)
    if known is not None:
        return str(known)
    return english("sync_write_failed")
