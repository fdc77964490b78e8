"""An SQLite store file before SQLAlchemy sees it: where it is, whether it is an SQLite
file at all, whether it is ours (one version record), whether it is whole, and the schema
revision this app writes. Only the standard library's sqlite3: the first page is read
before SQLAlchemy is imported (store/first_page.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from inbox_app.store.errors import (
    OTHER_FILE_STEP,
    ForeignDatabaseError,
    KnownStoreError,
    NotADatabaseError,
    translate_operational_error,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
# The newest revision in migrations/versions (a test keeps it equal to Alembic's head):
# a store at this revision needs no migration, so opening it imports no Alembic.
SCHEMA_HEAD = "0011"
# the tables a Seller Inbox store always has (a file without them is someone else's)
_OUR_TABLES = frozenset({"alembic_version", "seller_accounts", "buyers", "threads", "messages"})

_T = TypeVar("_T")

# The window's connections (the first page's reader, the store's pool once the window
# has it): a 512 KB page cache each, which also bounds SQLite's sorter, and no memory map
# (mapped pages count as resident). The list reads a block of 100 rows by id and its
# counts scan indexes; pages come back from the system's file cache. Measured on the
# million-message store after scrolling three lists to their end (one run each way):
# 2 MB caches 152.2 MB peak, 512 KB 148.6 MB, page latency the same (17.5 -> 16.8 ms).
WINDOW_CACHE_KIB = 512


def window_pragmas(conn: sqlite3.Connection) -> None:
    """Bound what one of the window's SQLite connections keeps in memory."""
    cur = conn.cursor()
    try:
        cur.execute(f"PRAGMA cache_size=-{WINDOW_CACHE_KIB}")
        cur.execute("PRAGMA mmap_size=0")
    finally:
        cur.close()


def sqlite_path(url: str) -> Path | None:
    if url.startswith("sqlite:///") and ":memory:" not in url:
        return Path(url.removeprefix("sqlite:///"))
    return None


def check_sqlite_header(path: Path) -> None:
    """Refuse, without writing, a file that is not an SQLite database at all (cheap)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise NotADatabaseError.said("not_sqlite", OTHER_FILE_STEP, path=str(path))


def check_sqlite_file(path: Path) -> None:
    """Refuse, without writing, a file that is not a healthy SQLite database (reads the
    whole file: about 1 s per GB)."""
    check_sqlite_header(path)
    if not path.exists() or path.stat().st_size == 0:
        return
    result = _read_only(path, lambda con: con.execute("PRAGMA quick_check(1)").fetchone())
    if not result or result[0] != "ok":
        detail = str(result[0]) if result else "unreadable"
        raise NotADatabaseError.said("damaged_check", path=str(path), detail=detail)


def _read_only(path: Path, read: Callable[[sqlite3.Connection], _T]) -> _T:
    """`read` on a read-only connection to `path`; a locked or unreadable file and a
    damaged one raised as the store's clear errors."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return read(con)
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        raise _unreadable(path, exc) from None
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, exc) from None


def _tables_and_versions(con: sqlite3.Connection) -> tuple[set[str], int | None]:
    """The file's own tables and how many version records it keeps (None: no table)."""
    tables = {
        str(r[0])
        for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not str(r[0]).startswith("sqlite_")
    }
    if "alembic_version" not in tables:
        return tables, None
    return tables, int(con.execute("SELECT count(*) FROM alembic_version").fetchone()[0])


def _damaged(path: Path, exc: sqlite3.Error) -> NotADatabaseError:
    return NotADatabaseError.said("damaged_open", path=str(path), detail=str(exc))


def _unreadable(path: Path, exc: sqlite3.OperationalError) -> KnownStoreError:
    """Locked by another program, or in a folder it cannot be read from: not damage."""
    known = translate_operational_error(exc, path)
    if known is None or isinstance(known, NotADatabaseError):
        return _damaged(path, exc)
    return known


def check_store_identity(path: Path) -> None:
    """Only an empty SQLite file or a Seller Inbox store is opened: another program's
    database, or one whose version record is damaged, is refused without a write (cheap:
    reads the schema only)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    tables, versions = _read_only(path, _tables_and_versions)
    if not tables:
        return
    if versions is None or not _OUR_TABLES.issubset(tables):
        raise ForeignDatabaseError.said("foreign", OTHER_FILE_STEP, path=str(path))
    if versions != 1:
        raise NotADatabaseError.said("version_record", path=str(path), count=str(versions))
