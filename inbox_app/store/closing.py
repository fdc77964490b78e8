"""A closed store keeps no connection open.

`engine.dispose()` alone does not get there: a query still running on a worker when the
store closes hands its connection back to the old pool afterwards, where it stays open
until the garbage collector finds it (for a team's server, a psycopg ResourceWarning and a
session the server keeps meanwhile), and a read after the close (a window's timer that
fires as it goes) quietly opens a new pool. So once the store is closed, every connection
handed back is closed at once. Work that must not start at all on a closed store (a sync
round, the sync leader's lock) asks `Store.closed` first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event


def close_after_close(engine: Engine, closed: Callable[[], bool]) -> None:
    """Guard `engine` with `closed()` (True from the moment the store starts closing)."""

    def close_on_checkin(dbapi_connection: Any, record: Any) -> None:
        if closed() and dbapi_connection is not None:
            record.invalidate()  # closes the DBAPI connection now, not at some GC

    event.listen(engine, "checkin", close_on_checkin)
