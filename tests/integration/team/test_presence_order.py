"""Who else is on a thread, in the order a seller needs it (on the real PostgreSQL server):
whoever is replying comes first, however long someone else has only been looking, the
earliest reply first; an expired row, this seat's own and a seat that left are not there."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from inbox_app.services import presence
from inbox_app.services.team_link import SeatPresence
from inbox_app.store.migrate import Store, open_store
from inbox_app.store.schema import utcnow
from inbox_app.store.team_schema import Presence, Seat
from tests.helpers.factories import add_seats, make_thread


@pytest.fixture
def store(team_url: str) -> Iterator[Store]:
    opened = open_store(team_url)
    yield opened
    opened.close()


def _on(
    store: Store, seat_id: str, tid: int, activity: str, minutes_ago: int, ttl_s: int = 30
) -> None:
    now = utcnow()
    with store.session() as s, s.begin():
        s.merge(
            Presence(
                seat_id=seat_id,
                thread_id=tid,
                activity=activity,
                since=now - timedelta(minutes=minutes_ago),
                expires_at=now + timedelta(seconds=ttl_s),
            )
        )


def test_the_ones_replying_come_first_then_the_ones_looking(store: Store) -> None:
    tid, other = make_thread(store), make_thread(store)
    seats = add_seats(store, "Anna", "Bo", "Chiara", "Dario", "Elio", "Fabio")
    _on(store, seats["Bo"], tid, presence.VIEWING, minutes_ago=30)  # looking the longest
    _on(store, seats["Chiara"], tid, presence.REPLYING, minutes_ago=2)
    _on(store, seats["Dario"], tid, presence.REPLYING, minutes_ago=5)  # the earliest reply
    _on(store, seats["Elio"], tid, presence.VIEWING, minutes_ago=1)
    _on(store, seats["Fabio"], tid, presence.REPLYING, minutes_ago=9, ttl_s=-1)  # expired
    _on(store, seats["Anna"], tid, presence.REPLYING, minutes_ago=40)  # this seat
    with store.session() as s, s.begin():
        s.add(
            Seat(
                id="seat-gone",
                person="Gina",
                joined_at=utcnow(),
                last_seen_at=utcnow(),
                left_at=utcnow(),
            )
        )
    _on(store, "seat-gone", other, presence.REPLYING, minutes_ago=1)

    order = ["Dario", "Chiara", "Bo", "Elio"]
    on = SeatPresence(store, seats["Anna"]).others_on(tid)
    assert [o.person for o in on] == order
    assert [o.activity for o in on] == ["replying", "replying", "viewing", "viewing"]
    assert all(o.expires_at is not None and o.expires_at > utcnow() for o in on)
    listed = SeatPresence(store, seats["Anna"]).others_listed()
    assert list(listed) == [tid]  # Gina left the team: her row on `other` is not shown
    assert [o.person for o in listed[tid]] == order
    # from Dario's seat: Anna (replying the longest) first, Dario himself not listed
    assert [o.person for o in SeatPresence(store, seats["Dario"]).others_listed()[tid]] == [
        "Anna",
        "Chiara",
        "Bo",
        "Elio",
    ]
