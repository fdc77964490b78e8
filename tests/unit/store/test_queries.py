"""The read queries over a deterministic demo store: filters, sorting, paging, search."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Connection

from inbox_app.store.demo import build_demo
from inbox_app.store.migrate import open_store
from inbox_app.store.queries.counts import view_counts
from inbox_app.store.queries.orders import order_detail, order_page
from inbox_app.store.queries.search_text import to_fts_query
from inbox_app.store.queries.thread_detail import thread_detail
from inbox_app.store.queries.thread_filter import ThreadFilter
from inbox_app.store.queries.thread_pages import thread_page

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_conn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Connection]:
    path: Path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    store = open_store(f"sqlite:///{path}")
    build_demo(store, 1500, seed=3, now=NOW)
    store = open_store(f"sqlite:///{path}")
    with store.engine.connect() as conn:
        yield conn
    store.close()


def _all_pages(conn: Connection, flt: ThreadFilter, limit: int = 97) -> list[int]:
    ids: list[int] = []
    cursor = None
    while True:
        page = thread_page(conn, flt, limit=limit, after=cursor)
        ids.extend(r.id for r in page.rows)
        cursor = page.next_cursor
        if cursor is None:
            return ids


def test_open_threads_sorted_by_urgency_across_pages(demo_conn: Connection) -> None:
    ids = _all_pages(demo_conn, ThreadFilter())
    assert len(ids) == len(set(ids)) > 50
    rows = [thread_page(demo_conn, ThreadFilter(), limit=len(ids)).rows][0]
    assert [r.id for r in rows] == ids
    dues = [r.response_due_at for r in rows]
    assert all(d is not None for d in dues)
    assert dues == sorted(dues)  # type: ignore[type-var]
    assert {r.state for r in rows} == {"open"}


def test_activity_sort_pages_cover_every_thread_once(demo_conn: Connection) -> None:
    ids = _all_pages(demo_conn, ThreadFilter(states=None, sort="activity"), limit=211)
    assert len(ids) == len(set(ids)) == 1500
    first = thread_page(demo_conn, ThreadFilter(states=None, sort="activity"), limit=50).rows
    times = [r.last_activity_at for r in first]
    assert times == sorted(times, reverse=True)


def test_filters(demo_conn: Connection) -> None:
    de = thread_page(demo_conn, ThreadFilter(states=None, marketplace="DE"), limit=2000).rows
    assert de and {r.marketplace for r in de} == {"DE"}
    opted = thread_page(demo_conn, ThreadFilter(states=None, opted_out=True), limit=2000).rows
    assert opted and all(r.buyer_opted_out for r in opted)
    soon = thread_page(
        demo_conn, ThreadFilter(due_before=NOW + timedelta(hours=4), due_after=NOW), limit=2000
    ).rows
    assert soon and all(NOW <= r.response_due_at < NOW + timedelta(hours=4) for r in soon)  # type: ignore[operator]
    overdue = thread_page(demo_conn, ThreadFilter(due_before=NOW), limit=2000).rows
    assert all(r.response_due_at < NOW for r in overdue)  # type: ignore[operator]
    answered = thread_page(demo_conn, ThreadFilter(states=("answered",)), limit=2000).rows
    assert answered and {r.state for r in answered} == {"answered"}
    assert all(r.response_due_at is None for r in answered)


def test_counts_agree_with_lists(demo_conn: Connection) -> None:
    counts = view_counts(demo_conn, now=NOW)
    assert counts.all_open == len(_all_pages(demo_conn, ThreadFilter()))
    assert counts.overdue == len(_all_pages(demo_conn, ThreadFilter(due_before=NOW)))
    assert counts.answered == len(_all_pages(demo_conn, ThreadFilter(states=("answered",))))
    assert sum(counts.per_marketplace.values()) == counts.all_open
    assert set(counts.per_marketplace) <= {"US", "UK", "DE", "FR", "IT", "ES", "JP"}


@pytest.mark.parametrize(
    "query",
    ['"', "AND(", "OR", "*", "NEAR(", "'; DROP TABLE threads; --", "((", "-", "a:b", "\\", "^"],
)
def test_bad_queries_never_error(demo_conn: Connection, query: str) -> None:
    page = thread_page(demo_conn, ThreadFilter(states=None, query=query), limit=10)
    assert isinstance(page.rows, tuple)


def test_search_by_word_order_id_alias_and_name(demo_conn: Connection) -> None:
    some = thread_page(demo_conn, ThreadFilter(states=None), limit=300).rows
    with_order = next(r for r in some if r.amazon_order_id)
    hits = thread_page(demo_conn, ThreadFilter(states=None, query=with_order.amazon_order_id))
    assert with_order.id in [r.id for r in hits.rows]
    hits = thread_page(demo_conn, ThreadFilter(states=None, query=with_order.buyer_alias))
    assert [r.id for r in hits.rows] == [with_order.id]
    # accent-insensitive, prefix while typing
    hits = thread_page(demo_conn, ThreadFilter(states=None, query="spulmaschinen"), limit=500)
    assert hits.rows and {r.marketplace for r in hits.rows} == {"DE"}
    words = _all_pages(demo_conn, ThreadFilter(states=None, query="damaged"), limit=37)
    assert len(words) == len(set(words)) > 10


def test_fts_query_is_always_quoted() -> None:
    assert to_fts_query('"') is None
    assert to_fts_query("111-1234567-1234567 ") == '"111 1234567 1234567"'
    assert to_fts_query("box dam") == '"box" AND "dam"*'


def test_thread_detail_and_orders(demo_conn: Connection) -> None:
    rows = thread_page(demo_conn, ThreadFilter()).rows
    row = next(r for r in rows if r.order_id and r.outbox_state is None)  # no failed reply
    detail = thread_detail(demo_conn, row.id)
    assert detail is not None
    assert len(detail.messages) == row.message_count
    assert [m.created_at for m in detail.messages] == sorted(m.created_at for m in detail.messages)
    assert detail.messages[-1].direction == "in"  # open threads end on the buyer
    assert detail.order is not None and detail.order.order.amazon_order_id == row.amazon_order_id
    assert detail.order.items
    rows, cursor = order_page(demo_conn, limit=20)
    assert len(rows) == 20 and cursor is not None
    dates = [r.purchase_date for r in rows]
    assert dates == sorted(dates, reverse=True)  # type: ignore[type-var]
    assert order_detail(demo_conn, rows[0].id) is not None
    found, _ = order_page(demo_conn, query=rows[3].amazon_order_id[:8])
    assert rows[3].id in [r.id for r in found]
    seen: list[int] = []
    after = None
    while True:
        page, after = order_page(demo_conn, limit=150, after=after)
        seen += [r.id for r in page]
        if after is None:
            break
    assert len(seen) == len(set(seen)) > 1000


def test_rows_expose_aware_datetimes_and_raw_epochs(demo_conn: Connection) -> None:
    row = thread_page(demo_conn, ThreadFilter(), limit=1).rows[0]
    assert row.response_due_at is not None and row.response_due_at.tzinfo is UTC
    assert int(row.response_due_at.timestamp()) == row.response_due_ts
    assert row.last_activity_at.timestamp() == row.last_activity_ts
    msgs = thread_detail(demo_conn, row.id).messages  # type: ignore[union-attr]
    assert all(m.created_at.tzinfo is UTC for m in msgs)
    assert any(m.sent_at is not None for m in msgs if m.direction == "out") or all(
        m.direction == "in" for m in msgs
    )
    with_att = demo_conn.exec_driver_sql(
        "SELECT m.thread_id FROM attachments a JOIN messages m ON m.id = a.message_id LIMIT 1"
    ).scalar_one()
    detail = thread_detail(demo_conn, with_att)
    assert detail is not None
    atts = [a for m in detail.messages for a in m.attachments]
    assert atts and all(len(a.sha256) == 64 and a.size > 0 for a in atts)
