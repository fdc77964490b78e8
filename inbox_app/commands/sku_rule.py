"""`inbox-app sku-rule add|list|remove`: mark SKUs or SKU patterns as handmade/custom/wine."""

from __future__ import annotations

import argparse
import sys

from inbox_app.commands import localize
from inbox_app.commands.common import fail, open_store_from_args
from inbox_app.orders.special import SPECIAL_TYPES
from inbox_app.services.inbox import InboxService
from inbox_app.store.errors import KnownStoreError


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    db_parent: argparse.ArgumentParser,
) -> None:
    parser = subparsers.add_parser(
        "sku-rule",
        parents=[db_parent],
        help="mark SKUs (or patterns like HM-*) as handmade, custom or wine",
        description=(
            "Orders inherit a type from their items' SKUs (custom > handmade > wine > "
            "standard); patterns use * ? [..] and ignore letter case."
        ),
    )
    actions = parser.add_subparsers(dest="sku_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[db_parent], help="add or change a rule")
    add.add_argument("pattern", metavar="PATTERN", help="a SKU or a glob pattern such as HM-*")
    add.add_argument(
        "order_type", metavar="TYPE", choices=SPECIAL_TYPES, help=" | ".join(SPECIAL_TYPES)
    )
    add.set_defaults(func=run_add)
    listing = actions.add_parser("list", parents=[db_parent], help="show the rules")
    listing.set_defaults(func=run_list)
    remove = actions.add_parser("remove", parents=[db_parent], help="forget a rule")
    remove.add_argument("pattern", metavar="PATTERN")
    remove.set_defaults(func=run_remove)


def run_add(args: argparse.Namespace) -> int:
    store = open_store_from_args(args)
    if store is None:
        return 1
    try:
        pattern, order_type = InboxService(store).add_sku_rule(args.pattern, args.order_type)
    except ValueError as exc:
        return fail(localize.report_text(str(exc)))
    except KnownStoreError as exc:
        return fail(exc, 1)
    finally:
        store.close()
    print(f"{pattern}\t{order_type}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    store = open_store_from_args(args)
    if store is None:
        return 1
    try:
        rules = InboxService(store).sku_rules()
    finally:
        store.close()
    for pattern, order_type in rules:
        print(f"{pattern}\t{order_type}")
    if not rules:
        print(_tr("no SKU rules: every order is standard unless marked by hand"), file=sys.stderr)
    return 0


def run_remove(args: argparse.Namespace) -> int:
    store = open_store_from_args(args)
    if store is None:
        return 1
    try:
        removed = InboxService(store).remove_sku_rule(args.pattern)
    except KnownStoreError as exc:
        return fail(exc, 1)
    finally:
        store.close()
    if not removed:
        return fail(_tr("no SKU rule {pattern}").format(pattern=repr(args.pattern)), 1)
    return 0


def _tr(text: str) -> str:
    return localize.translate("Cli", text)
