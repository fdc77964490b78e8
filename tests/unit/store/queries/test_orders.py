"""The Orders tab's pages, search and detail (store/queries/orders.py)."""

from __future__ import annotations

from sqlalchemy import Connection

from inbox_app.store.queries.orders import order_detail, order_page


def test_order_pages_search_and_detail(demo_conn: Connection) -> None:
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
