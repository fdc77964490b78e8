"""The schema and every query on a real PostgreSQL server (a throwaway cluster on loopback)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from glob import glob
from pathlib import Path

import pytest
from sqlalchemy import text

from inbox_app.services.threads import mark_no_response_needed, recompute_thread
from inbox_app.store.migrate import Store, current_revision, head_revision, open_store
from inbox_app.store.queries.counts import view_counts
from inbox_app.store.queries.orders import order_detail, order_page
from inbox_app.store.queries.thread_detail import thread_detail
from inbox_app.store.queries.thread_filter import ThreadFilter
from inbox_app.store.queries.thread_pages import thread_page
from inbox_app.store.schema import Buyer, Message, Order, OrderItem, Thread


def _pg_bin() -> Path:
    found = sorted(glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        pytest.fail(
            "PostgreSQL server binaries are missing: run `make install` "
            "(tools/install-system-deps.sh installs Debian's postgresql)"
        )
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    bindir = _pg_bin()
    root = Path(tempfile.mkdtemp(prefix="inbox-pg-"))
    root.chmod(0o755)
    data, sock = root / "data", root / "sock"
    data.mkdir()
    sock.mkdir()
    # PostgreSQL refuses to run as root: run the cluster as the `postgres` user then.
    prefix: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(data, "postgres")
        shutil.chown(sock, "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    run = lambda *args: subprocess.run([*prefix, *args], check=True, capture_output=True)  # noqa: E731
    run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "inbox", "-E", "UTF8")
    run(
        str(bindir / "pg_ctl"),
        "-D",
        str(data),
        "-w",
        "-l",
        str(sock / "log"),
        "-o",
        f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off",
        "start",
    )
    try:
        run(str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "inbox", "inbox")
        yield f"postgresql+psycopg://inbox@127.0.0.1:{port}/inbox"
    finally:
        subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            check=False,
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def pg_store(pg_url: str) -> Iterator[Store]:
    store = open_store(pg_url)
    yield store
    store.close()


def _fill(store: Store, now: datetime) -> dict[str, int]:
    with store.session() as s, s.begin():
        buyer = Buyer(
            alias="k2j4h5g6f7d8s9a@marketplace.amazon.de",
            display_name="Jürgen",
            marketplace_id="A1PA6795UKMFR9",
            opted_out=True,
            opted_out_at=now,
        )
        other = Buyer(
            alias="q1w2e3r4t5y6u7i@marketplace.amazon.com",
            display_name="Emily",
            marketplace_id="ATVPDKIKX0DER",
        )
        s.add_all([buyer, other])
        s.flush()
        order = Order(
            amazon_order_id="302-1234567-7654321",
            marketplace_id="A1PA6795UKMFR9",
            buyer_id=buyer.id,
            purchase_date=now - timedelta(days=3),
            status="Shipped",
            order_type="handmade",
            delivery_end=now - timedelta(days=1),
        )
        order.items.append(
            OrderItem(
                item_key="1", sku="HM-MUG-350", asin="B000000001", product_name="Tasse", quantity=2
            )
        )
        s.add(order)
        s.flush()
        t1 = Thread(
            buyer_id=buyer.id,
            order_id=order.id,
            amazon_order_id=order.amazon_order_id,
            marketplace_id="A1PA6795UKMFR9",
            subject="Frage zur Lieferung",
        )
        t2 = Thread(buyer_id=other.id, marketplace_id="ATVPDKIKX0DER", subject="Question")
        s.add_all([t1, t2])
        s.flush()
        s.add_all(
            [
                Message(
                    thread_id=t1.id,
                    direction="in",
                    status="received",
                    subject="Frage",
                    body_text="Die Tasse kam beschädigt an",
                    created_at=now - timedelta(hours=2),
                ),
                Message(
                    thread_id=t2.id,
                    direction="in",
                    status="received",
                    subject="Question",
                    body_text="Is it dishwasher safe?",
                    created_at=now - timedelta(hours=30),
                ),
                Message(
                    thread_id=t2.id,
                    direction="out",
                    status="sent",
                    subject="RE: Question",
                    body_text="Yes it is",
                    created_at=now - timedelta(hours=29),
                    sent_at=now - timedelta(hours=29),
                ),
            ]
        )
        s.flush()
        recompute_thread(s, t1.id, reopen=True)
        recompute_thread(s, t2.id, reopen=True)
        return {"t1": t1.id, "t2": t2.id, "order": order.id}


def test_schema_migrates_and_every_query_runs(pg_store: Store) -> None:
    assert current_revision(pg_store.engine) == head_revision()
    with pg_store.engine.connect() as conn:
        idx = conn.execute(text("SELECT indexname FROM pg_indexes WHERE tablename='messages'"))
        assert "ix_messages_search_doc" in set(idx.scalars())
    now = datetime.now(UTC).replace(microsecond=0)
    ids = _fill(pg_store, now)
    with pg_store.reader() as conn:
        open_rows = thread_page(conn, ThreadFilter()).rows
        assert [r.id for r in open_rows] == [ids["t1"]]
        row = open_rows[0]
        assert row.response_due_at == now - timedelta(hours=2) + timedelta(hours=24)
        assert row.marketplace == "DE" and row.buyer_opted_out and row.order_type == "handmade"
        everything = thread_page(conn, ThreadFilter(states=None, sort="activity"), limit=1)
        assert len(everything.rows) == 1 and everything.next_cursor is not None
        rest = thread_page(
            conn, ThreadFilter(states=None, sort="activity"), limit=1, after=everything.next_cursor
        )
        assert {everything.rows[0].id, rest.rows[0].id} == {ids["t1"], ids["t2"]}
        assert [
            r.id for r in thread_page(conn, ThreadFilter(states=None, marketplace="US")).rows
        ] == [ids["t2"]]
        for query in ("beschädigt", "Jürgen", "302-1234567-7654321", "dishwasher", '"', "AND("):
            found = thread_page(conn, ThreadFilter(states=None, query=query)).rows
            if query not in ('"', "AND("):
                assert found, query
        # `-word` leaves out the messages with that word (issue 13.12)
        assert thread_page(conn, ThreadFilter(states=None, query="dishwasher -safe")).rows == ()
        assert thread_page(conn, ThreadFilter(states=None, query="dishwasher -late")).rows
        detail = thread_detail(conn, ids["t1"])
        assert detail is not None and detail.order is not None
        assert detail.order.items[0].sku == "HM-MUG-350"
        orders, _ = order_page(conn)
        assert orders[0].thread_count == 1 and orders[0].item_count == 2
        assert order_detail(conn, ids["order"]) is not None
        counts = view_counts(conn, now=now)
        assert counts.all_open == 1 and counts.opted_out == 1 and counts.answered == 1
    with pg_store.session() as s, s.begin():
        mark_no_response_needed(s, ids["t1"])
    with pg_store.reader() as conn:
        assert thread_page(conn, ThreadFilter()).rows == ()


def _metrics_timeline(store: Store) -> None:
    from tests.helpers.timeline import Timeline

    tl = Timeline(store)  # NOW is in March 2026, far from the other tests' rows
    for code, hours in (("US", 1), ("US", 30), ("DE", 4)):
        t = tl.thread(code)
        tl.buyer(t, 80)
        tl.reply(t, 80 - hours)
    t = tl.thread("DE")
    tl.buyer(t, 50)
    tl.notice(t, 49)
    tl.copy(t, 20)
    t = tl.thread("JP")
    tl.buyer(t, 70)
    tl.mark(t, 60)
    tl.buyer(t, 30)
    t = tl.thread(None)
    tl.buyer(t, 5)


def test_metrics_agree_on_postgresql_and_sqlite(pg_store: Store, store: Store) -> None:
    from inbox_app.services.metrics import compute
    from tests.helpers.timeline import NOW

    _metrics_timeline(pg_store)
    _metrics_timeline(store)
    for days in (7, 30, 90):
        with pg_store.reader() as conn:
            on_pg = compute(conn, days=days, now=NOW)
            de_pg = compute(conn, days=days, now=NOW, marketplace="DE")
        with store.reader() as conn:
            on_sqlite = compute(conn, days=days, now=NOW)
            de_sqlite = compute(conn, days=days, now=NOW, marketplace="DE")
        assert on_pg == on_sqlite and de_pg == de_sqlite
    t = on_pg.total
    assert (t.messages, t.within_24h, t.late, t.unanswered, t.pending, t.excluded) == (
        7,
        2,
        2,
        1,
        1,
        1,
    )
    assert (
        t.median_response_hours == 17.0 and on_pg.by_marketplace["DE"].median_response_hours == 17.0
    )
