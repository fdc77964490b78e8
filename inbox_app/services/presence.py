"""Presence on a team inbox: which seat has which thread open, and who is typing a reply.

Each seat keeps one row in `presence` alive with a heartbeat (`beat`); a row whose
`expires_at` has passed is ignored, so a seat that quits or dies disappears by itself.
`answered_since` tells a reply started at some time whether another seat answered the
thread since. No Qt; each call is one step in the caller's Session (the façade,
team_link.SeatPresence, opens one per call; run it off the GUI thread).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, delete, func, or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from inbox_app.store.rows import REPLYING, VIEWING, Someone
from inbox_app.store.schema import Message, utcnow
from inbox_app.store.server import CHANNEL
from inbox_app.store.team_schema import MessageAuthor, Presence, Seat

__all__ = ["REPLYING", "VIEWING", "Answer", "Someone"]  # the rows live in store/rows.py

TTL = timedelta(seconds=30)  # a presence row lives this long without a heartbeat
HEARTBEAT_MS = 10_000
_ANSWERED = ("queued", "sending", "sent")


@dataclass(frozen=True, slots=True)
class Answer:
    """A reply on a thread by someone other than this seat (person None: not known)."""

    message_id: int
    person: str | None


def beat(s: Session, seat_id: str, thread_id: int | None, activity: str) -> None:
    """This seat is on `thread_id` doing `activity` (None: on no thread) for TTL more
    (in the caller's transaction)."""
    now = utcnow()
    row = s.get(Presence, seat_id, with_for_update=True)
    if row is None:
        if s.get(Seat, seat_id) is None:
            return  # the seat left (or was never joined): nobody to show
        s.add(
            Presence(
                seat_id=seat_id,
                thread_id=thread_id,
                activity=activity,
                since=now,
                expires_at=now + TTL,
            )
        )
        return
    if row.thread_id != thread_id or row.activity != activity:
        row.since = now
    if row.thread_id != thread_id and row.thread_id is not None:
        _notify_left(s, row.thread_id)
    row.thread_id, row.activity, row.expires_at = thread_id, activity, now + TTL


def _notify_left(s: Session, thread_id: int) -> None:
    """The triggers name the row's new thread; the seats on the one it left hear it too."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {"channel": CHANNEL, "payload": f"presence:{thread_id}"},
        )


def clear(s: Session, seat_id: str) -> None:
    """This seat is gone (the window closed); in the caller's transaction."""
    s.execute(delete(Presence).where(Presence.seat_id == seat_id))


def _live_others(
    seat_id: str, now: datetime
) -> Select[int | None, str, str, str, datetime, datetime]:
    """The other seats' unexpired rows, in the order a seller needs them: whoever is
    replying first (the reply that may go out before yours; the earliest first), then
    the ones only looking, earliest first."""
    return (
        select(
            Presence.thread_id,
            Presence.seat_id,
            Seat.person,
            Presence.activity,
            Presence.since,
            Presence.expires_at,
        )
        .join(Seat, Seat.id == Presence.seat_id)
        .where(
            Presence.expires_at > now,
            Presence.seat_id != seat_id,
            Seat.left_at.is_(None),
        )
        .order_by(
            case((Presence.activity == REPLYING, 0), else_=1),
            Presence.since,
            Seat.person,
            Presence.seat_id,
        )
    )


def others_on(s: Session, thread_id: int, seat_id: str) -> list[Someone]:
    """The other seats on `thread_id` now, the ones replying first."""
    query = _live_others(seat_id, utcnow()).where(Presence.thread_id == thread_id)
    rows = s.execute(query).all()
    return [Someone(sid, who, what, since, until) for _t, sid, who, what, since, until in rows]


def others_listed(s: Session, seat_id: str) -> dict[int, tuple[Someone, ...]]:
    """Every thread another seat is on now -> who, the ones replying first (one row per
    seat at most: bounded by the team's size, whatever the inbox's)."""
    query = _live_others(seat_id, utcnow()).where(Presence.thread_id.is_not(None))
    rows = s.execute(query).all()
    listed: dict[int, list[Someone]] = {}
    for tid, sid, who, what, since, until in rows:
        if tid is not None:
            listed.setdefault(tid, []).append(Someone(sid, who, what, since, until))
    return {tid: tuple(people) for tid, people in listed.items()}


def answered_since(s: Session, thread_id: int, since: datetime, seat_id: str) -> Answer | None:
    """The latest reply queued or sent on `thread_id` after `since` by another seat."""
    row = s.execute(
        select(Message.id, Seat.person)
        .outerjoin(MessageAuthor, MessageAuthor.message_id == Message.id)
        .outerjoin(Seat, Seat.id == MessageAuthor.seat_id)
        .where(
            Message.thread_id == thread_id,
            Message.direction == "out",
            Message.status.in_(_ANSWERED),
            func.coalesce(Message.sent_at, Message.updated_at) >= since,
            or_(MessageAuthor.seat_id.is_(None), MessageAuthor.seat_id != seat_id),
        )
        .order_by(Message.id.desc())
        .limit(1)
    ).first()
    return Answer(int(row[0]), row[1]) if row is not None else None
