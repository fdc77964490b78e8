"""The one command-line entry: no sub-command opens the window; sub-commands script.

Each sub-command lives in `inbox_app/commands/<name>.py` with a `register(subparsers)`
function that adds its parser and sets `func(args) -> int`. `--db PATH` is accepted
before or after the sub-command's name.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from inbox_app import __version__
from inbox_app.crashlog import log_path, report_unexpected
from inbox_app.store.errors import KnownStoreError, translate_operational_error

# Modules under inbox_app.commands that provide sub-commands, in help order.
COMMAND_MODULES = (
    "demo",
    "check",
    "import_mail",
    "import_orders",
    "sku_rule",
    "account",
    "sync",
    "amazon",
    "db",
    "desktop",
    "metrics",
    "team",
    "thread",
)


def _db_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="database file (or SQLAlchemy URL); default: the user data directory",
    )
    return parent


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The parser; without `with_commands`, only the window's options (no sub-command
    module is imported: they bring the HTTP client, the checker and more, which the
    window's first paint need not wait for)."""
    db_parent = _db_parent()
    parser = argparse.ArgumentParser(
        prog="inbox-app",
        description="Seller Inbox: answer Amazon buyers fast, within Amazon's messaging rules.",
        parents=[db_parent],
    )
    parser.add_argument("--version", action="version", version=f"inbox-app {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo database in the user data directory (built on first run)",
    )
    if not with_commands:
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"inbox_app.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"inbox_app.commands.{name}":
                continue  # not built yet
            raise
        module.register(subparsers, db_parent)
    return parser


def names_a_command(argv: Sequence[str]) -> bool:
    """True when `argv` names a sub-command or asks for help (anything that is not an
    option, or the value of `--db`, is taken for a command's name)."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in ("-h", "--help"):
            return True
        if arg == "--":
            return i + 1 < len(argv)
        if arg == "--db":
            i += 2
            continue
        if not arg.startswith("-"):
            return True
        i += 1
    return False


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(with_commands=names_a_command(words))
    args = parser.parse_args(words)
    if not hasattr(args, "db"):
        args.db = None
    func = getattr(args, "func", None)
    try:
        if func is not None:
            return int(func(args))
        return _open_window(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except KnownStoreError as exc:
        from inbox_app.commands.localize import terminal_text

        print(f"inbox-app: {terminal_text(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:
        if not _is_database_error(exc):
            print(f"inbox-app: {report_unexpected(exc)}", file=sys.stderr)
            return 1
        known = translate_operational_error(exc, _db_path(args.db))
        if known is None:
            report_unexpected(exc)  # the details (with SQL) go to the log only
            known = KnownStoreError(
                f"Seller Inbox could not use its database ({_kind(exc)}); "
                f"nothing already saved is lost, and the details are in {log_path()}."
            )
        print(f"inbox-app: {known}", file=sys.stderr)
        return 1


def _is_database_error(exc: BaseException) -> bool:
    """sqlite3's errors, or SQLAlchemy's DBAPIError (only raised if SQLAlchemy was loaded:
    the window's first page is read without it)."""
    if isinstance(exc, sqlite3.Error):
        return True
    sa_exc = sys.modules.get("sqlalchemy.exc")
    return sa_exc is not None and isinstance(exc, sa_exc.DBAPIError)


def _kind(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return type(orig if isinstance(orig, BaseException) else exc).__name__


def _db_path(db: str | None) -> Path | None:
    from inbox_app.store.sqlite_file import sqlite_path
    from inbox_app.store_url import database_url

    try:
        return sqlite_path(database_url(db))
    except Exception:
        return None


def _no_display() -> bool:
    if sys.platform != "linux":
        return False
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _open_window(args: argparse.Namespace) -> int:
    if _no_display():
        print(
            "inbox-app: no display found. Run it in a desktop session, under `xvfb-run`, "
            "or with QT_QPA_PLATFORM=offscreen.",
            file=sys.stderr,
        )
        return 2
    # Qt is imported only when a window is wanted. The window's service and first-page
    # reader (no Qt, no SQLAlchemy in them) are imported first: once PySide6 is in, its
    # import hook reads the source of every module imported after it
    importlib.import_module("inbox_app.services.inbox")
    importlib.import_module("inbox_app.store.first_page")
    app = importlib.import_module("inbox_app.app")
    return int(app.run(db=args.db, demo=args.demo))
