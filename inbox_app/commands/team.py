"""`inbox-app team join|leave|seats`: this seat on a team inbox (a shared PostgreSQL store)."""

from __future__ import annotations

import argparse
import sys

from inbox_app.commands import localize
from inbox_app.commands.common import fail
from inbox_app.seat import clear_seat, load_seat
from inbox_app.services import seats
from inbox_app.store.errors import KnownStoreError
from inbox_app.store.migrate import Store, open_store
from inbox_app.store.server import is_server_url, public_url, where
from inbox_app.store_url import database_url


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    db_parent: argparse.ArgumentParser,
) -> None:
    p = subparsers.add_parser(
        "team", parents=[db_parent], help="join or leave a team inbox on a PostgreSQL server"
    )
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    join = sub.add_parser("join", parents=[db_parent], help="make this seat part of a team inbox")
    join.add_argument("url", metavar="URL", help="postgresql+psycopg://user@host:port/database")
    join.add_argument("--name", required=True, help="the person at this seat, e.g. Anna")
    join.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the database password from standard input (kept in the keyring)",
    )
    join.set_defaults(func=_join)
    leave = sub.add_parser("leave", parents=[db_parent], help="this seat leaves the team inbox")
    leave.set_defaults(func=_leave)
    who = sub.add_parser("seats", parents=[db_parent], help="list the seats of the team inbox")
    who.set_defaults(func=_seats)


def _join(args: argparse.Namespace) -> int:
    url = str(args.url)
    if not is_server_url(url):
        return fail(
            _tr(
                "a team inbox is a PostgreSQL URL such as "
                "postgresql+psycopg://anna@db.example:5432/shop"
            )
        )
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    try:
        seat = seats.join_team(url, args.name, password)  # migrates once, whichever seat first
    except (KnownStoreError, seats.SeatError) as exc:
        return fail(exc, 1)
    joined = _tr("joined the team inbox at {where} as {person} (seat {seat})")
    print(joined.format(where=where(seat.url), person=seat.person, seat=seat.seat_id))
    return 0


def _open(args: argparse.Namespace) -> Store | None:
    url = database_url(args.db)
    if not is_server_url(url):
        fail(
            _tr(
                "this seat is on no team inbox: join one with `inbox-app team join URL --name NAME`"
            )
        )
        return None
    try:
        return open_store(url)
    except KnownStoreError as exc:
        fail(exc, 1)
        return None


def _forget_password(url: str) -> None:
    """The database password this seat kept goes with it (a keyring that does not answer
    leaves it: the seat has left all the same)."""
    from inbox_app import credentials
    from inbox_app.store.server import credential_key

    try:
        credentials.delete_password(credential_key(url))
    except credentials.CredentialsError as exc:
        stays = _tr("the database password stays in the keyring ({why})")
        print("inbox-app: " + stays.format(why=localize.terminal_text(exc)), file=sys.stderr)


def _leave(args: argparse.Namespace) -> int:
    seat = load_seat()
    if seat is None:
        return fail(_tr("this seat is on no team inbox"))
    try:
        store = open_store(seat.url)
    except KnownStoreError as exc:
        clear_seat()  # leaving works offline too; the team sees the seat as not seen since
        _forget_password(seat.url)
        left = _tr("left the team inbox on this machine; the server was not told ({why})")
        print("inbox-app: " + left.format(why=localize.terminal_text(exc)), file=sys.stderr)
        return 0
    try:
        seats.TeamSeats(store).leave(seat.seat_id)
    finally:
        store.close()
    clear_seat()
    _forget_password(seat.url)
    left = _tr("left the team inbox at {where}; this seat opens its own file again")
    print(left.format(where=where(seat.url)))
    return 0


def _seats(args: argparse.Namespace) -> int:
    store = _open(args)
    if store is None:
        return 2 if not is_server_url(database_url(args.db)) else 1
    try:
        rows = seats.TeamSeats(store).listed()
    finally:
        store.close()
    me = load_seat()
    print(_tr("team inbox {url}").format(url=public_url(store.url)))
    for r in rows:
        mark = " " + _tr("(this seat)") if me is not None and me.seat_id == r.seat_id else ""
        seen = _tr("seen {when} UTC").format(when=f"{r.last_seen_at:%Y-%m-%d %H:%M}")
        state = _tr("left") if r.left else seen
        assigned = _tr("{count} assigned").format(count=r.assigned)
        print(f"{r.person}\t{r.seat_id}\t{state}\t{assigned}{mark}")
    return 0


def _tr(text: str) -> str:
    return localize.translate("Cli", text)
