"""The session scope of the services' use-cases, decided once by their façade.

A façade (InboxService, MailService, AmazonService, SeatPresence, TeamSeats,
MetricsService, …) owns the Store and hands its use-cases a `Work`: each step is one
short session (`reading`), one read snapshot (`snapshot`, `reader`) or one transaction
(`writing`), and no session is held while a server (IMAP, SMTP, Amazon) or the keyring
is asked. A use-case of a single database step takes the Session (or Connection)
itself. The use-cases never see the Store: only a façade builds this, over its store.
No Qt.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from inbox_app.store.blobs import BlobStore
    from inbox_app.store.migrate import Store


class Work:
    """Short sessions and transactions over one store, one per step of a use-case."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def blobs(self) -> BlobStore:
        """Attachment bytes (content-addressed files; no database session)."""
        return self._store.blobs

    @property
    def closed(self) -> bool:
        """The store was closed (the window is closing): open no new connection."""
        return self._store.closed

    @property
    def dialect(self) -> str:
        """The database's dialect name: "sqlite" (one seller) or "postgresql" (a team)."""
        return self._store.engine.dialect.name

    @property
    def url(self) -> str:
        """The store's address (no password in it)."""
        return self._store.url

    def fault_text(self, exc: BaseException) -> str:
        """The sentence for a driver error of this store (the file named on SQLite)."""
        from inbox_app.store.errors import store_fault_text
        from inbox_app.store.sqlite_file import sqlite_path

        return store_fault_text(exc, sqlite_path(self._store.url))

    def reading(self) -> AbstractContextManager[Session]:
        """A short session for a read step (ended before a server is asked)."""
        return self._store.session()

    def snapshot(self) -> AbstractContextManager[Session]:
        """A read-only session on a reader's snapshot (never waits for a writer)."""
        return self._store.read_session()

    def reader(self) -> Connection:
        """A read-only connection on one snapshot (`with work.reader() as conn:`)."""
        return self._store.reader()

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on an error."""
        with self._store.session() as session, session.begin():
            yield session
