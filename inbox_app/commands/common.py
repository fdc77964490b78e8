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
        fail(exc)
        return None


def fail(message: str | BaseException, code: int = 2) -> int:
    """Say `message` on stderr (an error's sentence in the system's language); `code`."""
    if isinstance(message, BaseException):
        from inbox_app.commands.localize import terminal_text

        message = terminal_text(message)
    print(f"inbox-app: {message}", file=sys.stderr)
    return code
