"""Pages of threads (store/queries/thread_pages.py) over the demo store: sorting, paging,
filters and search."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Connection

from inbox_app.store.queries.thread_filter import ThreadFilter
from inbox_app.store.queries.thread_pages import thread_page
from tests.helpers.demo_queries import NOW, all_pages


def test_open_threads_sorted_by_urgency_across_pages(demo_conn: Connection) -> None:
    ids = all_pages(demo_conn, ThreadFilter())
    assert len(ids) == len(set(ids)) > 50
    rows = [thread_page(demo_conn, ThreadFilter(), limit=len(ids)).rows][0]
    assert [r.id for r in rows] == ids
    dues = [r.response_due_at for r in rows]
    assert all(d is not None for d in dues)
    assert dues == sorted(dues)  # type: ignore[type-var]
    assert {r.state for r in rows} == {"open"}


def test_activity_sort_pages_cover_every_thread_once(demo_conn: Connection) -> None:
    ids = all_pages(demo_conn, ThreadFilter(states=None, sort="activity"), limit=211)
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
    words = all_pages(demo_conn, ThreadFilter(states=None, query="damaged"), limit=37)
    assert len(words) == len(set(words)) > 10
