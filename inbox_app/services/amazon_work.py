"""The session scope of the Amazon use-cases, decided once by their façade (AmazonService).

A use-case that asks Amazon between its database steps (a page of the orders sync, a
review request, an Amazon message) is handed an `AmazonWork`: each step is one short
session (`reading`, `snapshot`) or one transaction (`writing`), and no session is open
while Amazon is asked. A use-case of a single database step takes the Session itself.
The use-cases never see the Store: only the façade builds this, over its store. No Qt.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

from sqlalchemy.orm import Session

from inbox_app.store.blobs import BlobStore
from inbox_app.store.migrate import Store


class AmazonWork:
    """Short sessions and transactions over one store, one per step of a use-case."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def blobs(self) -> BlobStore:
        """Attachment bytes (content-addressed files; no database session)."""
        return self._store.blobs

    def reading(self) -> AbstractContextManager[Session]:
        """A short session for a read step (ended before Amazon is asked)."""
        return self._store.session()

    def snapshot(self) -> AbstractContextManager[Session]:
        """A read-only session on a reader's snapshot (never waits for a writer)."""
        return self._store.read_session()

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on an error."""
        with self._store.session() as session, session.begin():
            yield session
