"""Live changes of a team inbox: a thread of its own LISTENs on the server's change
channel (migration 0005's triggers) and hands batches of changed thread ids to a callback.

The listener has its own libpq connection (never the pool's). A lost connection is
reported once (`on_state(False)`), retried with a growing pause, and when the server is
back the listener LISTENs again and reports every thread touched since the last change it
saw (plus `caught_up`, so the window re-reads what it shows). No Qt: the callbacks run on
the listener's thread; a GUI hands them to its own thread (views/team/live.py).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from inbox_app.store.migrate import Store
from inbox_app.store.schema import Thread, utcnow
from inbox_app.store.server import CHANNEL, connect_direct

BATCH_S = 0.03  # changes arriving this close together are delivered as one batch
RETRY_FIRST_S = 0.5
RETRY_MAX_S = 5.0
CATCH_UP_SLACK = timedelta(seconds=5)  # clocks of seats and server differ a little
CATCH_UP_LIMIT = 5000


@dataclass(frozen=True, slots=True)
class Changes:
    """One batch: threads whose rows changed, threads whose presence changed, and whether
    this batch follows a reconnect (what was missed is unknown: re-read what is shown)."""

    threads: frozenset[int] = field(default_factory=frozenset)
    presence: frozenset[int] = field(default_factory=frozenset)
    caught_up: bool = False


def parse(payloads: list[str]) -> Changes:
    """'<kind>:<thread id>' payloads -> a batch (unknown or malformed ones are ignored)."""
    threads: set[int] = set()
    presence: set[int] = set()
    for payload in payloads:
        kind, _, rest = payload.partition(":")
        try:
            tid = int(rest)
        except ValueError:
            continue
        if kind == "presence":
            presence.add(tid)
        elif kind in ("thread", "message", "assignment"):
            threads.add(tid)
    return Changes(frozenset(threads), frozenset(presence))


class ChangeListener:
    """`start()` a daemon thread that LISTENs until `stop()` (or the store closes)."""

    def __init__(
        self,
        store: Store,
        on_changes: Callable[[Changes], object],
        on_state: Callable[[bool], object],
    ) -> None:
        self._store = store
        self._on_changes = on_changes
        self._on_state = on_state
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._conn: Any = None
        self._last_seen = utcnow()
        self._ever_connected = False
        self._online: bool | None = None
        store.closers.append(self.stop)

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="team-listener", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()  # the listener looks at it at least twice a second
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    # --- the listener's thread --------------------------------------------------------

    def _run(self) -> None:
        pause = RETRY_FIRST_S
        while not self._stop.is_set():
            try:
                conn = connect_direct(self._store.engine)
            except Exception:
                self._state(False)
                self._stop.wait(pause)
                pause = min(RETRY_MAX_S, pause * 2)
                continue
            pause = RETRY_FIRST_S
            self._conn = conn
            try:
                conn.execute(f"LISTEN {CHANNEL}")
                missed = self._ever_connected
                self._ever_connected = True
                self._state(True)
                if missed:
                    self._catch_up()
                self._listen(conn)
            except Exception:
                if not self._stop.is_set():
                    self._state(False)
            finally:
                self._conn = None
                with contextlib.suppress(Exception):
                    conn.close()

    def _listen(self, conn: Any) -> None:
        while not self._stop.is_set():
            notes = [n.payload for n in conn.notifies(timeout=0.5, stop_after=1)]
            if notes:  # what follows within a moment joins the batch
                notes += [n.payload for n in conn.notifies(timeout=BATCH_S)]
                self._deliver(parse(notes))
            elif conn.closed or conn.broken:
                raise ConnectionError("the team server closed the listener's connection")
            else:
                conn.execute("SELECT 1")  # a server gone quietly shows here

    def _deliver(self, changes: Changes) -> None:
        self._last_seen = utcnow()
        if changes.threads or changes.presence or changes.caught_up:
            self._on_changes(changes)

    def _catch_up(self) -> None:
        """Back after a lost connection: every thread touched since the last change seen."""
        since = self._last_seen - CATCH_UP_SLACK
        with self._store.session() as s:
            ids = s.scalars(
                select(Thread.id)
                .where(Thread.last_activity_at >= since)
                .order_by(Thread.last_activity_at.desc())
                .limit(CATCH_UP_LIMIT)
            ).all()
        self._deliver(Changes(threads=frozenset(ids), caught_up=True))

    def _state(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            self._on_state(online)
