"""The sidebar's counts (store/queries/counts.py) agree with the lists they count."""

from __future__ import annotations

from sqlalchemy import Connection

from inbox_app.store.queries.counts import view_counts
from inbox_app.store.queries.thread_filter import ThreadFilter
from tests.helpers.demo_queries import NOW, all_pages


def test_counts_agree_with_lists(demo_conn: Connection) -> None:
    counts = view_counts(demo_conn, now=NOW)
    assert counts.all_open == len(all_pages(demo_conn, ThreadFilter()))
    assert counts.overdue == len(all_pages(demo_conn, ThreadFilter(due_before=NOW)))
    assert counts.answered == len(all_pages(demo_conn, ThreadFilter(states=("answered",))))
    assert sum(counts.per_marketplace.values()) == counts.all_open
    assert set(counts.per_marketplace) <= {"US", "UK", "DE", "FR", "IT", "ES", "JP"}
