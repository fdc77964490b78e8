"""Copy a single seller's SQLite store into an empty, migrated PostgreSQL store with COPY
(not row inserts): how a seller who hires help moves the inbox onto the team's server,
and how the benchmarks load the million-message demo. No Qt."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import inspect

from inbox_app.store.migrate import Store
from inbox_app.store.server import connect_direct

# tables SQLite has that PostgreSQL does not (its full-text index is an expression index)
_SKIP = {"alembic_version", "search_index", "marketplaces"}
_BATCH = 20_000


def _pg_tables(store: Store) -> list[str]:
    """Tables in foreign-key order (parents first)."""
    from sqlalchemy import MetaData

    meta = MetaData()
    meta.reflect(store.engine)
    return [t.name for t in meta.sorted_tables if t.name not in _SKIP]


def copy_sqlite_to_postgres(
    source: Path, target: Store, progress: Callable[[str, int], None] | None = None
) -> dict[str, int]:
    """Every row of `source` into `target` (which must hold no threads yet); returns the
    row count per table. The seats' change notifications are off while it runs."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    counts: dict[str, int] = {}
    conn = connect_direct(target.engine, autocommit=False)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM threads")
            row = cur.fetchone()
            if row is not None and row[0]:
                raise ValueError("the team store must be empty before a copy into it")
            cur.execute("SET session_replication_role = replica")  # no triggers, no FK checks
            src_tables = {
                r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            for table in _pg_tables(target):
                if table not in src_tables:
                    continue
                pg_cols = [c["name"] for c in inspect(target.engine).get_columns(table)]
                sq_cols = [r[1] for r in src.execute(f'PRAGMA table_info("{table}")')]
                cols = [c for c in sq_cols if c in pg_cols]
                types = _bool_columns(target, table)
                col_sql = ", ".join(f'"{c}"' for c in cols)
                n = 0
                with cur.copy(f'COPY "{table}" ({col_sql}) FROM STDIN') as copy:
                    rows = src.execute(f'SELECT {col_sql} FROM "{table}"')
                    while batch := rows.fetchmany(_BATCH):
                        for r in batch:
                            copy.write_row(_fix(r, cols, types))
                        n += len(batch)
                        if progress is not None:
                            progress(table, n)
                counts[table] = n
                seq = None
                if "id" in cols:
                    cur.execute("SELECT pg_get_serial_sequence(%s, 'id')", (table,))
                    seq = cur.fetchone()
                if seq is not None and seq[0]:
                    cur.execute(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f'coalesce((SELECT max(id) FROM "{table}"), 0) + 1, false)'
                    )
            cur.execute("SET session_replication_role = origin")
        conn.commit()
        with conn.cursor() as cur:
            conn.autocommit = True
            cur.execute("ANALYZE")
    finally:
        conn.close()
        src.close()
    return counts


def _bool_columns(store: Store, table: str) -> set[str]:
    return {
        c["name"]
        for c in inspect(store.engine).get_columns(table)
        if str(c["type"]).upper() == "BOOLEAN"
    }


def _fix(row: tuple[object, ...], cols: list[str], bools: set[str]) -> tuple[object, ...]:
    if not bools:
        return row
    return tuple(
        (bool(v) if v is not None else None) if c in bools else v
        for c, v in zip(cols, row, strict=True)
    )
