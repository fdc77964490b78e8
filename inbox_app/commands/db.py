"""`inbox-app db info|check`: schema version, counts and integrity of a store."""

from __future__ import annotations

import argparse

from sqlalchemy import func, select, text

from inbox_app.commands import localize
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
                    _tr("threads"): s.scalar(select(func.count()).select_from(Thread)),
                    _tr("messages"): s.scalar(select(func.count()).select_from(Message)),
                    _tr("orders"): s.scalar(select(func.count()).select_from(Order)),
                    _tr("buyers"): s.scalar(select(func.count()).select_from(Buyer)),
                }
            revision = _tr("{revision} (app: {head})").format(
                revision=current_revision(store.engine), head=head_revision()
            )
            rows = {_tr("database URL"): str(store.url), _tr("schema"): revision}
            rows |= {name: f"{n:,}" for name, n in counts.items()}
            print("\n".join(localize.aligned(rows)))
            return 0
        if store.engine.dialect.name != "sqlite":
            return fail(_tr("check is for SQLite stores"))
        with store.engine.connect() as conn:
            result = conn.execute(text("PRAGMA integrity_check")).scalars().all()
        print("\n".join(result))
        return 0 if result == ["ok"] else 1
    finally:
        store.close()


def _tr(text: str) -> str:
    return localize.translate("Cli", text)
