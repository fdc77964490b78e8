"""The first-page reader (stdlib sqlite3, no SQLAlchemy) gives what the store gives: the
same keys and rows for every sidebar view, the same errors, and no reader for a file
the verified open must judge."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import exc

from inbox_app.store import busy, first_page, first_page_sql
from inbox_app.store.demo import build_demo
from inbox_app.store.errors import (
    DatabaseLockedError,
    DiskFullError,
    NotADatabaseError,
    translate_operational_error,
)
from inbox_app.store.migrate import Store
from inbox_app.store.queries.list_keys import thread_keys
from inbox_app.store.queries.thread_filter import ThreadFilter
from inbox_app.store.queries.thread_rows import thread_rows

ROOT = Path(__file__).resolve().parents[3]


def _freezer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "freeze_first_page_sql", ROOT / "tools" / "freeze_first_page_sql.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_frozen_sql_is_what_the_store_statements_compile_to_now() -> None:
    fresh = _freezer().frozen()
    assert fresh["THREAD_KEYS"] == first_page_sql.THREAD_KEYS
    assert fresh["THREAD_ROWS"] == first_page_sql.THREAD_ROWS
    assert fresh["THREAD_ROWS_DEFAULTS"] == first_page_sql.THREAD_ROWS_DEFAULTS
    assert fresh["THREAD_ROWS_FLAGS"] == first_page_sql.THREAD_ROWS_FLAGS
    assert len(first_page_sql.THREAD_KEYS) >= 10  # the sidebar's views, both orders


def test_every_sidebar_view_reads_the_same_keys_and_rows_as_the_store(store: Store) -> None:
    from inbox_app.models.views_model import FIXED_VIEWS, MINE_VIEW, filter_for

    build_demo(store, 400, seed=7)
    reader = first_page.open_first_page(store.url)
    assert reader is not None
    now = datetime.now(UTC)
    try:
        compared = 0
        for key in (*FIXED_VIEWS, MINE_VIEW, "mp:US", "mp:DE"):
            for sort in ("due", "activity"):
                flt = replace(filter_for(key, now, "seat-x"), sort=sort)  # type: ignore[arg-type]
                got = reader.thread_keys(flt)
                assert got is not None, (key, sort)
                with store.reader() as conn:
                    want = thread_keys(conn, flt)
                    ids = list(want[1][:300])
                    want_rows = thread_rows(conn, ids)
                assert (list(got[0]), list(got[1])) == (list(want[0]), list(want[1])), key
                got_rows = reader.thread_rows(ids)
                assert got_rows == want_rows
                for row in got_rows.values():  # the same types, not only equal values
                    assert [type(v) for v in row] == [type(v) for v in want_rows[row.id]]
                compared += len(ids)
        assert compared > 1000
    finally:
        reader.close()


def test_a_search_is_left_to_the_store(store: Store) -> None:
    build_demo(store, 20, seed=2)
    reader = first_page.open_first_page(store.url)
    assert reader is not None
    try:
        assert reader.thread_keys(ThreadFilter(states=None, query="parcel")) is None
        assert reader.thread_keys(ThreadFilter()) is not None
    finally:
        reader.close()


def test_it_waits_for_a_writer_as_long_as_the_store_does() -> None:
    assert first_page.BUSY_TIMEOUT_MS == busy.DEFAULT_WAIT_MS


def test_a_driver_error_during_a_read_is_raised_as_the_store_raises_it(
    store: Store, db_path: Path
) -> None:
    # the file changes under the open reader (here: its threads table is gone); the error
    # is SQLAlchemy's, parameters hidden, as on every other read path (statements.py)
    build_demo(store, 20, seed=2)
    reader = first_page.open_first_page(store.url)
    assert reader is not None
    try:
        with pytest.raises(exc.OperationalError) as from_reader:
            with store.engine.begin() as conn:
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                conn.exec_driver_sql("DROP TABLE threads")
            reader.thread_keys(ThreadFilter())
        assert "no such table: threads" in str(from_reader.value)
        assert "parameters hidden" in str(from_reader.value)
        assert isinstance(from_reader.value.orig, sqlite3.OperationalError)
        with pytest.raises(exc.OperationalError) as from_store, store.reader() as conn:
            thread_keys(conn, ThreadFilter())
        assert type(from_store.value) is type(from_reader.value)
    finally:
        reader.close()


def test_a_locked_or_full_disk_reads_the_same_words_as_the_store() -> None:
    # the words come from the driver's message, which both paths keep as `orig`
    for text, kind in (
        ("database is locked", DatabaseLockedError),
        ("database or disk is full", DiskFullError),
        ("file is not a database", NotADatabaseError),
    ):
        err = first_page.as_store_error("SELECT 1", {"x": 1}, sqlite3.OperationalError(text))
        assert isinstance(err, exc.OperationalError)
        assert isinstance(translate_operational_error(err), kind)


def _no_reader(url: str) -> None:
    assert first_page.open_first_page(url) is None


def test_no_reader_for_a_file_the_verified_open_must_judge(tmp_path: Path, db_path: Path) -> None:
    # not SQLite, empty, missing, a server, another program's, an older or newer schema,
    # damaged: the verified open decides, and says why when it refuses
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    _no_reader(f"sqlite:///{junk}")
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    _no_reader(f"sqlite:///{empty}")
    _no_reader(f"sqlite:///{tmp_path / 'missing.sqlite3'}")
    _no_reader("postgresql+psycopg://inbox@localhost/inbox")
    foreign = tmp_path / "foreign.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE notes (id INTEGER)")
    con.commit()
    con.close()
    _no_reader(f"sqlite:///{foreign}")
    for revision in ("0009", "9999"):
        other = tmp_path / f"at-{revision}.sqlite3"
        shutil.copyfile(db_path, other)
        con = sqlite3.connect(other)
        con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        con.commit()
        con.close()
        _no_reader(f"sqlite:///{other}")
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page
    damaged.write_bytes(bytes(data))
    _no_reader(f"sqlite:///{damaged}")
    healthy = first_page.open_first_page(f"sqlite:///{db_path}")
    assert healthy is not None
    healthy.close()
