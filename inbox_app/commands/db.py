"""`inbox-app db info|check`: schema version, counts and integrity of a store."""

from __future__ import annotations

import argparse

from sqlalchemy import func, select, text

from inbox_app.commands.common import fail, open_store_from_args
from inbox_app.store.migrate import current_revision, head_revision
from inbox_app.store.schema import Buyer, Message, Order, Thread


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    db_parent: argparse.ArgumentParser,
) -> None:
    p = subparsers.add_parser("db", parents=[db_parent], help="inspect the store")
    p.add_argument("action", choices=("info", "check"), help="info: counts; check: integrity")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = open_store_from_args(args)
    if store is None:
        return 2
    try:
        if args.action == "info":
            with store.session() as s:
                counts = {
                    "threads": s.scalar(select(func.count()).select_from(Thread)),
                    "messages": s.scalar(select(func.count()).select_from(Message)),
                    "orders": s.scalar(select(func.count()).select_from(Order)),
                    "buyers": s.scalar(select(func.count()).select_from(Buyer)),
                }
            print(f"database: {store.url}")
            print(f"schema:   {current_revision(store.engine)} (app: {head_revision()})")
            for name, n in counts.items():
                print(f"{name + ':':<10}{n:,}")
            return 0
        if store.engine.dialect.name != "sqlite":
            return fail("check is for SQLite stores")
        with store.engine.connect() as conn:
            result = conn.execute(text("PRAGMA integrity_check")).scalars().all()
        print("\n".join(result))
        return 0 if result == ["ok"] else 1
    finally:
        store.close()
