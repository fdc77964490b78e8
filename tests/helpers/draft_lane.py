"""For the tests of the compose pane's writes in the window's write lane (drafts, Send) on a
SQLite file and on the real PostgreSQL cluster: a spy on every statement the engine runs
and on the draft service's writes (which thread ran them, in what order), a trigger that
makes the database refuse a draft, and the typing-then-Send scenario both stores share."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, select, text

from inbox_app.services.compose import ComposeService
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Message
from tests.helpers.thread_writes import settle
from tests.helpers.writes import landed

DRAFT_WRITES = ("save_draft", "discard_draft", "queue_draft", "undo_queued")
# what writes (or takes SQLite's write lock); a read's deferred BEGIN does not
WRITE_WORDS = {"INSERT", "UPDATE", "DELETE", "BEGIN IMMEDIATE", "BEGIN EXCLUSIVE"}
GOOD = "Hello, your parcel left our warehouse today and arrives on Friday."


@dataclass
class Seen:
    """Statements (on the GUI thread?, first word, or two for a BEGIN) and the draft
    service's writes, in order (name, on the GUI thread?)."""

    statements: list[tuple[bool, str]] = field(default_factory=list)
    writes: list[tuple[str, bool]] = field(default_factory=list)

    def written_on_gui(self) -> list[str]:
        """The statements that write (or open a write) run on the GUI thread."""
        return [s for gui, s in self.statements if gui and s.upper() in WRITE_WORDS]


@contextmanager
def watched(store: Store, service: ComposeService) -> Iterator[Seen]:
    """Record every statement on `store` and every draft write `service` makes meanwhile."""
    seen = Seen()
    gui = threading.main_thread()

    def spy(_conn: Any, _cur: Any, statement: str, *_args: Any) -> None:
        words = statement.split(maxsplit=2)
        head = " ".join(words[:2]) if words[0].upper() == "BEGIN" else words[0]
        seen.statements.append((threading.current_thread() is gui, head.upper()))

    def wrap(name: str, original: Callable[..., object]) -> Callable[..., object]:
        def write(*args: object, **kwargs: object) -> object:
            seen.writes.append((name, threading.current_thread() is gui))
            return original(*args, **kwargs)

        return write

    for name in DRAFT_WRITES:
        setattr(service, name, wrap(name, getattr(service, name)))
    event.listen(store.engine, "before_cursor_execute", spy)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", spy)
        for name in DRAFT_WRITES:
            delattr(service, name)  # the class's methods again


_SQLITE_REFUSE = tuple(
    f"CREATE TRIGGER refuse_draft_{when} BEFORE {when} ON messages "
    "WHEN NEW.status = 'draft' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
    for when in ("INSERT", "UPDATE")
)
_PG_REFUSE = (
    "CREATE FUNCTION refuse_draft() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$",
    "CREATE TRIGGER refuse_draft BEFORE INSERT OR UPDATE ON messages "
    "FOR EACH ROW WHEN (NEW.status = 'draft') EXECUTE FUNCTION refuse_draft()",
)


@contextmanager
def drafts_refused(store: Store) -> Iterator[None]:
    """The database refuses every draft written (a trigger); allowed again afterwards."""
    postgres = store.engine.dialect.name == "postgresql"
    with store.engine.begin() as conn:
        for statement in _PG_REFUSE if postgres else _SQLITE_REFUSE:
            conn.execute(text(statement))
    try:
        yield
    finally:
        with store.engine.begin() as conn:
            if postgres:
                conn.execute(text("DROP TRIGGER refuse_draft ON messages"))
                conn.execute(text("DROP FUNCTION refuse_draft()"))
            else:
                for when in ("INSERT", "UPDATE"):
                    conn.execute(text(f"DROP TRIGGER refuse_draft_{when}"))


def messages(store: Store, thread_id: int) -> list[tuple[str, str]]:
    """(status, body) of the thread's outgoing messages, oldest first."""
    with store.session() as s:
        rows = s.execute(
            select(Message.status, Message.body_text)
            .where(Message.thread_id == thread_id, Message.direction == "out")
            .order_by(Message.id)
        ).all()
    return [(status, body) for status, body in rows]


def open_reply(window: Any, qtbot: Any) -> tuple[Any, int]:
    """The window settled on its current thread, its compose pane ready for a reply."""
    tid = settle(window, qtbot)
    qtbot.waitUntil(lambda: window.compose is not None and window.compose.thread_id == tid)
    pane = window.compose
    window.reply()
    qtbot.waitUntil(pane.ui.body.hasFocus)
    return pane, tid


def typed_then_sent(
    window: Any, qtbot: Any, store: Store, type_text: Callable[[Any, str], None]
) -> Seen:
    """Type a reply and press Send at once (no pause for the debounced save): the save and
    Send run in the write lane in that order, the pane says "Saving…" then "Saved", holds
    the draft read-only until it is queued, and the message queued is the whole text."""
    pane, tid = open_reply(window, qtbot)
    pane.save_timer.setInterval(60_000)  # no debounced save: Send's own flush saves it
    with watched(store, pane.service) as seen:
        type_text(pane.ui.body, GOOD)
        pane.save_timer.stop()
        assert not pane.save_now()  # on its way
        assert pane.ui.save_state.text() == "Saving…"
        landed(qtbot, window)
        assert pane.ui.save_state.text() == "Saved"
        type_text(pane.ui.body, " Thanks!")  # typed, and sent before any save of it
        pane.save_timer.stop()
        pane.run_check()
        qtbot.waitUntil(pane.ui.send.isEnabled)
        with qtbot.waitSignal(pane.queued, timeout=20_000) as queued:
            assert pane.send()
            assert pane.ui.body.isReadOnly() and pane.ui.body.toPlainText().endswith("Thanks!")
            assert not pane.send()  # one Send at a time
        landed(qtbot, window)
    assert queued.args[1] == tid
    assert messages(store, tid)[-1] == ("queued", GOOD + " Thanks!")
    assert pane.ui.body.toPlainText() == "" and not pane.ui.body.isReadOnly()
    assert "Ctrl+Z" in pane.ui.status.text()
    names = [name for name, _gui in seen.writes]
    assert names == ["save_draft", "save_draft", "queue_draft"], names
    return seen
