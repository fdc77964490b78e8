"""`inbox-app demo`: build a deterministic demo store."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime

from inbox_app.commands import localize
from inbox_app.commands.common import fail
from inbox_app.services.demo_file import build_demo_file
from inbox_app.store.errors import KnownStoreError
from inbox_app.store.sqlite_file import sqlite_path
from inbox_app.store_url import database_url


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    db_parent: argparse.ArgumentParser,
) -> None:
    p = subparsers.add_parser(
        "demo",
        parents=[db_parent],
        help="build a realistic demo store (SQLite)",
        description="Build a deterministic demo store: same seed and --now, same store.",
    )
    p.add_argument("--threads", type=int, default=3000, help="number of threads (default 3000)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument(
        "--now",
        type=datetime.fromisoformat,
        default=None,
        help="the instant the demo is built around (ISO 8601; default: now)",
    )
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.db is None:
        return fail(_tr("demo needs --db PATH (the file to create)"))
    if args.threads < 1:
        return fail(_tr("--threads must be at least 1"))
    url = database_url(args.db)
    path = sqlite_path(url)
    if path is None:
        return fail(_tr("the demo generator writes SQLite files only"))
    if path.exists() and path.stat().st_size > 0 and not args.force:
        return fail(_tr("{path} already exists; use --force to replace it").format(path=path))
    started = time.monotonic()
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive or done == total or done % 20000 == 0:
            end = "\n" if done == total or not interactive else "\r"
            made = _tr("demo: {done}/{total} threads").format(done=f"{done:,}", total=f"{total:,}")
            print(made, end=end, file=sys.stderr)

    try:
        summary = build_demo_file(
            path, args.threads, seed=args.seed, now=args.now, progress=progress
        )
    except KnownStoreError as exc:
        return fail(exc)
    made = _tr(
        "demo: {threads} threads, {messages} messages, {orders} orders in {seconds} s -> {path}"
    )
    print(
        made.format(
            threads=f"{summary.threads:,}",
            messages=f"{summary.messages:,}",
            orders=f"{summary.orders:,}",
            seconds=f"{time.monotonic() - started:.1f}",
            path=path,
        )
    )
    return 0


def _tr(text: str) -> str:
    return localize.translate("Cli", text)
