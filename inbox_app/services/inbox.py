"""The facade the window's models and views call: reads and small writes, one unit of work each.

Every method opens its own short connection or Session and returns frozen rows, so it
is safe to call from the GUI thread (paged, indexed reads) or from a worker thread.
No Qt here, and no SQLAlchemy at import: the store's query modules are imported by the
first read that needs them, as a window's first page may come from the stdlib
first-page reader (store/first_page.py) and SQLAlchemy load after it is painted.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from inbox_app.store.queries.order_sort import OrderSort
from inbox_app.store.queries.thread_filter import ThreadFilter
from inbox_app.store.rows import (
    PAGE_SIZE,
    OrderDetail,
    OrderRow,
    ThreadDetail,
    ThreadPage,
    ThreadRow,
    ViewCounts,
)

if TYPE_CHECKING:
    from inbox_app.services.assignments import Assignment, Person
    from inbox_app.services.first_run import SetupProgress
    from inbox_app.services.orders_import import ImportSummary
    from inbox_app.store.first_page import FirstPageReader
    from inbox_app.store.migrate import Store
    from inbox_app.store.queries.list_keys import Keys, WindowKeys

Clock = Callable[[], datetime]
OrderPage = tuple[tuple[OrderRow, ...], tuple[int, ...] | None]


def system_clock() -> datetime:
    return datetime.now(UTC)


class InboxService:
    """Use-cases of the main window over one store; `clock` is injectable for tests."""

    def __init__(
        self,
        store: Store | None,
        clock: Clock = system_clock,
        *,
        pending: Future[Store] | None = None,
        first_page: FirstPageReader | None = None,
        open_preview: Callable[[], Store | None] | None = None,
        url: str = "",
    ) -> None:
        """`pending`: the verified store is still opening and `store` is a read-only
        preview of the same file; reads use the preview, every write waits for it.
        `first_page` (with `pending`, `store` None): the thread list's keys and rows are
        read through it until the verified store is adopted; any other read first opens
        the preview with `open_preview()` (or, if that gives none, waits for `pending`)."""
        if store is None and (first_page is None or pending is None):
            raise ValueError("a store, or a first-page reader and a pending store")
        self._store = store
        self._pending = pending
        self._first = first_page
        self._open_preview = open_preview
        self._url = store.url if store is not None else url
        self._lock = threading.Lock()
        self.clock = clock
        self.seat_id: str | None = None  # this seat on a team inbox (set by the team's part)

    @property
    def store(self) -> Store:
        """The open, verified store (for other panes built over it, e.g. compose)."""
        return self.writer()

    @property
    def verified(self) -> bool:
        """True once the verified store is open (writes will not wait)."""
        pending = self._pending
        return pending is None or (pending.done() and pending.exception() is None)

    def writer(self) -> Store:
        """The verified store; waits for it (and adopts it) while it is still opening.

        Raises the opening's KnownStoreError if the file turned out to be unusable.
        """
        with self._lock:
            if self._pending is not None:
                real = self._pending.result()
                preview, self._store, self._pending = self._store, real, None
                if preview is not None and preview is not real:
                    preview.close()
                first, self._first = self._first, None
                if first is not None:
                    first.close()
            assert self._store is not None
            return self._store

    def _reading(self) -> Store:
        """The store reads go to: the verified one or the read-only preview (opened now,
        the first time a read needs it, when the first page came from the reader)."""
        store = self._store
        if store is not None:
            return store
        with self._lock:
            if self._store is None:
                preview = self._open_preview() if self._open_preview is not None else None
                if preview is None:
                    assert self._pending is not None
                    preview = self._pending.result()
                self._store = preview
            return self._store

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
            if self._first is not None:
                self._first.close()
                self._first = None
            if self._pending is not None and self._pending.done() and not self._pending.exception():
                self._pending.result().close()

    @property
    def url(self) -> str:
        return self._url

    def now(self) -> datetime:
        return self.clock()

    # --- reads -----------------------------------------------------------------------

    def thread_page(
        self,
        flt: ThreadFilter,
        after: tuple[int, ...] | None = None,
        limit: int = PAGE_SIZE,
    ) -> ThreadPage:
        from inbox_app.store.queries import thread_pages

        with self._reading().reader() as conn:
            return thread_pages.thread_page(conn, flt, limit=limit, after=after)

    def thread_keys(self, flt: ThreadFilter) -> Keys:
        """(sort key, id) of every thread the filter selects, in its order."""
        first = self._first
        if first is not None:
            keys = first.thread_keys(flt)
            if keys is not None:
                return keys
        from inbox_app.store.queries import list_keys

        with self._reading().reader() as conn:
            return list_keys.thread_keys(conn, flt)

    def search_windows(self, flt: ThreadFilter) -> tuple[int, ...]:
        """How many matches a list's search reads first, then each time it widens; ()
        when `flt` is no search (its whole result comes from `thread_keys`)."""
        from inbox_app.services.search_limit import FILE_SEARCH_WINDOWS, SERVER_SEARCH_WINDOWS
        from inbox_app.store.queries.search_text import to_fts_query

        if to_fts_query(flt.query) is None:
            return ()
        return SERVER_SEARCH_WINDOWS if self._url.startswith("postgresql") else FILE_SEARCH_WINDOWS

    def search_keys(self, flt: ThreadFilter, window: int) -> WindowKeys:
        """The threads of the `window` newest matches, in the list's order, and whether
        that window was full (a wider one may find more)."""
        from inbox_app.store.queries import list_keys

        with self._reading().reader() as conn:
            return list_keys.search_keys(conn, flt, window)

    def thread_rows(self, ids: Sequence[int]) -> dict[int, ThreadRow]:
        first = self._first
        if first is not None:
            return first.thread_rows(ids)
        from inbox_app.store.queries import thread_rows

        with self._reading().reader() as conn:
            return thread_rows.thread_rows(conn, ids)

    def thread_detail(self, thread_id: int) -> ThreadDetail | None:
        from inbox_app.store.queries import thread_detail

        with self._reading().reader() as conn:
            return thread_detail.thread_detail(conn, thread_id)

    def order_page(
        self,
        *,
        query: str | None = None,
        marketplace: str | None = None,
        order_type: str | None = None,
        after: tuple[int, ...] | None = None,
        limit: int = PAGE_SIZE,
    ) -> OrderPage:
        from inbox_app.store.queries import orders

        with self._reading().reader() as conn:
            return orders.order_page(
                conn,
                query=query,
                marketplace=marketplace,
                order_type=order_type,
                limit=limit,
                after=after,
            )

    def order_keys(self, *, query: str | None = None, sort: OrderSort | None = None) -> Keys:
        """(sort key, id) of every order matching `query`, newest purchase first (or as
        `sort` asks: then the key is the row's place)."""
        from inbox_app.store.queries import list_keys

        with self._reading().reader() as conn:
            return list_keys.order_keys(conn, query=query, sort=sort)

    def order_rows(self, ids: Sequence[int]) -> dict[int, OrderRow]:
        from inbox_app.store.queries import orders

        with self._reading().reader() as conn:
            return orders.order_rows(conn, ids)

    def order_detail(self, order_id: int) -> OrderDetail | None:
        from inbox_app.store.queries import orders

        with self._reading().reader() as conn:
            return orders.order_detail(conn, order_id)

    def counts(self) -> ViewCounts:
        """Sidebar counts (a handful of COUNTs: call it from a worker)."""
        from inbox_app.store.queries import counts

        with self._reading().reader() as conn:
            return counts.view_counts(conn, now=self.clock(), seat_id=self.seat_id)

    def attachment_bytes(self, sha256: str) -> bytes:
        return self._reading().blobs.get(sha256)

    # --- writes ----------------------------------------------------------------------

    def mark_read(self, thread_id: int, read: bool = True) -> None:
        from inbox_app.services import threads

        with self.writer().session() as s, s.begin():
            threads.mark_read(s, thread_id, read)

    def mark_no_response_needed(self, thread_id: int) -> None:
        from inbox_app.services import threads

        with self.writer().session() as s, s.begin():
            threads.mark_no_response_needed(s, thread_id)

    def reopen(self, thread_id: int) -> None:
        from inbox_app.services import threads

        with self.writer().session() as s, s.begin():
            threads.reopen_thread(s, thread_id)

    def assign(self, thread_id: int, seat_id: str | None) -> Assignment | None:
        """Assign the thread to a seat (None: to nobody, as unassign); raises AssignError."""
        from inbox_app.services import assignments

        if seat_id is None:
            self.unassign(thread_id)
            return None
        with self.writer().session() as s, s.begin():
            return assignments.assign(s, thread_id, seat_id, by=self.seat_id)

    def assign_person(self, thread_id: int, person: str) -> Assignment:
        """Assign the thread to the teammate `person` names (a name or a seat id), found in
        the same transaction; raises AssignError (nobody, or several, of that name)."""
        from inbox_app.services import assignments

        with self.writer().session() as s, s.begin():
            seat_id = assignments.find_person(s, person).seat_id
            return assignments.assign(s, thread_id, seat_id, by=self.seat_id)

    def unassign(self, thread_id: int) -> bool:
        """The thread is nobody's now; False when it was nobody's already."""
        from inbox_app.services import assignments

        with self.writer().session() as s, s.begin():
            return assignments.unassign(s, thread_id)

    def setup_progress(self) -> SetupProgress:
        """What the seller has set up so far (the first-run guide), in the verified store."""
        from inbox_app.services.first_run import setup_progress

        with self.store.reader() as conn:  # a snapshot: never waits for a writer
            return setup_progress(conn)

    def team(self) -> list[Person]:
        """The people a thread can be assigned to (none on a single seller's store)."""
        from inbox_app.services import assignments

        with self._reading().read_session() as s:
            return assignments.people(s)

    # --- special products ------------------------------------------------------------

    def sku_rules(self) -> list[tuple[str, str]]:
        from inbox_app.services import special_orders

        with self.writer().session() as s:
            return [(r.pattern, r.order_type) for r in special_orders.list_sku_rules(s)]

    def add_sku_rule(self, pattern: str, order_type: str) -> tuple[str, str]:
        """The rule as stored (pattern, type); ValueError (with a user-facing text) for an
        empty or bad pattern or type."""
        from inbox_app.services import special_orders

        with self.writer().session() as s, s.begin():
            rule = special_orders.add_sku_rule(s, pattern, order_type)
            return rule.pattern, rule.order_type

    def remove_sku_rule(self, pattern: str) -> bool:
        from inbox_app.services import special_orders

        with self.writer().session() as s, s.begin():
            return special_orders.remove_sku_rule(s, pattern)

    def set_order_type(self, order_id: int, order_type: str | None) -> str:
        """Mark one order by hand (`None`/"auto" = back to its SKUs' type); returns the type."""
        from inbox_app.services import special_orders

        with self.writer().session() as s, s.begin():
            return special_orders.set_order_type(s, order_id, order_type)

    # --- order import (runs in a worker) ----------------------------------------------

    def import_orders(
        self,
        path: str | os.PathLike[str],
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> ImportSummary:
        """Import one order report file in one transaction; raises ReportError,
        ImportCancelled, KnownStoreError (nothing of the file is kept then)."""
        from inbox_app.services import orders_import
        from inbox_app.services.work import Work

        return orders_import.import_order_report(
            Work(self.writer()), path, progress=progress, cancel=cancel
        )
