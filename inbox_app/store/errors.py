"""Database errors split into those a user must see (KnownStoreError) and bugs."""

from __future__ import annotations


class KnownStoreError(Exception):
    """A problem the user can act on: say it plainly, never as a traceback."""


class NotADatabaseError(KnownStoreError):
    pass


class TooNewDatabaseError(KnownStoreError):
    pass


class DatabaseLockedError(KnownStoreError):
    pass


class DiskFullError(KnownStoreError):
    pass


def translate_operational_error(exc: BaseException) -> KnownStoreError | None:
    """Map a DBAPI error to a user-facing one where it is a known condition."""
    text = str(exc).lower()
    if "database or disk is full" in text or "disk i/o error" in text:
        return DiskFullError(
            "The disk is full (or failing): Seller Inbox could not save. "
            "Free some space; nothing already saved is lost."
        )
    if "database is locked" in text or "database is busy" in text:
        return DatabaseLockedError(
            "The database is busy in another program or window. Try again in a moment."
        )
    if "file is not a database" in text or "malformed" in text:
        return NotADatabaseError("The database file is damaged or is not a Seller Inbox database.")
    return None
