"""`inbox-app import-mail PATH`: import relay mail from an mbox, a Maildir or .eml files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from inbox_app.commands.common import fail, open_store_from_args
from inbox_app.mail.sources import MailSourceError, describe
from inbox_app.services.mail import MailService
from inbox_app.store.errors import KnownStoreError


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    db_parent: argparse.ArgumentParser,
) -> None:
    p = subparsers.add_parser(
        "import-mail",
        parents=[db_parent],
        help="import Amazon relay mail from an mbox file, a Maildir or a folder of .eml files",
    )
    p.add_argument("path", type=Path, help="mbox file, Maildir folder, folder of .eml, or .eml")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path: Path = args.path.expanduser()
    if not path.exists():
        return fail(f"{path} does not exist")
    store = open_store_from_args(args)
    if store is None:
        return 2

    def progress(done: int, total: int) -> None:
        if not args.quiet:
            print(f"\rimporting: {done}/{total}", end="", file=sys.stderr, flush=True)

    try:
        if not args.quiet:
            print(f"reading {describe(path)} {path}", file=sys.stderr)
        summary = MailService(store).import_mail(path, progress=progress)
    except MailSourceError as exc:
        return fail(exc)
    except (OSError, KnownStoreError) as exc:
        return fail(f"import stopped: {exc}")
    finally:
        store.close()
    if not args.quiet:
        print(file=sys.stderr)
    print(summary.line())
    return 0
