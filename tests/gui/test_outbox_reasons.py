"""The Outbox in the real window (issue 13, item 6): each row says why its reply waits
(its turn, trying again after the server said later, refused by the server with its
sentence, perhaps sent already), and the sidebar's Outbox count counts messages, so a
thread with two replies waiting counts two."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from inbox_app.models.roles import Role
from inbox_app.models.thread_list_model import Column
from inbox_app.services.threads import recompute_thread
from inbox_app.store.queries.columns import M
from inbox_app.store.schema import Message, Thread

REFUSED = "550 5.7.1 Message rejected: relay address not permitted"
LATER = "421 4.3.2 Service not available, closing transmission channel"
DROPPED = "The connection closed after the message was handed over"


def _count(window: Any, key: str) -> Any:
    views = window.models.views
    row = views.row_of(key)
    return None if row is None else views.data(views.index(row), Role.COUNT)


def _wait_in_outbox(store: Any, waiting: list[tuple[str, str | None]]) -> list[int]:
    """One thread per entry, each with a reply in that status and error; the first thread
    gets a second queued reply too. Returns the threads' ids."""
    with store.session() as s, s.begin():
        busy = select(M.thread_id).where(M.status.in_(("queued", "sending", "failed", "unknown")))
        ids = list(
            s.scalars(
                select(Thread.id)
                .where(Thread.state == "open", Thread.id.not_in(busy))
                .order_by(Thread.id)
                .limit(len(waiting))
            )
        )
        for tid, (status, error) in zip(ids, waiting, strict=True):
            s.add(Message(thread_id=tid, direction="out", status=status, subject="Re: x",
                          body_text="Your parcel left today.", error=error))  # fmt: skip
        s.add(Message(thread_id=ids[0], direction="out", status="queued", subject="Re: x",
                      body_text="And the invoice is attached.", error=None))  # fmt: skip
        s.flush()
        for tid in ids:
            recompute_thread(s, tid)
    return ids


def test_outbox_rows_say_why_and_the_count_counts_messages(
    main_window: Callable[..., Any], demo_store: Callable[..., Any], qtbot: Any
) -> None:
    store = demo_store()
    w = main_window(store=store)
    qtbot.waitUntil(lambda: _count(w, "outbox") is not None)
    before = _count(w, "outbox")
    waiting = [("queued", None), ("queued", LATER), ("failed", REFUSED), ("unknown", DROPPED)]
    ids = _wait_in_outbox(store, waiting)
    w.threads_changed(ids)
    w.refresh_counts()
    # five messages wait, in four threads
    qtbot.waitUntil(lambda: _count(w, "outbox") == before + 5)
    w.show_view("outbox")
    model = w.models.threads_view

    def lines() -> dict[int, str]:
        out = {}
        for r in range(model.rowCount()):
            index = model.index(r, Column.SUBJECT)
            out[index.data(Role.ID)] = str(index.data(Role.SECONDARY) or "")
        return out

    qtbot.waitUntil(lambda: set(ids) <= set(lines()))
    said = lines()
    assert said[ids[0]] == "Waiting to be sent (with the next send)."
    assert said[ids[1]] == f"Waiting to try again: {LATER}"
    assert said[ids[2]] == f"Not sent: {REFUSED}"
    assert said[ids[3]].startswith("May have been sent") and DROPPED in said[ids[3]]
    # the reason is in the row's tooltip in every view, too
    w.show_view("open")
    qtbot.waitUntil(lambda: any(r.id == ids[2] for r in _rows(w)))
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(Role.ID) == ids[2])
    assert REFUSED in str(model.index(row, Column.SUBJECT).data(Qt.ItemDataRole.ToolTipRole))
    # elsewhere the second line stays the buyer's words
    assert REFUSED not in str(model.index(row, Column.SUBJECT).data(Role.SECONDARY))


def _rows(w: Any) -> list[Any]:
    model = w.models.threads
    return [model.thread_at(r) for r in range(model.rowCount())]


def test_every_failed_row_says_why_in_a_sentence() -> None:
    """A failed reply with no error text still gets its sentence (not "Not sent." alone),
    and the demo's failed replies carry the server's words."""
    from inbox_app.models.outbox_reason import outbox_reason
    from inbox_app.store.rows import ThreadRow

    row = ThreadRow(1, "Re: x", 1, "a", "A", False, "US", None, None, "standard", "open",
                    True, False, 0, None, 1, "", False, "failed", outbox_reason=None)  # fmt: skip
    assert outbox_reason(row) == (
        "Not sent, and no reason was recorded: open it to edit it or send it again."
    )
    assert outbox_reason(row._replace(outbox_reason=REFUSED)) == f"Not sent: {REFUSED}"


def test_the_demos_failed_replies_say_why(demo_store: Callable[..., Any]) -> None:
    # a demo reply fails only while its buyer's 24 hours run: a few in 1,500 threads
    store = demo_store(1500)
    with store.session() as s:
        failed = list(s.scalars(select(Message).where(Message.status == "failed")))
    assert failed, "the demo has failed replies"
    assert all(m.error and m.error.strip() for m in failed)


def test_the_thread_says_why_its_reply_waits_too(
    main_window: Callable[..., Any], demo_store: Callable[..., Any], qtbot: Any
) -> None:
    store = demo_store()
    w = main_window(store=store)
    qtbot.waitUntil(lambda: w.compose is not None and w.current_thread_id() is not None)
    later, refused = _wait_in_outbox(store, [("queued", LATER), ("failed", REFUSED)])
    w.threads_changed([later, refused])
    line = w.compose.ui.outbox
    w.threads.select_thread(later)
    qtbot.waitUntil(lambda: w.compose.thread_id == later and line.isVisible())
    # the server's sentence, as in the Outbox, not just "waiting"
    assert f"Waiting to try again: {LATER}" in line.label.text()
    w.threads.select_thread(refused)
    qtbot.waitUntil(lambda: w.compose.thread_id == refused and REFUSED in line.label.text())
    assert line.retry_button.isVisible()
