"""Statements compiled once per shape: the store's hot read path.

SQLAlchemy builds and compiles each query shape once, cached under a key the caller
gives. On SQLite the compiled SQL then runs on the sqlite3 cursor: `make bench`
("Read routes", tests/bench/bench_routes.py) measures SQLAlchemy's own routes beside it
(`exec_driver_sql`, `execute` with the compiled cache, `lambda_stmt`) and the bare
driver. The cursor route is the one that keeps a page within 1.5x of bare sqlite3, so it
stays, behind what the other routes give:

- errors are SQLAlchemy's: a locked, full or read-only database raises the same
  `sqlalchemy.exc.OperationalError` (parameters hidden) that every other query raises,
  so the store's fault words apply to reads too;
- Boolean columns come back as `bool` (and NULL as None), as a Core `execute` gives;
- a key names one SQL text: with `verify_keys` on (the test suite turns it on) every
  call compiles again and a key that names two texts raises at once.

On PostgreSQL the SQL compiled once per shape runs on psycopg's cursor the same way
(errors mapped as SQLAlchemy maps them; a connection the server dropped is found by the
pool's ping at the next checkout): building and compiling a statement per call cost
more than the query itself, up to 2.6x bare psycopg on opening a thread ("Team inbox on
PostgreSQL", tests/bench/bench_team_pg.py). Rows come back raw there too (PostgreSQL's
Booleans are bool already).

Other databases take SQLAlchemy's ordinary `execute`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Hashable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Connection
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ClauseElement

from inbox_app.store.driver_errors import as_store_error

Row = tuple[Any, ...]
_NAMED = sqlite.dialect(paramstyle="named")


@dataclass(frozen=True, slots=True)
class Compiled:
    sql: str
    defaults: dict[str, Any]
    flags: tuple[int, ...]  # result positions of Boolean columns


_cache: dict[Hashable, Compiled] = {}
# The test suite sets this: each call recompiles and checks that its key names one SQL.
verify_keys = False
# Benchmarks set this to a list to record each (sql, params) run on the cursor route.
trace: list[tuple[str, dict[str, Any]]] | None = None
# How SQLite statements run. "cursor" is the app's; the benchmark times the same queries
# on SQLAlchemy's routes: "driver_sql" (Connection.exec_driver_sql on the cached SQL),
# "execute" (Connection.execute of the built statement, SQLAlchemy's compiled cache) and
# "lambda_stmt" (the builder as a lambda statement, cached by its code and closure: a
# builder whose closure holds a Python value, such as a page's ThreadFilter, cannot be one
# and raises InvalidRequestError there).
ROUTES = ("cursor", "driver_sql", "execute", "lambda_stmt")
route = "cursor"


def compiled(build: Callable[[], ClauseElement], dialect: Dialect = _NAMED) -> Compiled:
    """The SQL text (named binds), default binds and Boolean result positions of a built
    statement, as this module runs it (tools/freeze_first_page_sql.py freezes some)."""
    stmt = build()
    compiled = stmt.compile(dialect=dialect)
    columns = getattr(stmt, "selected_columns", ())
    flags = tuple(i for i, c in enumerate(columns) if isinstance(c.type, Boolean))
    return Compiled(str(compiled), dict(compiled.params), flags)


def _shape(
    key: Hashable, build: Callable[[], ClauseElement], dialect: Dialect = _NAMED
) -> Compiled:
    if dialect is not _NAMED:
        key = (dialect.name, key)
    shape = _cache.get(key)
    if shape is None:
        shape = _cache[key] = compiled(build, dialect)
    elif verify_keys:
        fresh = compiled(build, dialect)
        if fresh.sql != shape.sql:
            raise AssertionError(f"statement key {key!r} names two different SQL texts")
    return shape


def _booleans(flags: tuple[int, ...]) -> Callable[[Row], Row]:
    def convert(row: Row) -> Row:
        out = list(row)
        for i in flags:
            if out[i] is not None:
                out[i] = bool(out[i])
        return tuple(out)

    return convert


def _server_rows(
    conn: Connection,
    key: Hashable,
    build: Callable[[], ClauseElement],
    params: Mapping[str, Any],
    chunk: int | None = None,
) -> Iterator[Row]:
    """PostgreSQL: the statement compiled once for this shape, on psycopg's own cursor
    (SQLAlchemy's result rows cost a third of reading 12,000 keys): every row fetched at
    once, or in chunks of `chunk` rows."""
    import psycopg

    shape = _shape(key, build, conn.dialect)
    if not conn.in_transaction():
        conn.begin()  # one snapshot for every statement of this unit of work
    dbapi = conn.connection.driver_connection
    assert isinstance(dbapi, psycopg.Connection)
    bound = {**shape.defaults, **params}
    try:
        with dbapi.cursor() as cur:
            # what listens to the engine's statements (a test's spy, a log) still hears
            conn.dispatch.before_cursor_execute(conn, cur, shape.sql, bound, None, False)
            cur.execute(shape.sql, bound)
            if chunk is None:
                yield from cur.fetchall()
                return
            while rows := cur.fetchmany(chunk):
                yield from rows
    except psycopg.Error as err:
        raise as_store_error(shape.sql, bound, err, conn.dialect, psycopg.Error) from err


def _cursor(conn: Connection, shape: Compiled, params: Mapping[str, Any]) -> sqlite3.Cursor:
    if not conn.in_transaction():
        conn.begin()  # one snapshot for every statement of this unit of work
    dbapi = conn.connection.driver_connection
    assert isinstance(dbapi, sqlite3.Connection)
    bound = {**shape.defaults, **params}
    if trace is not None:
        trace.append((shape.sql, bound))
    try:
        return dbapi.execute(shape.sql, bound)
    except sqlite3.Error as err:
        raise _mapped(conn, shape, bound, err) from err


def _mapped(conn: Connection, shape: Compiled, bound: dict[str, Any], err: Exception) -> Exception:
    """The exception SQLAlchemy itself would raise for `err` (parameters hidden)."""
    return as_store_error(shape.sql, bound, err, conn.dialect)


def fetch(
    conn: Connection,
    key: Hashable,
    build: Callable[[], ClauseElement],
    params: Mapping[str, Any],
) -> list[Row]:
    """Rows (tuples) of the statement `build()` makes, with `params` bound.

    `key` must identify the statement's shape: same key, same SQL text. Bind values
    are raw (epoch seconds for timestamps) and result columns come back raw too, but
    for Booleans, which come back as bool.
    """
    if conn.dialect.name == "postgresql" and route != "execute":
        return list(_server_rows(conn, key, build, params))
    if conn.dialect.name != "sqlite" or route == "execute":
        return [tuple(r) for r in conn.execute(build(), dict(params)).all()]  # type: ignore[call-overload]
    if route == "lambda_stmt":
        from sqlalchemy import lambda_stmt

        return [tuple(r) for r in conn.execute(lambda_stmt(build), dict(params)).all()]
    shape = _shape(key, build)
    if route == "driver_sql":
        found = conn.exec_driver_sql(shape.sql, {**shape.defaults, **params}).all()
        convert = _booleans(shape.flags) if shape.flags else tuple
        return [convert(r) for r in found]
    cursor = _cursor(conn, shape, params)
    try:
        rows: list[Row] = cursor.fetchall()
    except sqlite3.Error as err:
        raise _mapped(conn, shape, dict(params), err) from err
    finally:
        cursor.close()
    if shape.flags:
        rows = list(map(_booleans(shape.flags), rows))
    return rows


def stream(
    conn: Connection,
    key: Hashable,
    build: Callable[[], ClauseElement],
    params: Mapping[str, Any],
    *,
    chunk: int = 4096,
) -> Iterator[Row]:
    """Like `fetch`, but row by row from chunks of `chunk` rows: a long result (the ids
    of a whole list) never sits in memory as one list of tuples."""
    if conn.dialect.name == "postgresql":
        yield from _server_rows(conn, key, build, params, chunk)
        return
    if conn.dialect.name != "sqlite":
        yield from (tuple(r) for r in conn.execute(build(), dict(params)))  # type: ignore[call-overload]
        return
    shape = _shape(key, build)
    convert = _booleans(shape.flags) if shape.flags else None
    cursor = _cursor(conn, shape, params)
    try:
        while True:
            try:
                rows = cursor.fetchmany(chunk)
            except sqlite3.Error as err:
                raise _mapped(conn, shape, dict(params), err) from err
            if not rows:
                return
            yield from (map(convert, rows) if convert else rows)
    finally:
        cursor.close()
