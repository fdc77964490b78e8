"""Markers beside a store file while a process has it open, to tell a clean shutdown
from a crash without reading the whole file.

`inbox.sqlite3-open-<pid>` exists while that process has the store open and is removed
when it closes the store. A marker whose process is gone means that run ended uncleanly
(killed, crashed, power lost): the next open runs SQLite's whole-file check
(`PRAGMA quick_check`, about 1 s per GB), and only then. `inbox-app db check` runs the
full integrity check on request.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

_INFIX = "-open-"
_lock = threading.Lock()
_open_here: dict[Path, int] = {}  # marker -> stores this process has open on it


def _markers(db: Path) -> list[tuple[Path, int]]:
    found = []
    try:
        candidates = list(db.parent.glob(f"{db.name}{_INFIX}*"))
    except OSError:
        return []
    for path in candidates:
        suffix = path.name[len(db.name) + len(_INFIX) :]
        if suffix.isdigit():
            found.append((path, int(suffix)))
    return found


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def stale_markers(db: Path) -> list[Path]:
    """Markers left by processes that are gone: each one is an unclean shutdown."""
    return [path for path, pid in _markers(db) if not _alive(pid)]


def check_due(db: Path) -> bool:
    """True when the last run over `db` did not end cleanly (its whole file needs a check)."""
    return bool(stale_markers(db))


def clear_stale(db: Path) -> None:
    """Forget the unclean shutdowns (after the whole-file check found the file healthy)."""
    for path in stale_markers(db):
        path.unlink(missing_ok=True)


def claim(db: Path) -> Path | None:
    """Mark `db` as open by this process; None when the folder is not writable (then a
    crash goes unnoticed, and the file is checked only on request)."""
    path = db.with_name(f"{db.name}{_INFIX}{os.getpid()}")
    with _lock:
        try:
            path.touch()
        except OSError:
            return None
        _open_here[path] = _open_here.get(path, 0) + 1
    return path


def release(marker: Path | None) -> None:
    """This process closed one store cleanly; the marker goes with the last one."""
    if marker is None:
        return
    with _lock:
        left = _open_here.get(marker, 1) - 1
        if left > 0:
            _open_here[marker] = left
            return
        _open_here.pop(marker, None)
        marker.unlink(missing_ok=True)
