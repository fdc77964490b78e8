"""Database errors split into those a user must see (KnownStoreError) and bugs.

Each known condition has one true sentence; none carries SQL, parameters or buyer data
(the DBAPI text is matched here and never repeated).
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path


class KnownStoreError(Exception):
    """A problem the user can act on: say it plainly, never as a traceback.

    `reason` is what is wrong; `cli_step`, when there is one, is the way on that only a
    command line has (`--db`): the window offers its own way on instead (buttons)."""

    def __init__(self, reason: str, cli_step: str = "") -> None:
        super().__init__(f"{reason} {cli_step}".strip())
        self.reason = reason
        self.cli_step = cli_step


OTHER_FILE_STEP = "Choose another file with --db."


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
    if "database or disk is full" in text or "no space left" in text:
        return DiskFullError(
            f"The disk is full, so Seller Inbox could not save to {_the(path)}; "
            "free some space (nothing already saved is lost)."
        )
    if "disk i/o error" in text:
        return DiskFullError(
            f"The disk holding {_the(path)} failed to write (full or failing), so Seller "
            "Inbox could not save; nothing already saved is lost."
        )
    if "readonly database" in text or "read-only file system" in text:
        return ReadOnlyStoreError(
            f"Seller Inbox cannot save to {_the(path)} because {why_read_only(path)}; "
            "nothing was changed."
        )
    if "unable to open database file" in text:
        verb = "open" if path is not None and path.exists() else "create"
        return ReadOnlyStoreError(
            f"Seller Inbox cannot {verb} {_the(path)} because {why_read_only(path)}; "
            "nothing was changed."
        )
    if "database is locked" in text or "database is busy" in text:
        return DatabaseLockedError(
            f"{_the(path).capitalize() if path is None else path} is in use by another "
            "program or window that holds it locked; close it or try again in a moment."
        )
    if "file is not a database" in text or "malformed" in text:
        return NotADatabaseError("The database file is damaged or is not a Seller Inbox database.")
    return None


def store_fault_text(exc: BaseException, path: Path | None = None) -> str:
    """One sentence for a database error met during a sync or an import (no SQL)."""
    from inbox_app.store.busy import is_busy

    if is_busy(exc):
        return (
            "The store is busy (another program is writing), so this sync stopped; it "
            "continues where it left off next time."
        )
    known = translate_operational_error(exc, path)
    if known is not None:
        return str(known)
    return "Seller Inbox could not write to its store, so this sync stopped; nothing was lost."
