"""The window's SQLite connections keep what issue 10.8's memory target allows: a small
page cache and no memory map, on the first page's reader and on the store's pool after
the window tunes it (connections made before included)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from inbox_app.store.first_page import open_first_page
from inbox_app.store.migrate import Store
from inbox_app.store.sqlite_file import WINDOW_CACHE_KIB
from inbox_app.store_opening import tune_for_gui


def _pragmas(run: Callable[[str], Any]) -> tuple[int, int]:
    return int(run("PRAGMA cache_size")), int(run("PRAGMA mmap_size"))


def test_the_store_pool_keeps_a_small_cache_and_no_map_once_tuned(store: Store) -> None:
    with store.engine.connect() as conn:  # made before the window tunes the store
        before = _pragmas(lambda sql: conn.exec_driver_sql(sql).scalar())
    assert before[1] > 0  # a worker's or the CLI's store maps the file (engine.py)
    tune_for_gui(store)
    with store.engine.connect() as conn:
        after = _pragmas(lambda sql: conn.exec_driver_sql(sql).scalar())
    assert after == (-WINDOW_CACHE_KIB, 0)
    assert WINDOW_CACHE_KIB <= 512


def test_the_first_page_reader_keeps_the_same(db_path: Path) -> None:
    reader = open_first_page(f"sqlite:///{db_path}")
    assert reader is not None
    try:
        conn = reader._conn  # the reader's one connection
        assert conn is not None
        got = _pragmas(lambda sql: conn.execute(sql).fetchone()[0])
        assert got == (-WINDOW_CACHE_KIB, 0)
    finally:
        reader.close()
