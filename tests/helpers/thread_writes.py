"""For the tests of the window's small writes (views/thread_writes.py) on a SQLite file and
on the real PostgreSQL cluster: a spy on every statement the store's engine runs (which
thread ran it), a record of the order the service's writes ran in, and a trigger that
makes the database refuse a change."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, text

from inbox_app.services.inbox import InboxService
from inbox_app.store.migrate import Store

WRITES = ("mark_read", "mark_no_response_needed", "reopen", "assign")


@dataclass
class Seen:
    """Statements (on the GUI thread?, first word) and the service writes run, in order
    ((name, args), on the GUI thread?)."""

    statements: list[tuple[bool, str]] = field(default_factory=list)
    writes: list[tuple[tuple[object, ...], bool]] = field(default_factory=list)

    def on_gui(self) -> list[str]:
        return [s for gui, s in self.statements if gui]


@contextmanager
def watched(store: Store, service: InboxService) -> Iterator[Seen]:
    """Record every statement on `store` and every small write `service` makes meanwhile."""
    seen = Seen()
    gui = threading.main_thread()

    def spy(_conn: Any, _cur: Any, statement: str, *_args: Any) -> None:
        seen.statements.append((threading.current_thread() is gui, statement.split(maxsplit=1)[0]))

    originals = {name: getattr(service, name) for name in WRITES}

    def wrap(name: str, original: Callable[..., object]) -> Callable[..., object]:
        def write(*args: object) -> object:
            seen.writes.append(((name, *args), threading.current_thread() is gui))
            return original(*args)

        return write

    for name, original in originals.items():
        setattr(service, name, wrap(name, original))
    event.listen(store.engine, "before_cursor_execute", spy)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", spy)
        for name in originals:
            delattr(service, name)  # the class's methods again


_SQLITE_REFUSE = (
    "CREATE TRIGGER refuse_unread BEFORE UPDATE OF unread ON threads "
    "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
)
_PG_REFUSE = (
    "CREATE FUNCTION refuse_unread() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$",
    "CREATE TRIGGER refuse_unread BEFORE UPDATE OF unread ON threads "
    "FOR EACH ROW EXECUTE FUNCTION refuse_unread()",
)


@contextmanager
def unread_refused(store: Store) -> Iterator[None]:
    """The database refuses every change of a thread's read state (a trigger), as a
    database that says no to a write does; allowed again afterwards."""
    postgres = store.engine.dialect.name == "postgresql"
    with store.engine.begin() as conn:
        for statement in _PG_REFUSE if postgres else (_SQLITE_REFUSE,):
            conn.execute(text(statement))
    try:
        yield
    finally:
        with store.engine.begin() as conn:
            conn.execute(text("DROP TRIGGER refuse_unread" + (" ON threads" if postgres else "")))
            if postgres:
                conn.execute(text("DROP FUNCTION refuse_unread()"))


def settle(window: Any, qtbot: Any) -> int:
    """Wait until the current thread's own work is over (its reads, the mark-read a moment
    after it was shown); its id."""
    commands, writes, runner = window.commands, window.thread_writes, window.runner
    qtbot.waitUntil(lambda: window.current_thread() is not None)
    qtbot.waitUntil(
        lambda: not commands.read_timer.isActive() and not writes.pending() and not runner.busy(),
        timeout=10_000,
    )
    tid = window.current_thread_id()
    assert isinstance(tid, int)
    return tid


def clicks_in_order(window: Any, qtbot: Any, store: Store) -> Seen:
    """U, Shift+U, E, Ctrl+Shift+E, U on the current thread as fast as they come: each is
    shown at once; returns what ran once all of them have landed."""
    tid = settle(window, qtbot)
    commands, model = window.commands, window.models.threads

    def row() -> Any:
        return model.cached_row(tid)

    with watched(store, window.service) as seen:
        commands.mark_read(False)
        assert row().unread and window.current_thread().unread
        commands.mark_read(True)
        assert not row().unread
        commands.mark_no_response_needed()
        assert row().state == "no_response_needed" and row().response_due_ts is None
        assert window.actions_["reopen"].isEnabled()  # the actions follow the shown row
        commands.reopen()
        assert row().state == "open"
        commands.mark_read(False)
        assert row().unread
        assert window.thread_writes.pending() >= 1  # (the first may have landed already)
        qtbot.waitUntil(lambda: window.thread_writes.pending() == 0, timeout=20_000)
    assert [w for w, _gui in seen.writes][:5] == [
        ("mark_read", tid, False),
        ("mark_read", tid, True),
        ("mark_no_response_needed", tid),
        ("reopen", tid),
        ("mark_read", tid, False),
    ]
    stored = window.service.thread_rows([tid])[tid]
    assert stored.unread and stored.state == "open" and stored.response_due_ts is not None
    # what the store holds (a team seat's own changes also come back as notifications,
    # read on the runner: the last of those may be applied after the last read back)
    qtbot.waitUntil(lambda: row() == stored and window.current_thread() == stored)
    return seen
