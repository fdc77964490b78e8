"""Seats of a team inbox: join (register this seat), leave, list who is on the team.

A seat is one person's app on the shared PostgreSQL store; its id and the person's name
are kept in this user's settings (inbox_app.seat). `TeamSeats` is the façade: each of its
methods is one unit of work over the store; the functions are steps in a Session. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from inbox_app.seat import SeatConfig, load_seat, new_seat_id, save_seat
from inbox_app.services.sentences import say
from inbox_app.services.work import Work
from inbox_app.store.migrate import Store
from inbox_app.store.schema import utcnow
from inbox_app.store.team_schema import Presence, Seat, ThreadAssignment

MAX_NAME = 120


class SeatError(Exception):
    """A seat request that cannot be done, in one sentence for the user."""


@dataclass(frozen=True, slots=True)
class SeatInfo:
    seat_id: str
    person: str
    joined_at: datetime
    last_seen_at: datetime
    left: bool
    assigned: int  # open threads assigned to this seat


def clean_person(name: str) -> str:
    person = " ".join(name.split())
    if not person:
        raise SeatError(say("seat_needs_person"))
    if len(person) > MAX_NAME:
        raise SeatError(say("name_too_long", count=MAX_NAME))
    return person


def record_seat(s: Session, seat_id: str, person: str) -> None:
    """The seat's row (again: its name is updated, it is seen now and no longer left),
    in the caller's transaction."""
    now = utcnow()
    row = s.get(Seat, seat_id)
    if row is None:
        s.add(Seat(id=seat_id, person=person, joined_at=now, last_seen_at=now))
    else:
        row.person, row.last_seen_at, row.left_at = person, now, None


def leave_seat(s: Session, seat_id: str) -> None:
    """The seat leaves: marked left, its presence gone, its threads unassigned (in the
    caller's transaction)."""
    row = s.get(Seat, seat_id)
    if row is None:
        return
    row.left_at = utcnow()
    s.execute(delete(Presence).where(Presence.seat_id == seat_id))
    s.execute(delete(ThreadAssignment).where(ThreadAssignment.seat_id == seat_id))


def list_seats(s: Session) -> list[SeatInfo]:
    """Everyone who joined the team (left ones too), by name, with their open threads."""
    assigned = (
        select(ThreadAssignment.seat_id, func.count().label("n"))
        .group_by(ThreadAssignment.seat_id)
        .subquery()
    )
    rows = s.execute(
        select(Seat, func.coalesce(assigned.c.n, 0))
        .outerjoin(assigned, assigned.c.seat_id == Seat.id)
        .order_by(Seat.person, Seat.id)
    ).all()
    return [
        SeatInfo(
            seat.id,
            seat.person,
            seat.joined_at,
            seat.last_seen_at,
            seat.left_at is not None,
            int(n),
        )
        for seat, n in rows
    ]


class TeamSeats:
    """The façade `inbox-app team` and the join dialog call: the team's seats on one
    shared store, each method one unit of work."""

    def __init__(self, store: Store) -> None:
        self._work = Work(store)

    def register(self, person: str, seat_id: str | None = None) -> SeatConfig:
        """Record this seat in the shared store (again: its name is updated) and in the
        settings; returns the seat. The store must be a server store."""
        if self._work.dialect != "postgresql":
            raise SeatError(say("team_needs_server"))
        person = clean_person(person)
        previous = load_seat()
        if seat_id is None and previous is not None and previous.url == self._work.url:
            seat_id = previous.seat_id  # joining again keeps the seat (its assignments stay)
        seat_id = seat_id or new_seat_id()
        with self._work.writing() as s:
            record_seat(s, seat_id, person)
        seat = SeatConfig(url=self._work.url, seat_id=seat_id, person=person)
        save_seat(seat)
        return seat

    def leave(self, seat_id: str) -> None:
        """The seat leaves: marked left, its presence gone, its threads unassigned."""
        with self._work.writing() as s:
            leave_seat(s, seat_id)

    def listed(self) -> list[SeatInfo]:
        with self._work.reading() as s:
            return list_seats(s)


def team_url(host: str, port: int, database: str, user: str) -> str:
    """The URL of a team inbox from the dialog's fields (no password in it)."""
    from sqlalchemy.engine import URL

    for value, what in ((host, "server"), (database, "database"), (user, "user name")):
        if not value.strip():
            raise SeatError(say("team_field_missing", what=what))
    return URL.create(
        "postgresql+psycopg", user.strip(), None, host.strip(), port, database.strip()
    ).render_as_string(hide_password=False)


def join_team(url: str, person: str, password: str | None = None) -> SeatConfig:
    """Open (and migrate, once for the team) the shared store, register this seat, keep
    the password in the keyring. Raises KnownStoreError or SeatError (one sentence).
    Slow (network, keyring): call it from a worker."""
    from sqlalchemy.engine import make_url

    from inbox_app.store.migrate import open_store

    clean_person(person)
    if password:
        url = make_url(url).set(password=password).render_as_string(hide_password=False)
    store = open_store(url)
    try:
        return TeamSeats(store).register(person)
    finally:
        store.close()
