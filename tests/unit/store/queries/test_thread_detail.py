"""One thread with its messages, attachments and order (store/queries/thread_detail.py),
its rows' datetimes aware and their epochs raw."""

from __future__ import annotations

from datetime import UTC

from sqlalchemy import Connection

from inbox_app.store.queries.thread_detail import thread_detail
from inbox_app.store.queries.thread_filter import ThreadFilter
from inbox_app.store.queries.thread_pages import thread_page


def test_thread_detail_with_its_order(demo_conn: Connection) -> None:
    rows = thread_page(demo_conn, ThreadFilter()).rows
    row = next(r for r in rows if r.order_id and r.outbox_state is None)  # no failed reply
    detail = thread_detail(demo_conn, row.id)
    assert detail is not None
    assert len(detail.messages) == row.message_count
    assert [m.created_at for m in detail.messages] == sorted(m.created_at for m in detail.messages)
    assert detail.messages[-1].direction == "in"  # open threads end on the buyer
    assert detail.order is not None and detail.order.order.amazon_order_id == row.amazon_order_id
    assert detail.order.items


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
