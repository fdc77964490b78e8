"""How long a write waits for another writer's lock (SQLite busy_timeout), per thread.

Workers wait the full default; the GUI thread wraps its writes in `brief_waits()` so a
lock held by another process costs it a fraction of a second, and retries later instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from sqlite3 import OperationalError as SqliteOperationalError

DEFAULT_WAIT_MS = 5000
BRIEF_WAIT_MS = 80  # the GUI thread's budget: a frame or five, never a freeze

# a new thread starts with an empty context, so a worker always gets the default
_wait_ms: ContextVar[int] = ContextVar("inbox_busy_wait_ms", default=DEFAULT_WAIT_MS)


def wait_ms() -> int:
    """The busy timeout for a write transaction begun on this thread now."""
    return _wait_ms.get()


@contextmanager
def brief_waits(ms: int = BRIEF_WAIT_MS) -> Iterator[None]:
    """Writes begun inside wait at most `ms` for a lock, then raise "database is locked"."""
    token = _wait_ms.set(ms)
    try:
        yield
    finally:
        _wait_ms.reset(token)


def is_busy(exc: BaseException) -> bool:
    """True when `exc` (or what it was raised during) is SQLite's "locked"/"busy"."""
    from sqlalchemy.exc import OperationalError  # (not at import: views import brief_waits)

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, (OperationalError, SqliteOperationalError)):
            text = str(current).lower()
            if "database is locked" in text or "database is busy" in text:
                return True
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return False
