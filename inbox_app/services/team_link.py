"""The façade a window's team parts use, and nothing more of the store: whether it is a
shared (PostgreSQL) inbox, its address, work to run before it closes, a change listener
and this seat's presence. No Qt."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from inbox_app.services import presence
from inbox_app.services.live import ChangeListener, Changes
from inbox_app.services.presence import Answer, Someone
from inbox_app.services.work import Work
from inbox_app.store.migrate import Store


class SeatPresence:
    """One seat's presence row and what it reads of the others' (each call one unit of
    work; safe on a worker thread)."""

    def __init__(self, store: Store, seat_id: str) -> None:
        self._work = Work(store)
        self.seat_id = seat_id

    def beat(self, thread_id: int | None, activity: str) -> None:
        """This seat is on `thread_id` doing `activity` (None: on no thread) a while more."""
        with self._work.writing() as s:
            presence.beat(s, self.seat_id, thread_id, activity)

    def clear(self) -> None:
        with self._work.writing() as s:
            presence.clear(s, self.seat_id)

    def others_on(self, thread_id: int) -> list[Someone]:
        with self._work.reading() as s:
            return presence.others_on(s, thread_id, self.seat_id)

    def others_listed(self) -> dict[int, tuple[Someone, ...]]:
        with self._work.reading() as s:
            return presence.others_listed(s, self.seat_id)

    def answered_since(self, thread_id: int, since: datetime) -> Answer | None:
        with self._work.reading() as s:
            return presence.answered_since(s, thread_id, since, self.seat_id)


class TeamLink:
    """What the team's parts of a window use of one store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def shared(self) -> bool:
        """A team inbox on a server (PostgreSQL), seen by several seats."""
        return self._store.engine.dialect.name == "postgresql"

    @property
    def url(self) -> str:
        return self._store.url

    def on_close(self, callback: Callable[[], None]) -> None:
        """Run `callback` when the store closes, before its engine goes (last in, first run)."""
        self._store.closers.append(callback)

    def listener(
        self, on_changes: Callable[[Changes], object], on_state: Callable[[bool], object]
    ) -> ChangeListener:
        """A listener for the team's change notifications (stopped when the store closes)."""
        return ChangeListener(self._store, on_changes, on_state)

    def presence(self, seat_id: str) -> SeatPresence:
        return SeatPresence(self._store, seat_id)
