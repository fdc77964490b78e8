"""`inbox-app sync [--account NAME] [--send-only|--fetch-only]`: fetch mail, send the outbox."""

from __future__ import annotations

import argparse
import sys

from inbox_app.commands import localize
from inbox_app.commands.account import read_password
from inbox_app.commands.common import fail, open_store_from_args
from inbox_app.commands.localize import terminal_text
from inbox_app.services.leader import SyncLeader
from inbox_app.services.mail import MailService
from inbox_app.services.sync_report import SyncProgress
from inbox_app.store.errors import KnownStoreError

EXIT_FAILED = 1  # an account could not be synced, or the server refused a message
EXIT_UNCERTAIN = 3  # synced, but messages that may have been sent wait for the seller
EXIT_STATUS = f"""\
exit status:
  0  every account synced and nothing waits for you
  {EXIT_FAILED}  an account could not be synced or a message was refused (said on stderr)
  2  a usage or store error
  {EXIT_UNCERTAIN}  synced, but a message "may have been sent" (the connection dropped while
     sending it) and waits for you to decide in the window: resend, mark as sent or
     discard it. Said on stderr, and this status returned, on every sync until then.
     An account that failed gives {EXIT_FAILED} even then.
"""


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    db_parent: argparse.ArgumentParser,
) -> None:
    p = subparsers.add_parser(
        "sync",
        parents=[db_parent],
        help="fetch new mail over IMAP, then send the outbox",
        description="Fetch new mail over IMAP, then send the outbox.",
        epilog=EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--account", help="only this account (default: all)")
    only = p.add_mutually_exclusive_group()
    only.add_argument("--send-only", action="store_true", help="only send the outbox")
    only.add_argument("--fetch-only", action="store_true", help="only fetch new mail")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (accounts not saving it)",
    )
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = open_store_from_args(args)
    if store is None:
        return 2
    password = read_password(args)
    fetch = not args.send_only
    leader = SyncLeader(store)
    mail = MailService(store, leader)
    if fetch and not leader.acquire():  # released by store.close()
        busy = _tr(
            "another seat is fetching the team's mail (one seat at a time); "
            "this one only sends its outbox"
        )
        print(f"inbox-app: {busy}", file=sys.stderr)
        fetch = False

    def progress(p: SyncProgress) -> None:
        if args.quiet or p.phase == "done":
            return
        if p.phase == "fetch":
            print(f"\r{p.folder}: {p.done}/{p.total}", end="", file=sys.stderr, flush=True)
        elif p.message:
            said = terminal_text(p.message)
            print(f"\n{said}" if p.phase == "connect" else said, file=sys.stderr)

    try:
        names = [args.account] if args.account else [a.name for a in mail.accounts()]
        if not names:
            return fail(_tr("no mail account yet: add one with `inbox-app account add`"))
        failed = uncertain = False
        for name in names:
            summary = mail.sync_account(
                name,
                fetch=fetch,
                send=not args.fetch_only,
                progress=progress,
                password=password,
            )
            if not args.quiet:
                print(file=sys.stderr)
            for line in summary.lines()[: 2 if summary.outbox else 1]:
                print(terminal_text(line))
            for error in summary.errors:
                print(f"inbox-app: {name}: {terminal_text(error)}", file=sys.stderr)
            if summary.uncertain:  # said on every sync until the seller decides
                print(
                    f"inbox-app: {name}: {terminal_text(summary.uncertain_text())}", file=sys.stderr
                )
            failed = failed or not summary.ok
            uncertain = uncertain or bool(summary.uncertain)
        return EXIT_FAILED if failed else EXIT_UNCERTAIN if uncertain else 0
    except KnownStoreError as exc:
        return fail(exc)
    finally:
        store.close()


def _tr(text: str) -> str:
    return localize.translate("Cli", text)
