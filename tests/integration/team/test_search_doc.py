"""Migration 0011 on a real server: a store at 0010 with mail in it gets its stored
search document for every message, and each search finds the same threads in the same
order as the 0010 document (the same text, computed per row) did, in every window a
list reads; a seat that knows only 0010 is refused by a store at 0011, clearly and
without a change."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from inbox_app.store import migrate, statements
from inbox_app.store.demo import build_demo
from inbox_app.store.errors import TooNewDatabaseError
from inbox_app.store.migrate import Store, alembic_config, open_store
from inbox_app.store.pg_copy import copy_sqlite_to_postgres
from inbox_app.store.queries import search_pages
from inbox_app.store.queries.list_keys import search_keys
from inbox_app.store.queries.thread_filter import ThreadFilter
from inbox_app.store.queries.thread_pages import thread_page
from tests.helpers.clock import DEMO_NOW
from tests.helpers.pgserver import PgCluster

# the document of 0001's expression index: what a search read before 0011
_OLD_DOC = (
    "to_tsvector('simple', coalesce(messages.subject, '') || ' ' || "
    "coalesce(messages.body_text, ''))"
)
_WINDOWS = (200, 1_000, 4_000)


def _at_0010(url: str, demo: Path) -> Store:
    store = open_store(url, migrate=False)
    with store.engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0010")
    migrate.seed_reference_data(store.engine)
    copy_sqlite_to_postgres(demo, store)
    return store


def _searches(store: Store, words: list[str]) -> dict[tuple[str, str, int], object]:
    """Every search's keys (and whether its window was full) per window and order, and
    its first two pages as thread_page reads them."""
    out: dict[tuple[str, str, int], object] = {}
    with store.reader() as conn:
        for word in words:
            for sort in ("activity", "due"):
                flt = ThreadFilter(states=None, query=word, sort=sort)  # type: ignore[arg-type]
                for window in _WINDOWS:
                    keys, ids, full = search_keys(conn, flt, window)
                    out[(word, sort, window)] = (keys.tolist(), ids.tolist(), full)
                first = thread_page(conn, flt, limit=30)
                after = first.next_cursor
                second = thread_page(conn, flt, limit=30, after=after) if after else None
                out[(word, sort, 0)] = (first, second)
    return out


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo0011") / "demo.sqlite3"
    store = open_store(f"sqlite:///{path}")
    build_demo(store, 300, seed=1, now=DEMO_NOW)
    store.close()
    return path


def test_0011_finds_the_same_threads_in_the_same_order_as_0010(
    pg_cluster: PgCluster, demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _at_0010(pg_cluster.url(pg_cluster.new_database()), demo)
    try:
        with store.reader() as conn:
            row = conn.execute(
                text(
                    "SELECT b.display_name, t.amazon_order_id FROM threads t "
                    "JOIN buyers b ON b.id = t.buyer_id WHERE t.amazon_order_id IS NOT NULL "
                    "ORDER BY t.id LIMIT 1"
                )
            ).one()
        words = ["damaged", "the", "charger -damaged", "thank you", str(row[0]), str(row[1])]
        with monkeypatch.context() as m:
            m.setattr(search_pages, "PG_SEARCH_DOC", _OLD_DOC)
            m.setattr(statements, "_cache", {})  # the old text compiled aside, then dropped
            before = _searches(store, words)

        migrate.upgrade(store.engine)  # what the first seat at 0011 does
        with store.reader() as conn:
            assert migrate.current_revision(store.engine) == "0011"
            missing = conn.execute(
                text("SELECT count(*) FROM messages WHERE search_doc IS NULL")
            ).scalar_one()
            assert missing == 0  # every message that was there has its document
            indexes = set(
                conn.execute(text("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"))
                .scalars()
                .all()
            )
        assert {
            "ix_messages_search_doc",
            "ix_buyers_alias_trgm",
            "ix_threads_order_trgm",
        } <= indexes
        assert "ix_messages_fts" not in indexes
        with store.reader() as conn:
            due = conn.execute(
                text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_threads_due'")
            ).scalar_one()
        assert due.endswith("INCLUDE (response_due_at)")  # the list's keys: index-only
        after = _searches(store, words)
    finally:
        store.close()

    assert after == before
    # the windows the comparison covers: a full first window that widens, a search
    # whose every window is full up to the last, and a buyer and an order found
    keys_200, _, full_200 = after[("damaged", "activity", 200)]  # type: ignore[misc]
    keys_1000, _, full_1000 = after[("damaged", "activity", 1_000)]  # type: ignore[misc]
    assert full_200 and not full_1000 and len(keys_1000) > len(keys_200) > 20
    assert after[("the", "due", 1_000)][2] is True  # type: ignore[index]
    assert len(after[(str(row[1]), "activity", 200)][1]) >= 1  # type: ignore[index,arg-type]
    assert len(after[(str(row[0]), "activity", 200)][1]) >= 1  # type: ignore[index,arg-type]


def test_a_seat_that_knows_only_0010_is_refused_by_a_store_at_0011(
    pg_cluster: PgCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = pg_cluster.url(pg_cluster.new_database())
    open_store(url).close()  # a seat at 0011 made it
    # the seat of the release before: its migrations end at 0010
    older = tmp_path / "migrations"
    shutil.copytree(
        Path(str(resources.files("inbox_app.store") / "migrations")),
        older,
        ignore=shutil.ignore_patterns("0011_*", "__pycache__"),
    )

    def older_config() -> object:
        cfg = alembic_config()
        cfg.set_main_option("script_location", str(older))
        return cfg

    monkeypatch.setattr(migrate, "alembic_config", older_config)
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "0010")
    with pytest.raises(TooNewDatabaseError) as refused:
        open_store(url)
    assert str(refused.value) == (
        "The team database is at schema 0011, newer than this seat's Seller Inbox knows: "
        "update Seller Inbox on this seat to join (nothing was changed)."
    )
    monkeypatch.undo()
    store = open_store(url)
    try:
        assert migrate.current_revision(store.engine) == "0011"
    finally:
        store.close()
