"""`inbox-app thread assign ID --to PERSON|--me` and `thread unassign ID`: who answers a
thread on a team inbox."""

from __future__ import annotations

import argparse

from inbox_app.commands import localize
from inbox_app.commands.common import fail, open_store_from_args
from inbox_app.services.assignments import AssignError, Assignment, current_seat_id
from inbox_app.services.inbox import InboxService


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    db_parent: argparse.ArgumentParser,
) -> None:
    p = subparsers.add_parser(
        "thread", parents=[db_parent], help="assign a thread to a teammate, or unassign it"
    )
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    give = sub.add_parser("assign", parents=[db_parent], help="assign a thread to a person")
    give.add_argument("thread_id", metavar="ID", type=int, help="the thread's id")
    who = give.add_mutually_exclusive_group(required=True)
    who.add_argument("--to", metavar="PERSON", help="the teammate's name (or seat id)")
    who.add_argument("--me", action="store_true", help="take the thread yourself")
    give.set_defaults(func=_assign)
    drop = sub.add_parser("unassign", parents=[db_parent], help="the thread is nobody's")
    drop.add_argument("thread_id", metavar="ID", type=int, help="the thread's id")
    drop.set_defaults(func=_unassign)


def _assign(args: argparse.Namespace) -> int:
    store = open_store_from_args(args)
    if store is None:
        return 1
    try:
        threads = InboxService(store)
        threads.seat_id = me = current_seat_id(store.url)
        done: Assignment | None
        if not args.me:
            done = threads.assign_person(int(args.thread_id), str(args.to))
        elif me is None:
            return fail(
                _tr(
                    "this seat is on no team inbox: --me needs a seat "
                    "(inbox-app team join URL --name NAME)"
                )
            )
        else:
            done = threads.assign(int(args.thread_id), me)
    except AssignError as exc:
        return fail(exc, 1)
    finally:
        store.close()
    if done is not None:  # always, for a seat
        assigned = _tr("thread {thread} assigned to {person}")
        print(assigned.format(thread=done.thread_id, person=done.person))
    return 0


def _unassign(args: argparse.Namespace) -> int:
    store = open_store_from_args(args)
    if store is None:
        return 1
    try:
        had = InboxService(store).unassign(int(args.thread_id))
    except AssignError as exc:
        return fail(exc, 1)
    finally:
        store.close()
    said = (
        _tr("thread {thread} is assigned to nobody now")
        if had
        else _tr("thread {thread} was assigned to nobody")
    )
    print(said.format(thread=args.thread_id))
    return 0


def _tr(text: str) -> str:
    return localize.translate("Cli", text)
