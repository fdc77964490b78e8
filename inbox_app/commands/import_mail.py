"""`inbox-app import-mail PATH`: import relay mail from an mbox, a Maildir or .eml files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from inbox_app.commands import localize
from inbox_app.commands.common import fail, open_store_from_args
from inbox_app.mail.sentences import say
from inbox_app.mail.sources import MailSourceError, describe
from inbox_app.services.mail import MailService
from inbox_app.services.mail_import import ImportSummary
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
        return fail(MailSourceError(say("source_missing", path=path)))
    store = open_store_from_args(args)
    if store is None:
        return 2

    def progress(done: int, total: int) -> None:
        if not args.quiet:
            counted = _tr("importing: {done}/{total}").format(done=done, total=total)
            print(f"\r{counted}", end="", file=sys.stderr, flush=True)

    try:
        if not args.quiet:
            print(_reading(path), file=sys.stderr)
        summary = MailService(store).import_mail(path, progress=progress)
    except MailSourceError as exc:
        return fail(exc)
    except (OSError, KnownStoreError) as exc:
        return fail(_tr("import stopped: {why}").format(why=localize.terminal_text(exc)))
    finally:
        store.close()
    if not args.quiet:
        print(file=sys.stderr)
    print(summary_line(summary))
    return 0


def _reading(path: Path) -> str:
    kind = describe(path)
    sentences = {
        "Maildir": _tr("reading the Maildir {path}"),
        "folder of .eml files": _tr("reading the folder of .eml files {path}"),
        ".eml file": _tr("reading the .eml file {path}"),
    }
    return sentences.get(kind, _tr("reading the mbox file {path}")).format(path=path)


def summary_line(summary: ImportSummary) -> str:
    """The import's counts in one line (ImportSummary.line, in the system's language)."""
    c = summary.counts
    text = _tr(
        "{total} messages read: {imported} imported, {known} already known, "
        "{ignored} not relay mail (ignored), {unmatched} notices without a matching thread"
    ).format(
        total=summary.total,
        imported=c["imported"],
        known=c["duplicate"],
        ignored=c["ignored"],
        unmatched=c["unmatched"],
    )
    if summary.problems:
        text += _tr(", {count} only partly readable").format(count=summary.problems)
    return text + (_tr(" (cancelled)") if summary.cancelled else "")


def _tr(text: str) -> str:
    return localize.translate("Cli", text)
