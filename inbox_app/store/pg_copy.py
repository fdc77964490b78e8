"""Copy a single seller's SQLite store into an empty, migrated PostgreSQL store with COPY
(not row inserts): how a seller who hires help moves the inbox onto the team's server,
and how the benchmarks load the million-message demo. The secondary indexes (the GIN
full-text index among them) are dropped for the COPY and built again after it, once,
instead of being kept up to date row by row. No Qt."""

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
# the secondary indexes of the copied tables: not backing a constraint (primary keys and
# unique constraints stay: foreign keys depend on them), not unique
_SECONDARY = """
SELECT ci.relname, pg_get_indexdef(i.indexrelid)
FROM pg_index i
JOIN pg_class ci ON ci.oid = i.indexrelid
JOIN pg_class ct ON ct.oid = i.indrelid
JOIN pg_namespace n ON n.oid = ct.relnamespace
WHERE n.nspname = current_schema() AND ct.relname = ANY(%s) AND NOT i.indisunique
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
ORDER BY ci.relname
"""


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
            tables = [t for t in _pg_tables(target) if t in src_tables]
            # the columns first: reflection on another connection would wait for the
            # locks the dropped indexes hold until the commit
            columns = {t: _columns(target, t) for t in tables}
            cur.execute(_SECONDARY, (tables,))
            indexes = [(str(name), str(ddl)) for name, ddl in cur.fetchall()]
            for name, _ddl in indexes:
                cur.execute(f'DROP INDEX "{name}"')
            for table in tables:
                pg_cols, types = columns[table]
                sq_cols = [r[1] for r in src.execute(f'PRAGMA table_info("{table}")')]
                cols = [c for c in sq_cols if c in pg_cols]
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
            cur.execute("SET LOCAL maintenance_work_mem = '256MB'")  # one sort per index
            for name, ddl in indexes:
                if progress is not None:
                    progress(f"index {name}", 0)
                cur.execute(ddl)
        conn.commit()
        with conn.cursor() as cur:
            conn.autocommit = True
            # the visibility map too (index-only scans), not only the planner's statistics
            cur.execute("VACUUM (ANALYZE)")
    finally:
        conn.close()
        src.close()
    return counts


def _columns(store: Store, table: str) -> tuple[list[str], set[str]]:
    """The table's column names on the server, and which of them are Boolean."""
    found = inspect(store.engine).get_columns(table)
    names = [c["name"] for c in found]
    return names, {c["name"] for c in found if str(c["type"]).upper() == "BOOLEAN"}


def _fix(row: tuple[object, ...], cols: list[str], bools: set[str]) -> tuple[object, ...]:
    if not bools:
        return row
    return tuple(
        (bool(v) if v is not None else None) if c in bools else v
        for c, v in zip(cols, row, strict=True)
    )
