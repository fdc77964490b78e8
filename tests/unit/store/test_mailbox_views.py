"""The Outbox, Drafts and Sent views: threads by the status of one of their messages, in any
thread state, with counts that agree with the lists (issue 13 item 6)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update

from inbox_app.models.views_model import MAILBOX_STATUSES
from inbox_app.services.threads import recompute_thread
from inbox_app.store.demo import build_demo
from inbox_app.store.migrate import Store, open_store
from inbox_app.store.queries.columns import M
from inbox_app.store.queries.counts import view_counts
from inbox_app.store.queries.thread_filter import ThreadFilter
from inbox_app.store.queries.thread_pages import thread_page
from inbox_app.store.schema import Message, Thread

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path: Path = tmp_path_factory.mktemp("boxes") / "demo.sqlite3"
    store = open_store(f"sqlite:///{path}")
    build_demo(store, 300, seed=5, now=NOW)
    store = open_store(f"sqlite:///{path}")
    yield store
    store.close()


def _box(store: Store, key: str) -> set[int]:
    flt = ThreadFilter(states=None, message_statuses=MAILBOX_STATUSES[key], sort="activity")
    with store.reader() as conn:
        return {r.id for r in thread_page(conn, flt, limit=10_000).rows}


def test_mailbox_views_list_and_count_the_threads_of_their_messages(store: Store) -> None:
    with store.engine.begin() as conn:
        outgoing = conn.execute(
            select(M.id, M.thread_id).where(M.direction == "out").order_by(M.id).limit(40)
        ).all()
        # one message per thread for each status, on threads of every state
        picks: dict[str, set[int]] = {"draft": set(), "queued": set(), "unknown": set()}
        seen: set[int] = set()
        statuses = ["draft", "queued", "unknown"]
        for mid, tid in outgoing:
            if tid in seen:
                continue
            seen.add(tid)
            status = statuses[len(seen) % 3]
            picks[status].add(tid)
            conn.execute(update(Message).where(M.id == mid).values(status=status))
        before_outbox = list(
            conn.execute(
                select(M.thread_id).where(M.status.in_(("queued", "sending", "failed", "unknown")))
            ).scalars()
        )
        expected_outbox = set(before_outbox)
        expected_sent = set(conn.execute(select(M.thread_id).where(M.status == "sent")).scalars())
    assert picks["draft"] and picks["queued"] and picks["unknown"]
    with store.reader() as conn:
        counts = view_counts(conn, now=NOW)
    outbox, drafts, sent = _box(store, "outbox"), _box(store, "drafts"), _box(store, "sent")
    assert picks["queued"] | picks["unknown"] <= outbox
    assert outbox == expected_outbox
    assert drafts == picks["draft"]
    assert sent == expected_sent
    assert counts.outbox == len(before_outbox)  # the Outbox counts messages, not threads
    assert counts.drafts == len(drafts)


def test_a_queued_reply_on_an_overdue_thread_keeps_its_clock_and_shows_in_the_outbox(
    store: Store,
) -> None:
    with store.session() as s, s.begin():
        thread = s.scalars(
            select(Thread)
            .where(Thread.state == "open", Thread.response_due_at < NOW)
            .where(
                Thread.id.not_in(
                    select(M.thread_id).where(M.status.in_(("queued", "unknown", "failed")))
                )
            )
            .order_by(Thread.id)
            .limit(1)
        ).one()
        tid, due = thread.id, thread.response_due_at
        s.add(
            Message(
                thread_id=tid, direction="out", status="queued", subject="Re: x", body_text="ok"
            )
        )
        s.flush()
        recompute_thread(s, tid)
    with store.session() as s:
        after = s.get(Thread, tid)
        assert after is not None
        # only a reply that left answers: the thread stays open, overdue, with its clock
        assert (after.state, after.response_due_at, after.outbox_state) == ("open", due, "queued")
    overdue = ThreadFilter(due_before=NOW)
    with store.reader() as conn:
        assert tid in {r.id for r in thread_page(conn, overdue, limit=10_000).rows}
        row = next(r for r in thread_page(conn, overdue, limit=10_000).rows if r.id == tid)
    assert row.outbox_state == "queued"  # the list's icon and tooltip say "queued"
    assert tid in _box(store, "outbox")
