"""The demo store as a test bed: late replies, Seller Central copies and "no response
needed" marks as the app writes them, and figures that agree with the definitions."""

from __future__ import annotations

import sqlite3
import statistics
from datetime import UTC, datetime
from pathlib import Path

from inbox_app.services.metrics import compute
from inbox_app.store.demo import build_demo
from inbox_app.store.migrate import open_store

NOW = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)


Oracle = tuple[tuple[int, int, int, int, int, int], dict[str, list[int]]]


def _oracle(con: sqlite3.Connection, days: int) -> Oracle:
    """The definitions applied message by message, straight from messages and events:
    the counts, and the response times of the answered ones per marketplace code."""
    now = int(NOW.timestamp())
    start = now - days * 86400
    within = late = unanswered = pending = excluded = 0
    marks: dict[int, list[tuple[int, int]]] = {}
    for tid, upto, at in con.execute(
        "SELECT thread_id, message_id, at FROM events WHERE kind = 'no_response_needed'"
    ):
        marks.setdefault(tid, []).append((upto, at))
    buyer = con.execute(
        "SELECT m.id, m.thread_id, m.created_at, mp.code FROM messages m"
        " JOIN threads t ON t.id = m.thread_id JOIN marketplaces mp ON mp.id = t.marketplace_id"
        " WHERE direction = 'in' AND status = 'received' AND notice_kind IS NULL"
        " AND m.created_at > ? AND m.created_at <= ?",
        (start, now),
    ).fetchall()
    replies: dict[int, list[int]] = {}
    for tid, sent in con.execute(
        "SELECT thread_id, sent_at FROM messages WHERE direction = 'out' AND status = 'sent'"
    ):
        replies.setdefault(tid, []).append(sent)
    answered: dict[str, list[int]] = {}
    for mid, tid, t, code in buyer:
        after = [r for r in replies.get(tid, []) if t < r <= now]
        reply = min(after) if after else None
        covering = [at for upto, at in marks.get(tid, []) if upto >= mid and at <= now]
        mark = min(covering) if covering else None
        if mark is not None and (reply is None or reply > mark):
            excluded += 1
        elif reply is not None:
            answered.setdefault(code, []).append(reply - t)
            within, late = (within + 1, late) if reply - t <= 86400 else (within, late + 1)
        elif now - t > 86400:
            unanswered += 1
        else:
            pending += 1
    return (len(buyer), within, late, unanswered, pending, excluded), answered


def test_demo_is_a_test_bed_that_agrees_with_the_definitions(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    store = open_store(f"sqlite:///{path}")
    build_demo(store, 1500, seed=5, now=NOW)
    con = sqlite3.connect(path)
    q = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    # "no response needed" marks name the thread's last message, as the app writes them
    assert q("SELECT count(*) FROM events WHERE kind = 'no_response_needed'") == q(
        "SELECT count(*) FROM threads WHERE state = 'no_response_needed'"
    )
    assert (
        q(
            "SELECT count(*) FROM events e WHERE kind = 'no_response_needed' AND message_id "
            "<> (SELECT max(id) FROM messages m WHERE m.thread_id = e.thread_id)"
        )
        == 0
    )
    copies = q(
        "SELECT count(*) FROM messages WHERE notice_kind = 'copy' AND status = 'sent' "
        "AND direction = 'out'"
    )
    assert copies > 0 and copies == q(
        "SELECT count(*) FROM events WHERE kind = 'sent_via_seller_central'"
    )
    assert q("SELECT count(*) FROM response_clock") == q(
        "SELECT count(*) FROM messages WHERE direction = 'in' AND notice_kind IS NULL"
    )
    with store.reader() as conn:
        for days in (7, 30, 90):
            m = compute(conn, days=days, now=NOW)
            t = m.total
            got = (t.messages, t.within_24h, t.late, t.unanswered, t.pending, t.excluded)
            expected, answered = _oracle(con, days)
            assert got == expected
            # the exact medians (read from the buckets that hold them), overall and per
            # marketplace, against a sort of every answered message
            everything = [r for times in answered.values() for r in times]
            assert m.total.median_response_hours == statistics.median(everything) / 3600
            for code, times in answered.items():
                median = m.by_marketplace[code].median_response_hours
                assert median == statistics.median(times) / 3600, (days, code)
        m90 = compute(conn, days=90, now=NOW)
    share_late = m90.total.late / m90.total.answered
    assert 0.01 < share_late < 0.08  # "a few percent"
    assert m90.total.excluded > 0 and m90.total.pending > 0 and m90.total.unanswered > 0
    assert sum(d.counts.messages for d in m90.days) == m90.total.messages
    assert len(m90.by_marketplace) == 7
    con.close()
    store.close()
