"""Seats of a team inbox: join (register this seat), leave, list who is on the team.

A seat is one person's app on the shared PostgreSQL store; its id and the person's name
are kept in this user's settings (inbox_app.seat). No Qt; each call is one unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select

from inbox_app.seat import SeatConfig, load_seat, new_seat_id, save_seat
from inbox_app.services.sentences import say
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


def register_seat(store: Store, person: str, seat_id: str | None = None) -> SeatConfig:
    """Record this seat in the shared store (again: its name is updated) and in the
    settings; returns the seat. The store must be a server store."""
    if store.engine.dialect.name != "postgresql":
        raise SeatError(say("team_needs_server"))
    person = clean_person(person)
    previous = load_seat()
    if seat_id is None and previous is not None and previous.url == store.url:
        seat_id = previous.seat_id  # joining again keeps the seat (its assignments stay)
    seat_id = seat_id or new_seat_id()
    now = utcnow()
    with store.session() as s, s.begin():
        row = s.get(Seat, seat_id)
        if row is None:
            s.add(Seat(id=seat_id, person=person, joined_at=now, last_seen_at=now))
        else:
            row.person, row.last_seen_at, row.left_at = person, now, None
    seat = SeatConfig(url=store.url, seat_id=seat_id, person=person)
    save_seat(seat)
    return seat


def ensure_seat(store: Store, seat: SeatConfig) -> None:
    """The seat row exists and is seen now (a seat's store may have been recreated)."""
    now = utcnow()
    with store.session() as s, s.begin():
        row = s.get(Seat, seat.seat_id)
        if row is None:
            s.add(Seat(id=seat.seat_id, person=seat.person, joined_at=now, last_seen_at=now))
        else:
            row.last_seen_at, row.left_at = now, None


def leave_seat(store: Store, seat_id: str) -> None:
    """The seat leaves: marked left, its presence gone, its threads unassigned."""
    with store.session() as s, s.begin():
        row = s.get(Seat, seat_id)
        if row is None:
            return
        row.left_at = utcnow()
        s.execute(delete(Presence).where(Presence.seat_id == seat_id))
        s.execute(delete(ThreadAssignment).where(ThreadAssignment.seat_id == seat_id))


def list_seats(store: Store) -> list[SeatInfo]:
    assigned = (
        select(ThreadAssignment.seat_id, func.count().label("n"))
        .group_by(ThreadAssignment.seat_id)
        .subquery()
    )
    with store.session() as s:
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
        return register_seat(store, person)
    finally:
        store.close()
