"""`inbox-app account add|list|remove|test`: the seller's mail accounts, for scripting."""

from __future__ import annotations

import argparse
import sys

from inbox_app import credentials
from inbox_app.commands import localize
from inbox_app.commands.common import fail, open_store_from_args
from inbox_app.commands.localize import terminal_text
from inbox_app.mail.server import TLS_MODES
from inbox_app.services import accounts
from inbox_app.services.mail import MailService
from inbox_app.store.errors import KnownStoreError
from inbox_app.store.migrate import Store


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    db_parent: argparse.ArgumentParser,
) -> None:
    p = subparsers.add_parser("account", parents=[db_parent], help="manage mail accounts")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", parents=[db_parent], help="add a mail account")
    add.add_argument("name")
    add.add_argument("--address", required=True, help="the seller's authorized sender address")
    add.add_argument("--display-name", default="")
    add.add_argument("--imap-host", required=True)
    add.add_argument("--imap-port", type=int, default=993)
    add.add_argument("--imap-tls", choices=TLS_MODES, default="implicit")
    add.add_argument(
        "--imap-folder",
        action="append",
        dest="imap_folders",
        metavar="FOLDER",
        help="folder to watch (repeatable; default INBOX)",
    )
    add.add_argument("--smtp-host", required=True)
    add.add_argument("--smtp-port", type=int, default=465)
    add.add_argument("--smtp-tls", choices=TLS_MODES, default="implicit")
    add.add_argument("--user", default="", help="login for both servers (default: --address)")
    add.add_argument("--imap-user", default="")
    add.add_argument("--smtp-user", default="")
    add.add_argument(
        "--smtp-auth",
        choices=("login", "none"),
        default="login",
        help="none: the SMTP server takes mail without login (a local relay or a "
        "smarthost that trusts this machine's address)",
    )
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input",
    )
    add.add_argument(
        "--no-save-password",
        action="store_true",
        help="do not keep the password in the keyring (give it to each sync)",
    )
    add.add_argument("--ca-file", default=None, help="PEM CA / certificate to trust")
    add.add_argument("--marketplaces", default="", help="comma-separated codes, e.g. US,DE")
    for name, helptext in (
        ("list", "list accounts"),
        ("remove", "remove an account"),
        ("test", "test the IMAP and SMTP connection"),
    ):
        q = sub.add_parser(name, parents=[db_parent], help=helptext)
        if name != "list":
            q.add_argument("name")
        if name == "test":
            q.add_argument("--password-stdin", action="store_true")
    p.set_defaults(func=run)


def read_password(args: argparse.Namespace) -> str | None:
    if not getattr(args, "password_stdin", False):
        return None
    line = sys.stdin.readline()
    return line.rstrip("\r\n")


def run(args: argparse.Namespace) -> int:
    store = open_store_from_args(args)
    if store is None:
        return 2
    try:
        return _dispatch(store, args)
    except accounts.AccountError as exc:
        return fail(exc)
    except credentials.CredentialsError as exc:
        return fail(exc)
    except KnownStoreError as exc:
        return fail(exc)
    finally:
        store.close()


def _dispatch(store: Store, args: argparse.Namespace) -> int:
    mail = MailService(store)
    if args.action == "list":
        for a in mail.accounts():
            print(
                f"{a.name}\t{a.address}\timap {a.imap.tls}://{a.imap.host}:{a.imap.port}\t"
                f"smtp {a.smtp.tls}://{a.smtp.host}:{a.smtp.port}"
                f"{'' if a.smtp_auth else ' (no login)'}\t"
                f"folders {','.join(a.folders)}\tmarketplaces {','.join(a.marketplaces) or '-'}"
            )
        return 0
    if args.action == "remove":
        mail.remove_account(args.name)
        print(_tr("removed account {name}").format(name=args.name))
        return 0
    if args.action == "test":
        account = mail.account(args.name)
        password = read_password(args) or accounts.account_password(account)
        if password is None:
            return fail(_tr("no password saved for this account; use --password-stdin"))
        result = accounts.test_connection(account, password)
        print(f"IMAP: {terminal_text(result.imap.message)}")
        print(f"SMTP: {terminal_text(result.smtp.message)}")
        return 0 if result.ok else 1
    password = read_password(args)
    if password is None:
        return fail(_tr("give the password with --password-stdin (it is never a command argument)"))
    spec = accounts.AccountSpec(
        name=args.name,
        address=args.address,
        display_name=args.display_name,
        user=args.user or args.address,
        imap_host=args.imap_host,
        imap_port=args.imap_port,
        imap_tls=args.imap_tls,
        imap_user=args.imap_user,
        imap_folders=accounts.folders_of(args.imap_folders or ["INBOX"]),
        smtp_host=args.smtp_host,
        smtp_port=args.smtp_port,
        smtp_tls=args.smtp_tls,
        smtp_user=args.smtp_user,
        smtp_auth=args.smtp_auth == "login",
        marketplaces=tuple(m.strip().upper() for m in args.marketplaces.split(",") if m.strip()),
        ca_file=args.ca_file,
        save_password=not args.no_save_password,
    )
    try:
        info = mail.add_account(spec, password)
    except credentials.NoSecureKeyringError as exc:
        advice = _tr(
            "Add the account with --no-save-password and give the password "
            "to each `inbox-app sync --password-stdin`."
        )
        return fail(f"{terminal_text(exc)} {advice}")
    added = (
        _tr("added account {name} ({address}); password kept in the system keyring")
        if info.save_password
        else _tr("added account {name} ({address}); password kept for this session only")
    )
    print(added.format(name=info.name, address=info.address))
    return 0


def _tr(text: str) -> str:
    return localize.translate("Cli", text)
