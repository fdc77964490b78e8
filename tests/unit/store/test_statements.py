"""The cursor route of store/statements.py gives what SQLAlchemy's own routes give:
its exceptions (parameters hidden), bools for Boolean columns, one SQL text per key."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import bindparam, exc, select, text

from inbox_app.store import statements
from inbox_app.store.demo import build_demo
from inbox_app.store.migrate import Store
from inbox_app.store.queries.thread_filter import ThreadFilter
from inbox_app.store.queries.thread_pages import thread_page
from inbox_app.store.queries.thread_rows import thread_row
from inbox_app.store.schema import Buyer


def test_boolean_columns_come_back_as_bool(store: Store) -> None:
    build_demo(store, 12, seed=3)
    with store.reader() as conn:
        rows = thread_page(conn, ThreadFilter(states=None), limit=12).rows
        assert rows
        for row in rows:
            for flag in (row.buyer_opted_out, row.buyer_initiated, row.unread, row.has_draft):
                assert type(flag) is bool
        again = thread_row(conn, rows[0].id)
    assert again is not None and type(again.unread) is bool
    assert again == rows[0]


def test_stream_converts_booleans_and_keeps_nulls(store: Store) -> None:
    build_demo(store, 6, seed=4)
    with store.reader() as conn:
        found = list(
            statements.stream(
                conn,
                "test-stream-flags",
                lambda: select(Buyer.id, Buyer.opted_out, Buyer.display_name).order_by(Buyer.id),
                {},
                chunk=2,
            )
        )
    assert len(found) >= 3
    assert all(type(opted_out) is bool for _, opted_out, _ in found)


def test_a_failed_read_raises_sqlalchemys_error_without_parameters(store: Store) -> None:
    secret = "buyer-ann@example.com"
    with store.reader() as conn, pytest.raises(exc.OperationalError) as raised:
        statements.fetch(
            conn,
            "test-missing-table",
            lambda: text("SELECT id FROM no_such_table WHERE alias = :alias"),
            {"alias": secret},
        )
    assert isinstance(raised.value.orig, sqlite3.OperationalError)
    assert "no such table" in str(raised.value)
    assert secret not in str(raised.value)


def test_a_key_that_names_two_sql_texts_is_caught(store: Store) -> None:
    assert statements.verify_keys  # the suite's conftest turns it on
    with store.reader() as conn:
        statements.fetch(conn, "test-two-shapes", lambda: select(Buyer.id).limit(1), {})
        with pytest.raises(AssertionError, match="test-two-shapes"):
            statements.fetch(
                conn,
                "test-two-shapes",
                lambda: select(Buyer.id).where(Buyer.id == bindparam("b")),
                {"b": 1},
            )


def test_every_route_the_bench_times_reads_the_same_rows(store: Store) -> None:
    """bench_routes compares these routes; they must read the same thing to be compared.
    lambda_stmt refuses a page builder (its closure holds the ThreadFilter and calls
    functions of it), as the bench's table says."""
    from inbox_app.store.queries.thread_detail import thread_messages

    build_demo(store, 12, seed=5)
    found: dict[str, object] = {}
    refused: list[str] = []
    with store.reader() as conn:
        tid = thread_page(conn, ThreadFilter(states=None), limit=1).rows[0].id
        for route in statements.ROUTES:
            statements.route = route
            try:
                found[route] = thread_messages(conn, tid)
                try:
                    thread_page(conn, ThreadFilter(states=None), limit=12)
                except exc.InvalidRequestError as err:
                    assert "lambda" in str(err) and "thread_pages.py" in str(err)
                    refused.append(route)
            finally:
                statements.route = "cursor"
    assert (
        set(found)
        == set(statements.ROUTES)
        == {
            "cursor",
            "driver_sql",
            "execute",
            "lambda_stmt",
        }
    )
    assert found["cursor"] and all(rows == found["cursor"] for rows in found.values())
    assert refused == ["lambda_stmt"]
