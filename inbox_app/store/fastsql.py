"""Hot read path: a statement shape compiled once, then run on the DBAPI cursor.

SQLAlchemy builds and compiles each query shape once (cached by a key the caller
gives); on SQLite the SQL then runs straight through the sqlite3 cursor, so a page of
rows costs about what the bare SQL costs. Other databases take the ordinary path.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Hashable, Iterator, Mapping
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.dialects import sqlite
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import Compiled

_NAMED = sqlite.dialect(paramstyle="named")
_cache: dict[Hashable, tuple[str, dict[str, Any]]] = {}
# Benchmarks set this to a list to record each (sql, params) run on the fast path.
trace: list[tuple[str, dict[str, Any]]] | None = None


def _compile(build: Callable[[], ClauseElement]) -> tuple[str, dict[str, Any]]:
    compiled: Compiled = build().compile(dialect=_NAMED)
    return str(compiled), dict(compiled.params)


def fetch(
    conn: Connection,
    key: Hashable,
    build: Callable[[], ClauseElement],
    params: Mapping[str, Any],
) -> list[tuple[Any, ...]]:
    """Rows (plain tuples) of the statement `build()` makes, with `params` bound.

    `key` must identify the statement's shape: same key, same SQL text. Bind values
    are raw (epoch seconds for timestamps) and result columns come back raw too.
    """
    if conn.dialect.name != "sqlite":
        return [tuple(r) for r in conn.execute(build(), dict(params)).all()]  # type: ignore[call-overload]
    entry = _cache.get(key)
    if entry is None:
        entry = _cache[key] = _compile(build)
    sql, defaults = entry
    if not conn.in_transaction():
        conn.begin()  # one snapshot for every statement of this unit of work
    dbapi = conn.connection.driver_connection
    assert isinstance(dbapi, sqlite3.Connection)
    bound = {**defaults, **params}
    if trace is not None:
        trace.append((sql, bound))
    cursor = dbapi.execute(sql, bound)
    try:
        return cursor.fetchall()
    finally:
        cursor.close()


def stream(
    conn: Connection,
    key: Hashable,
    build: Callable[[], ClauseElement],
    params: Mapping[str, Any],
    *,
    chunk: int = 4096,
) -> Iterator[tuple[Any, ...]]:
    """Like `fetch`, but row by row from chunks of `chunk` rows: a long result (the ids
    of a whole list) never sits in memory as one list of tuples."""
    if conn.dialect.name != "sqlite":
        yield from (tuple(r) for r in conn.execute(build(), dict(params)))  # type: ignore[call-overload]
        return
    entry = _cache.get(key)
    if entry is None:
        entry = _cache[key] = _compile(build)
    sql, defaults = entry
    if not conn.in_transaction():
        conn.begin()
    dbapi = conn.connection.driver_connection
    assert isinstance(dbapi, sqlite3.Connection)
    cursor = dbapi.execute(sql, {**defaults, **params})
    try:
        while rows := cursor.fetchmany(chunk):
            yield from rows
    finally:
        cursor.close()
