"""`inbox-app amazon connect|list|test|remove|sync`: the seller's own SP-API app, for scripting.

`connect --secrets-stdin` reads two lines (the LWA client secret, then the refresh
token) and keeps them only in the keyring; `sync` does what the window's background
sync does.
"""

from __future__ import annotations

import argparse
import sys

from inbox_app import credentials
from inbox_app.amazon.errors import SpApiError
from inbox_app.amazon.regions import ENDPOINTS
from inbox_app.commands.common import fail, open_store_from_args
from inbox_app.services import amazon_connections as conns
from inbox_app.services.amazon_sync import sync_orders
from inbox_app.store.errors import KnownStoreError
from inbox_app.store.migrate import Store


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    db_parent: argparse.ArgumentParser,
) -> None:
    p = subparsers.add_parser(
        "amazon", parents=[db_parent], help="connect the seller's SP-API app; sync orders"
    )
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    c = sub.add_parser("connect", parents=[db_parent], help="add or update a connection")
    c.add_argument("name")
    c.add_argument("--region", required=True, choices=sorted(ENDPOINTS))
    c.add_argument("--client-id", required=True, help="the LWA client id of the app")
    c.add_argument("--marketplaces", required=True, help="comma-separated codes, e.g. US,CA")
    c.add_argument(
        "--secrets-stdin",
        action="store_true",
        help="read the client secret, then the refresh token, one per line from stdin",
    )
    c.add_argument("--endpoint", default="", help="SP-API base URL (default: the region's)")
    c.add_argument("--token-url", default="", help="LWA token URL (default: Amazon's)")
    sub.add_parser("list", parents=[db_parent], help="list connections")
    for name, helptext in (("test", "check the credentials"), ("remove", "forget a connection")):
        sub.add_parser(name, parents=[db_parent], help=helptext).add_argument("name")
    s = sub.add_parser("sync", parents=[db_parent], help="fetch new and changed orders")
    s.add_argument("name", nargs="?", help="only this connection (default: all)")
    s.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = open_store_from_args(args)
    if store is None:
        return 2
    try:
        return _dispatch(store, args)
    except (conns.AmazonConnectionError, credentials.CredentialsError, KnownStoreError) as exc:
        return fail(str(exc))
    except SpApiError as exc:
        return fail(str(exc), 1)
    finally:
        store.close()


def _dispatch(store: Store, args: argparse.Namespace) -> int:
    action = args.action
    if action == "connect":
        return _connect(store, args)
    if action == "list":
        for c in conns.list_connections(store):
            synced = c.synced_to or "never"
            problem = f"\t{c.last_error}" if c.last_error else ""
            print(
                f"{c.name}\t{c.region}\t{','.join(c.marketplaces)}\t{c.endpoint}\t"
                f"orders synced to {synced}{problem}"
            )
        return 0
    if action == "test":
        for line in conns.test_connection(store, args.name):
            print(line)
        return 0
    if action == "remove":
        conns.remove(store, args.name)
        print(f"removed Amazon connection {args.name}; its secrets left the keyring")
        return 0
    return _sync(store, args)


def _connect(store: Store, args: argparse.Namespace) -> int:
    if not args.secrets_stdin:
        return fail(
            "give the client secret and refresh token with --secrets-stdin "
            "(two lines; never command arguments)"
        )
    secret = sys.stdin.readline().rstrip("\r\n")
    refresh = sys.stdin.readline().rstrip("\r\n")
    spec = conns.ConnectionSpec(
        name=args.name,
        region=args.region,
        client_id=args.client_id,
        marketplaces=tuple(args.marketplaces.split(",")),
        endpoint=args.endpoint,
        token_url=args.token_url,
    )
    conns.connect(store, spec, secret, refresh)
    print(
        f"connected {args.name} ({args.region}); client secret and refresh token are in the keyring"
    )
    return 0


def _sync(store: Store, args: argparse.Namespace) -> int:
    names = [args.name] if args.name else [c.name for c in conns.list_connections(store)]
    if not names:
        return fail("no Amazon connection yet; add one with `inbox-app amazon connect`")
    if args.name:
        conns.get_connection(store, args.name)
    worst = 0

    def progress(orders: int, pages: int) -> None:
        if not args.quiet:
            print(f"\r{orders} orders, {pages} pages", end="", file=sys.stderr, flush=True)

    for name in names:
        result = sync_orders(store, name, progress=progress)
        if not args.quiet and result.pages:
            print(file=sys.stderr)
        print(f"{name}: {result.new} new orders, {result.updated} updated, {result.pages} pages")
        if result.error:
            print(f"inbox-app: {result.error}", file=sys.stderr)
            worst = 1
    return worst
