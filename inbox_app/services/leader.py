"""The sync leader of a team inbox: one seat at a time fetches the mailbox.

The lead is a PostgreSQL session advisory lock held on a connection of its own, so it
passes to another seat as soon as the leader quits, loses its connection or dies (the
server drops a dead client's session, and its locks with it). On a local SQLite store
this seat is always the leader. No Qt; `acquire` does network I/O: call it from a worker.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

from inbox_app.store.errors import KnownStoreError
from inbox_app.store.migrate import Store
from inbox_app.store.server import SYNC_LEADER_LOCK, connect_direct


class SyncLeader:
    """`acquire()` -> True while this seat leads (tried again each sync round)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._conn: Any = None
        self._guard = threading.Lock()
        self._shared = store.engine.dialect.name == "postgresql"
        self._closed = False  # the store closed: this seat never leads again
        store.closers.append(self._store_closed)

    @property
    def shared(self) -> bool:
        return self._shared

    def acquire(self) -> bool:
        """False, with nothing tried and no lock taken, once the store is closed."""
        if self._closed or self._store.closed:
            return False
        if not self._shared:
            return True
        with self._guard:
            if self._closed:  # closed while this waited for the guard
                return False
            if self._conn is not None:
                try:
                    self._conn.execute("SELECT 1")
                    return True
                except Exception:  # the connection died: so did the lock
                    self._drop()
            try:
                conn = connect_direct(self._store.engine)
            except KnownStoreError:
                return False
            try:
                row = conn.execute(
                    "SELECT pg_try_advisory_lock(%s)", (SYNC_LEADER_LOCK,)
                ).fetchone()
                got = row is not None and bool(row[0])
            except Exception:
                conn.close()
                return False
            if got:
                self._conn = conn
                return True
            conn.close()
            return False

    def leads(self) -> bool:
        if self._closed or self._store.closed:
            return False
        return not self._shared or self._conn is not None

    def release(self) -> None:
        with self._guard:
            self._drop()

    def _store_closed(self) -> None:
        with self._guard:
            self._closed = True
            self._drop()

    def _drop(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None
