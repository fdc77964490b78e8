"""A closed team store keeps no connection to the server open: a query still running on a
worker when the store closes gives its connection back closed, and so does a read after
the close (before, each left a psycopg connection for the garbage collector: a
ResourceWarning in whichever test ran next, and a session on the server meanwhile)."""

from __future__ import annotations

import gc
import threading
import time
import warnings

from sqlalchemy import text
from sqlalchemy.engine import make_url

from inbox_app.store.migrate import open_store
from tests.helpers.pgserver import PgCluster


def _connections(pg_cluster: PgCluster, url: str) -> list[str]:
    db = make_url(url).database
    assert db is not None
    return pg_cluster.client_sessions(db)


def test_a_query_running_as_the_store_closes_leaves_no_connection_open(
    team_url: str, pg_cluster: PgCluster
) -> None:
    store = open_store(team_url)
    started, results = threading.Event(), []

    def worker() -> None:
        with store.session() as s:
            started.set()
            results.append(s.scalar(text("SELECT 7 FROM pg_sleep(0.8)")))

    thread = threading.Thread(target=worker)
    thread.start()
    assert started.wait(10)
    time.sleep(0.2)  # the query is on the server now
    store.close()
    thread.join(30)
    assert results == [7]  # the running query finished normally
    with store.reader() as conn:  # a window's timer firing as it goes
        assert conn.scalar(text("SELECT 8")) == 8
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []
    end = time.monotonic() + 10
    while _connections(pg_cluster, team_url) and time.monotonic() < end:
        time.sleep(0.05)
    assert _connections(pg_cluster, team_url) == []
