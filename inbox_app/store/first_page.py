"""The thread list's first page from an existing SQLite store, read before SQLAlchemy is
imported: the (sort key, id) arrays of a sidebar view and the rows by id, on the standard
library's sqlite3, read-only.

Importing SQLAlchemy, the ORM and the schema costs ~0.6 s of CPU on this machine, more
than the whole first page otherwise; the window paints from this reader and imports
them after the first paint. It runs the SQL the store's own statements compile to
(first_page_sql, frozen by tools/freeze_first_page_sql.py; a test keeps it equal), gives
the same rows (ThreadRow, Booleans as bool) and the same errors (a driver error raised as
SQLAlchemy raises it, store/driver_errors.py). A file it cannot tell is a healthy store
at this schema gives no reader: the verified open decides, with its clear message.
"""

from __future__ import annotations

import sqlite3
import threading
from array import array
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from inbox_app.store.driver_errors import as_store_error
from inbox_app.store.errors import KnownStoreError
from inbox_app.store.first_page_sql import (
    THREAD_KEYS,
    THREAD_ROWS,
    THREAD_ROWS_DEFAULTS,
    THREAD_ROWS_FLAGS,
)
from inbox_app.store.queries.thread_filter import ThreadFilter, filter_binds
from inbox_app.store.rows import ThreadRow
from inbox_app.store.sqlite_file import (
    SCHEMA_HEAD,
    check_store_identity,
    sqlite_path,
    window_pragmas,
)

Keys = tuple["array[int]", "array[int]"]  # (sort keys, ids), in the list's order
_CHUNK = 4096
BUSY_TIMEOUT_MS = 5000  # as the store's own connections (busy.DEFAULT_WAIT_MS; a test keeps it so)


class FirstPageReader:
    """Read-only reads of one SQLite store for the first page (safe from any thread: one
    connection behind a lock). `thread_keys` answers None for a filter it has no SQL for
    (a search): the caller reads it through the store then."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = connection
        self._lock = threading.Lock()

    def thread_keys(self, flt: ThreadFilter) -> Keys | None:
        if flt.query:
            return None
        shape, params = filter_binds(flt)
        frozen = THREAD_KEYS.get((shape, flt.sort))
        if frozen is None:
            return None
        sql, defaults = frozen
        keys: array[int] = array("q")
        ids: array[int] = array("q")
        for key, ident in self._run(sql, {**defaults, **params}):
            keys.append(int(key))
            ids.append(ident)
        return keys, ids

    def thread_rows(self, ids: Sequence[int]) -> dict[int, ThreadRow]:
        if not ids:
            return {}
        bound: dict[str, Any] = dict(THREAD_ROWS_DEFAULTS)
        bound.update({f"id{i}": ident for i, ident in enumerate(ids)})
        sql = THREAD_ROWS.replace(
            "__[POSTCOMPILE_ids]", ", ".join(f":id{i}" for i in range(len(ids)))
        )
        found = {}
        for raw in self._run(sql, bound):
            row = list(raw)
            for i in THREAD_ROWS_FLAGS:
                if row[i] is not None:
                    row[i] = bool(row[i])
            found[row[0]] = ThreadRow._make(row)
        return found

    def _run(self, sql: str, bound: Mapping[str, Any]) -> Iterator[tuple[Any, ...]]:
        """All rows of `sql` (read in chunks under the lock: one snapshot, one statement)."""
        with self._lock:
            conn = self._conn
            if conn is None:
                raise RuntimeError("the first-page reader is closed")
            try:
                cursor = conn.execute(sql, bound)
                try:
                    rows: list[tuple[Any, ...]] = []
                    while chunk := cursor.fetchmany(_CHUNK):
                        rows.extend(chunk)
                finally:
                    cursor.close()
            except sqlite3.Error as err:
                raise as_store_error(sql, bound, err) from err
        return iter(rows)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


def open_first_page(url: str) -> FirstPageReader | None:
    """A reader for an existing SQLite store that is ours, at SCHEMA_HEAD; None for any
    other (a server, a new or empty file, another program's, damaged, locked, older or
    newer): the verified open then decides, and says why when it refuses."""
    path = sqlite_path(url)
    if path is None or not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        check_store_identity(path)  # (cheap) not another program's file, one version record
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    except (KnownStoreError, sqlite3.Error):
        return None
    try:
        window_pragmas(conn)  # as the window's store connections (a small cache, no map)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        conn.close()
        return None
    if revision != [(SCHEMA_HEAD,)]:
        conn.close()
        return None
    return FirstPageReader(path, conn)
