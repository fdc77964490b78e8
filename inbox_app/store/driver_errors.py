"""A driver error met on the raw sqlite3 (or psycopg) cursor, raised as SQLAlchemy raises it
(`sqlalchemy.exc.OperationalError` and kin, parameters hidden): a locked, full or
damaged file reads the same on every path, and the store's fault words apply.
SQLAlchemy is imported only when an error is met (the first page needs none)."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any


def as_store_error(
    sql: str,
    bound: Mapping[str, Any],
    err: Exception,
    dialect: Any = None,
    base: type[Exception] = sqlite3.Error,
) -> Exception:
    """The exception SQLAlchemy would raise for `err` (of the driver whose errors derive
    from `base`: sqlite3's, or psycopg's on a team's server) while running `sql`."""
    from sqlalchemy import exc

    return exc.DBAPIError.instance(
        sql, dict(bound), err, base, hide_parameters=True, dialect=dialect
    )
