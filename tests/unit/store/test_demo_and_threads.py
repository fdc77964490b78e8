"""Demo determinism and the thread bookkeeping of the 24-hour clock."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from inbox_app.services.threads import mark_no_response_needed, recompute_thread
from inbox_app.store.demo import build_demo
from inbox_app.store.migrate import Store, open_store
from inbox_app.store.schema import Buyer, Message, Thread

NOW = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def _content_digest(path: Path) -> str:
    con = sqlite3.connect(path)
    h = hashlib.sha256()
    for table in ("buyers", "orders", "order_items", "threads", "messages", "attachments"):
        for row in con.execute(f"SELECT * FROM {table} ORDER BY id"):
            h.update(repr(row).encode())
    con.close()
    return h.hexdigest()


def test_demo_is_deterministic_and_realistic(tmp_path: Path) -> None:
    digests = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.sqlite3"
        summary = build_demo(open_store(f"sqlite:///{path}"), 400, seed=11, now=NOW)
        digests.append(_content_digest(path))
    assert digests[0] == digests[1]
    other = tmp_path / "c.sqlite3"
    build_demo(open_store(f"sqlite:///{other}"), 400, seed=12, now=NOW)
    assert _content_digest(other) != digests[0]
    assert summary.threads == 400 and 2000 < summary.messages < 6000
    con = sqlite3.connect(tmp_path / "a.sqlite3")
    q = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    assert q("SELECT count(DISTINCT marketplace_id) FROM threads") == 7
    assert q("SELECT count(*) FROM threads WHERE buyer_initiated = 0") > 0
    assert q("SELECT count(*) FROM buyers WHERE opted_out = 1") > 0
    assert q("SELECT count(*) FROM orders WHERE order_type IN ('handmade', 'custom')") > 0
    assert q("SELECT count(*) FROM attachments") > 0
    assert (
        q(
            "SELECT count(*) FROM orders WHERE amazon_order_id NOT GLOB "
            "'[0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9][0-9]'"
        )
        == 0
    )
    assert q("SELECT count(*) FROM buyers WHERE alias NOT LIKE '%@marketplace.amazon.%'") == 0
    # due times around now: some overdue, some still running
    now_s = int(NOW.timestamp())
    assert q(f"SELECT count(*) FROM threads WHERE response_due_at < {now_s}") > 0
    assert q(f"SELECT count(*) FROM threads WHERE response_due_at >= {now_s}") > 0
    # the full-text index covers every message
    assert q("SELECT count(*) FROM search_index") == q("SELECT count(*) FROM messages")
    # demo summaries agree with recompute_thread's rules
    store = open_store(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    with store.session() as s, s.begin():
        for thread in s.scalars(select(Thread).limit(60)).all():
            before = (thread.state, thread.response_due_at, thread.message_count)
            recompute_thread(s, thread.id)
            assert (thread.state, thread.response_due_at, thread.message_count) == before
    store.close()


def _thread_with_buyer(store: Store) -> int:
    with store.session() as s, s.begin():
        buyer = Buyer(alias="abc123def456ghi@marketplace.amazon.de", display_name="Jürgen")
        s.add(buyer)
        s.flush()
        thread = Thread(buyer_id=buyer.id, subject="Frage", amazon_order_id="302-1234567-1234567")
        s.add(thread)
        s.flush()
        return thread.id


def _add(store: Store, thread_id: int, direction: str, status: str, at: datetime) -> None:
    with store.session() as s, s.begin():
        s.add(
            Message(
                thread_id=thread_id,
                direction=direction,
                status=status,
                subject="x",
                body_text=f"{direction} {status} {at.isoformat()}",
                created_at=at,
                sent_at=at if status == "sent" else None,
            )
        )
        s.flush()
        recompute_thread(s, thread_id, reopen=direction == "in")


def _thread(store: Store, thread_id: int) -> Thread:
    with store.session() as s:
        t = s.get(Thread, thread_id)
        assert t is not None
        return t


def test_clock_runs_from_oldest_unanswered_buyer_message(store: Store) -> None:
    tid = _thread_with_buyer(store)
    t0 = datetime(2026, 1, 3, 22, 0, tzinfo=UTC)  # a Saturday: weekends count
    _add(store, tid, "in", "received", t0)
    _add(store, tid, "in", "received", t0 + timedelta(hours=3))
    t = _thread(store, tid)
    assert t.state == "open" and t.response_due_at == t0 + timedelta(hours=24)
    assert t.message_count == 2 and t.unread
    _add(store, tid, "out", "queued", t0 + timedelta(hours=5))
    t = _thread(store, tid)
    assert t.state == "open" and t.outbox_state == "queued"  # only a sent reply stops it
    _add(store, tid, "out", "sent", t0 + timedelta(hours=6))
    t = _thread(store, tid)
    assert t.state == "answered" and t.response_due_at is None
    _add(store, tid, "in", "received", t0 + timedelta(days=2))
    t = _thread(store, tid)
    assert t.state == "open" and t.response_due_at == t0 + timedelta(days=3)


def test_no_response_needed_stops_the_clock_until_the_buyer_writes(store: Store) -> None:
    tid = _thread_with_buyer(store)
    t0 = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    _add(store, tid, "in", "received", t0)
    with store.session() as s, s.begin():
        mark_no_response_needed(s, tid)
    with store.session() as s, s.begin():
        recompute_thread(s, tid)  # a later recompute keeps the seller's decision
    t = _thread(store, tid)
    assert t.state == "no_response_needed" and t.response_due_at is None
    _add(store, tid, "in", "received", t0 + timedelta(hours=30))
    t = _thread(store, tid)
    assert t.state == "open" and t.response_due_at == t0 + timedelta(hours=54)


def test_fts_triggers_follow_inserts_and_updates(store: Store) -> None:
    tid = _thread_with_buyer(store)
    _add(store, tid, "in", "received", datetime(2026, 1, 5, tzinfo=UTC))
    con = sqlite3.connect(store.url.removeprefix("sqlite:///"))
    hit = "SELECT count(*) FROM search_index WHERE search_index MATCH ?"
    assert con.execute(hit, ('"302 1234567 1234567"',)).fetchone()[0] == 1
    assert con.execute(hit, ("jurgen",)).fetchone()[0] == 1
    con.close()
    with store.session() as s, s.begin():
        buyer = s.scalars(select(Buyer)).one()
        buyer.display_name = "Sabine"
    con = sqlite3.connect(store.url.removeprefix("sqlite:///"))
    assert con.execute(hit, ("sabine",)).fetchone()[0] == 1
    assert con.execute(hit, ("jurgen",)).fetchone()[0] == 0
    con.close()


def test_reopen_undoes_no_response_needed(store: Store) -> None:
    from inbox_app.services.threads import reopen_thread

    tid = _thread_with_buyer(store)
    t0 = datetime(2026, 1, 7, 8, 0, tzinfo=UTC)
    _add(store, tid, "in", "received", t0)
    with store.session() as s, s.begin():
        mark_no_response_needed(s, tid)
    with store.session() as s, s.begin():
        reopen_thread(s, tid)
    t = _thread(store, tid)
    assert t.state == "open" and t.response_due_at == t0 + timedelta(hours=24)


def test_a_demo_thread_whose_last_reply_failed_is_not_answered(tmp_path: Path) -> None:
    """A reply that failed to send answers nothing: the thread stays open and the clock
    runs from the buyer's question (it said "answered"). Every demo thread agrees with
    recompute_thread's rules."""
    store = open_store(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    build_demo(store, 1500, seed=1, now=NOW)
    failed = 0
    with store.session() as s, s.begin():
        for thread in s.scalars(select(Thread)).all():
            last = s.scalars(
                select(Message)
                .where(Message.thread_id == thread.id)
                .order_by(Message.created_at.desc(), Message.id.desc())
                .limit(1)
            ).one()
            if last.direction == "out" and last.status == "failed":
                failed += 1
                assert thread.state == "open" and thread.response_due_at is not None
                assert thread.outbox_state == "failed"
            before = (thread.state, thread.response_due_at, thread.message_count)
            recompute_thread(s, thread.id)
            assert (thread.state, thread.response_due_at, thread.message_count) == before, thread.id
    store.close()
    assert failed > 0
