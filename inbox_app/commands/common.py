"""Helpers shared by sub-commands: open the store from `--db`, report errors plainly."""

from __future__ import annotations

import argparse
import sys

from inbox_app.store.errors import KnownStoreError
from inbox_app.store.migrate import Store, open_store
from inbox_app.store_url import database_url


def open_store_from_args(args: argparse.Namespace) -> Store | None:
    """Open the store named by `--db`; print a clear message and return None on failure."""
    try:
        return open_store(database_url(args.db))
    except KnownStoreError as exc:
        print(f"inbox-app: {exc}", file=sys.stderr)
        return None


def fail(message: str, code: int = 2) -> int:
    print(f"inbox-app: {message}", file=sys.stderr)
    return code
