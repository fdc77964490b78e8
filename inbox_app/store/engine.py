"""Engine and session factory: SQLite pragmas (WAL, foreign keys, BEGIN IMMEDIATE)."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from inbox_app.store.busy import DEFAULT_WAIT_MS, wait_ms

READ_ONLY = "inbox_read_only"  # execution option: a reader's transaction


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event below emit BEGIN IMMEDIATE itself: a deferred
    # transaction that reads and then writes fails at once with "database is locked",
    # ignoring busy_timeout (see TESTING-NOTES 3.7).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={DEFAULT_WAIT_MS}")
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.execute("PRAGMA cache_size=-32000")
    cur.execute("PRAGMA mmap_size=268435456")
    cur.close()


def make_engine(url: str | URL, **kwargs: Any) -> Engine:
    """An engine for `url`; SQLite gets its pragmas and immediate transactions."""
    if str(url).startswith("sqlite"):
        kwargs.setdefault("connect_args", {}).setdefault("check_same_thread", False)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            # Writers take the lock up front (BEGIN IMMEDIATE waits busy_timeout instead of
            # failing); readers get a deferred WAL snapshot that never blocks a writer.
            if conn.get_execution_options().get(READ_ONLY):
                conn.exec_driver_sql("BEGIN")
                return
            # the GUI thread waits briefly for a lock (store/busy.py), workers the default
            info = conn.connection.info
            wanted = wait_ms()
            if info.get("busy_ms", DEFAULT_WAIT_MS) != wanted:
                conn.exec_driver_sql(f"PRAGMA busy_timeout={int(wanted)}")
                info["busy_ms"] = wanted
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    if str(url).startswith("postgresql"):
        from inbox_app.store.server import engine_options

        for key, value in engine_options().items():
            kwargs.setdefault(key, value)
        try:
            return create_engine(url, **kwargs)
        except ImportError as exc:  # pip install inbox-app without the [postgres] extra
            if "psycopg" not in (exc.name or str(exc)):
                raise
            from inbox_app.store.errors import KnownStoreError

            raise KnownStoreError.said("no_postgres_driver") from None
    return create_engine(url, pool_pre_ping=True, **kwargs)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: rows read in a unit of work stay readable after commit;
    # the GUI still only ever sees frozen dataclasses built from them.
    return sessionmaker(engine, expire_on_commit=False)


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"
