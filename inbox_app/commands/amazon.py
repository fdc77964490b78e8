"""`inbox-app amazon connect|list|test|remove|sync|language|review|reviews`: the seller's
own SP-API app, for scripting.

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
from inbox_app.commands import localize
from inbox_app.commands.common import fail, open_store_from_args
from inbox_app.commands.localize import finding_text, terminal_text
from inbox_app.services import amazon_connections as conns
from inbox_app.services.amazon import AmazonService
from inbox_app.services.amazon_messages import AmazonMessage, AmazonMessageError, parse_coverage
from inbox_app.services.amazon_reviews import ReviewOutcome
from inbox_app.store.errors import KnownStoreError


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    db_parent: argparse.ArgumentParser,
) -> None:
    p = subparsers.add_parser(
        "amazon", parents=[db_parent], help="connect the seller's SP-API app; sync orders"
    )
    sub = p.add_subparsers(dest="what", metavar="ACTION", required=True)
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
    lang = sub.add_parser("language", parents=[db_parent], help="ask Amazon the buyer's language")
    lang.add_argument("name")
    lang.add_argument("order_ids", nargs="+", metavar="ORDER_ID")
    r = sub.add_parser(
        "review",
        parents=[db_parent],
        help="send Amazon's review request (5-30 days after delivery)",
    )
    r.add_argument("name")
    r.add_argument("order_ids", nargs="*", metavar="ORDER_ID")
    r.add_argument("--eligible", action="store_true", help="every order inside its window")
    sub.add_parser("reviews", parents=[db_parent], help="orders asked for a review, and when")
    a = sub.add_parser("actions", parents=[db_parent], help="Amazon messages an order accepts now")
    a.add_argument("name")
    a.add_argument("order_id")
    m = sub.add_parser("message", parents=[db_parent], help="send an Amazon message for an order")
    m.add_argument("name")
    m.add_argument("order_id")
    m.add_argument(
        "--action",
        dest="message_action",
        required=True,
        help="e.g. unexpectedProblem, warranty, invoice",
    )
    m.add_argument("--text-stdin", action="store_true", help="read the text from stdin")
    m.add_argument("--attach", action="append", default=[], metavar="FILE")
    m.add_argument("--coverage", nargs=2, metavar=("START", "END"), help="warranty dates")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = open_store_from_args(args)
    if store is None:
        return 2
    try:
        return _dispatch(AmazonService(store), args)
    except (conns.AmazonConnectionError, credentials.CredentialsError, KnownStoreError) as exc:
        return fail(exc)
    except SpApiError as exc:
        return fail(terminal_text(exc), 1)
    finally:
        store.close()


def _dispatch(amazon: AmazonService, args: argparse.Namespace) -> int:
    action = args.what
    if action == "connect":
        return _connect(amazon, args)
    if action == "list":
        for c in amazon.connections():
            synced = c.synced_to or "never"
            problem = f"\t{terminal_text(c.last_error)}" if c.last_error else ""
            print(
                f"{c.name}\t{c.region}\t{','.join(c.marketplaces)}\t{c.endpoint}\t"
                f"orders synced to {synced}{problem}"
            )
        return 0
    if action == "test":
        for line in amazon.test_connection(args.name):
            print(terminal_text(line))
        return 0
    if action == "remove":
        amazon.remove(args.name)
        print(
            _tr("removed Amazon connection {name}; its secrets left the keyring").format(
                name=args.name
            )
        )
        return 0
    if action == "reviews":
        for oid, at in amazon.requested_reviews():
            print(f"{oid}\t{at.isoformat()}")
        return 0
    if action == "language":
        info = amazon.connection(args.name)
        for oid, locale in amazon.buyer_languages(info, args.order_ids):
            print(f"{oid}\t{locale or 'unknown'}")
        return 0
    if action == "review":
        return _review(amazon, args)
    if action in ("actions", "message"):
        return _message(amazon, args)
    return _sync(amazon, args)


def _message(amazon: AmazonService, args: argparse.Namespace) -> int:
    info = amazon.connection(args.name)
    if args.what == "actions":
        for spec in amazon.actions_for_order(info, args.order_id):
            takes = [f"text up to {spec.text_max}"] if spec.text_max else []
            takes += ["attachments"] if spec.attachments else []
            takes += ["coverage dates"] if spec.coverage_dates else []
            print(f"{spec.name}\t{spec.label}\t{', '.join(takes)}")
        return 0
    try:
        uploads = tuple(amazon.read_upload(path) for path in args.attach)
        coverage = parse_coverage(args.coverage)
    except (OSError, ValueError) as exc:
        return fail(exc)
    text = sys.stdin.read().strip() if args.text_stdin else ""
    message = AmazonMessage(args.message_action, text, uploads, coverage)
    try:
        report = amazon.send_message(info, args.order_id, message)
    except AmazonMessageError as exc:
        return fail(exc, 1)
    for finding in report.findings:
        print(f"{finding.severity}: {finding_text(finding)}", file=sys.stderr)
    sent = _tr("sent Amazon message {action} for {order}")
    print(sent.format(action=args.message_action, order=args.order_id))
    return 0


def _review(amazon: AmazonService, args: argparse.Namespace) -> int:
    info = amazon.connection(args.name)
    ids = list(args.order_ids)
    if args.eligible:
        ids += amazon.eligible_orders(info)
    if not ids:
        print(_tr("no order is inside its review window (5-30 days after delivery)"))
        return 0

    def progress(done: int, total: int, outcome: ReviewOutcome) -> None:
        print(f"[{done}/{total}] {terminal_text(outcome.message)}")

    outcomes = amazon.request_reviews(info, ids, progress=progress)
    return 0 if all(o.sent for o in outcomes) and len(outcomes) == len(ids) else 1


def _connect(amazon: AmazonService, args: argparse.Namespace) -> int:
    if not args.secrets_stdin:
        return fail(
            _tr(
                "give the client secret and refresh token with --secrets-stdin "
                "(two lines; never command arguments)"
            )
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
    amazon.connect(spec, secret, refresh)
    connected = _tr(
        "connected {name} ({region}); client secret and refresh token are in the keyring"
    )
    print(connected.format(name=args.name, region=args.region))
    return 0


def _sync(amazon: AmazonService, args: argparse.Namespace) -> int:
    names = [args.name] if args.name else [c.name for c in amazon.connections()]
    if not names:
        return fail(_tr("no Amazon connection yet; add one with `inbox-app amazon connect`"))
    if args.name:
        amazon.connection(args.name)
    worst = 0

    def progress(orders: int, pages: int) -> None:
        if not args.quiet:
            counted = _tr("{orders} orders, {pages} pages").format(orders=orders, pages=pages)
            print(f"\r{counted}", end="", file=sys.stderr, flush=True)

    for name in names:
        result = amazon.sync_connection(name, progress=progress)
        if not args.quiet and result.pages:
            print(file=sys.stderr)
        synced = _tr(
            "{name}: {new} new orders, {updated} updated, {pages} pages, "
            "{languages} buyer languages"
        )
        print(
            synced.format(
                name=name,
                new=result.new,
                updated=result.updated,
                pages=result.pages,
                languages=result.languages,
            )
        )
        for problem in (result.error, result.note):
            if problem:
                print(f"inbox-app: {terminal_text(problem)}", file=sys.stderr)
        if result.error:
            worst = 1
    return worst


def _tr(text: str) -> str:
    return localize.translate("Cli", text)
