"""Who answers a thread on a team inbox: assign a thread to a teammate (or take it),
unassign it, the people one can assign to, and which seat wrote a reply.

Works on any store (on a single seller's SQLite file the team tables are simply empty,
and nothing here is offered); on PostgreSQL each change NOTIFYs every seat through the
migration's triggers. No Qt; each call is one unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from inbox_app.services.sentences import say
from inbox_app.store.schema import Thread, utcnow
from inbox_app.store.team_schema import MessageAuthor, Seat, ThreadAssignment


class AssignError(Exception):
    """An assignment that cannot be made, in one sentence for the user."""


@dataclass(frozen=True, slots=True)
class Person:
    """A teammate one can assign a thread to (a seat that has not left)."""

    seat_id: str
    person: str


@dataclass(frozen=True, slots=True)
class Assignment:
    thread_id: int
    seat_id: str | None  # None: nobody
    person: str | None


def current_seat_id(url: str) -> str | None:
    """This seat's id when the store at `url` is the team inbox it joined, else None (a
    single seller's own file). Reads the settings file only."""
    from inbox_app.seat import seat_for

    seat = seat_for(url)
    return seat.seat_id if seat is not None else None


def people(session: Session) -> list[Person]:
    """The team's seats that have not left, by name."""
    rows = session.execute(
        select(Seat.id, Seat.person).where(Seat.left_at.is_(None)).order_by(Seat.person, Seat.id)
    ).all()
    return [Person(str(i), str(p)) for i, p in rows]


def find_person(session: Session, name: str) -> Person:
    """The teammate called `name` (any letter case; a seat id works too)."""
    wanted = " ".join(name.split()).casefold()
    team = people(session)
    found = [p for p in team if p.person.casefold() == wanted or p.seat_id == name.strip()]
    if len(found) == 1:
        return found[0]
    if found:
        raise AssignError(say("seats_same_name", count=len(found), name=name.strip()))
    if not team:
        raise AssignError(say("no_team"))
    names = ", ".join(p.person for p in team)
    raise AssignError(say("nobody_called", name=name.strip(), names=names))


def assign(session: Session, thread_id: int, seat_id: str, by: str | None) -> Assignment:
    """Assign the thread to the seat (replacing any assignee)."""
    if session.get(Thread, thread_id) is None:
        raise AssignError(say("no_thread", thread=thread_id))
    seat = session.get(Seat, seat_id)
    if seat is None or seat.left_at is not None:
        raise AssignError(say("left_team"))
    row = session.get(ThreadAssignment, thread_id)
    now = utcnow()
    if row is None:
        session.add(
            ThreadAssignment(thread_id=thread_id, seat_id=seat_id, assigned_by=by, assigned_at=now)
        )
    elif row.seat_id != seat_id:
        row.seat_id, row.assigned_by, row.assigned_at = seat_id, by, now
    return Assignment(thread_id, seat_id, seat.person)


def unassign(session: Session, thread_id: int) -> bool:
    """Nobody has the thread now; False when nobody had it."""
    if session.get(Thread, thread_id) is None:
        raise AssignError(say("no_thread", thread=thread_id))
    result = session.execute(
        delete(ThreadAssignment).where(ThreadAssignment.thread_id == thread_id)
    )
    return bool(getattr(result, "rowcount", 0))


def assignee(session: Session, thread_id: int) -> Assignment:
    row = session.execute(
        select(ThreadAssignment.seat_id, Seat.person)
        .join(Seat, Seat.id == ThreadAssignment.seat_id)
        .where(ThreadAssignment.thread_id == thread_id)
    ).first()
    if row is None:
        return Assignment(thread_id, None, None)
    return Assignment(thread_id, str(row[0]), str(row[1]))


def record_author(session: Session, message_id: int, seat_id: str | None) -> None:
    """The seat that wrote (queued) a reply; nothing on a single seller's store."""
    if seat_id is None or session.get(Seat, seat_id) is None:
        return
    row = session.get(MessageAuthor, message_id)
    if row is None:
        session.add(MessageAuthor(message_id=message_id, seat_id=seat_id, at=utcnow()))
    else:
        row.seat_id, row.at = seat_id, utcnow()


def is_team(session: Session) -> bool:
    """More than one person on this store: the assignment UI has a use."""
    n = session.execute(
        select(func.count()).select_from(Seat).where(Seat.left_at.is_(None))
    ).scalar_one()
    return int(n) > 1
