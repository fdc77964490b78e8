"""`inbox-app desktop install|remove`: put Seller Inbox in the user's applications menu
(launcher, icons and AppStream metainfo under $XDG_DATA_HOME) or take it out again."""

from __future__ import annotations

import argparse

from inbox_app import desktop
from inbox_app.commands import localize


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    db_parent: argparse.ArgumentParser,
) -> None:
    p = subparsers.add_parser(
        "desktop",
        help="add Seller Inbox to (or remove it from) your applications menu",
        description="Install or remove the launcher, icons and metainfo in your user data "
        "folder ($XDG_DATA_HOME, usually ~/.local/share); nothing system-wide is touched.",
    )
    p.add_argument("action", choices=("install", "remove"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    base = desktop.data_home()
    if args.action == "install":
        files = desktop.install(base)
        launcher = files[0]
        print(_tr("Seller Inbox is in your applications menu ({path}).").format(path=launcher))
        print(_tr("It starts {command}.").format(command=desktop.program_command()))
        return 0
    removed = desktop.remove(base)
    if not removed:
        print(_tr("Seller Inbox was not in the applications menu under {path}.").format(path=base))
        return 0
    print(_tr("Removed {count} file(s) under {path}.").format(count=len(removed), path=base))
    return 0


def _tr(text: str) -> str:
    return localize.translate("Cli", text)
