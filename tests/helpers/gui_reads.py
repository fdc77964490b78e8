"""For the tests that a team seat's window never waits on its PostgreSQL server: every
statement the store's engine runs on the GUI thread, with the first module of the app on
the stack that asked for it; and a teammate's transaction that holds the threads table
(every read of it waits: a slow server) until released, or at most `hold_s`."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, text

from inbox_app.store.migrate import Store

_SKIP = ("/inbox_app/store/", "/inbox_app/services/")  # the layers every read goes through


def _asker() -> str:
    """The app module (outside store/ and services/) nearest the statement."""
    for frame in reversed(traceback.extract_stack()):
        path = frame.filename.replace("\\", "/")
        if "/inbox_app/" in path and not any(s in path for s in _SKIP):
            return path[path.rindex("/inbox_app/") + 1 :]
    return "?"


@dataclass
class OnGui:
    """Statements run on the GUI thread: (first word, the module that asked)."""

    statements: list[tuple[str, str]] = field(default_factory=list)

    def askers(self) -> set[str]:
        return {asker for _word, asker in self.statements}


@contextmanager
def gui_statements(store: Store) -> Iterator[OnGui]:
    seen = OnGui()
    gui = threading.main_thread()

    def spy(_conn: Any, _cur: Any, statement: str, *_args: Any) -> None:
        if threading.current_thread() is gui:
            seen.statements.append((statement.split(maxsplit=1)[0], _asker()))

    event.listen(store.engine, "before_cursor_execute", spy)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", spy)


class HeldTable:
    """`LOCK TABLE threads` in a teammate's open transaction, on a thread of its own:
    every read of threads waits until `release()` (or `hold_s` at most, so a window that
    did wait on it is freed and its test fails instead of hanging)."""

    def __init__(self, url: Any, hold_s: float = 20.0) -> None:
        from sqlalchemy import create_engine

        self._engine = create_engine(url)
        self._release = threading.Event()
        self._locked = threading.Event()
        self._hold_s = hold_s
        self._thread = threading.Thread(target=self._hold, daemon=True)

    def _hold(self) -> None:
        with self._engine.connect() as conn, conn.begin():
            conn.execute(text("LOCK TABLE threads IN ACCESS EXCLUSIVE MODE"))
            self._locked.set()
            self._release.wait(self._hold_s)

    def __enter__(self) -> HeldTable:
        self._thread.start()
        assert self._locked.wait(10), "the table was not locked"
        return self

    def release(self) -> None:
        self._release.set()
        self._thread.join(10)

    def __exit__(self, *_exc: object) -> None:
        self.release()
        self._engine.dispose()
