"""One deterministic demo store for every read-query test of this package."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection

from inbox_app.store.demo import build_demo
from inbox_app.store.migrate import open_store
from tests.helpers.demo_queries import NOW, THREADS


@pytest.fixture(scope="package")
def demo_conn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Connection]:
    path: Path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    store = open_store(f"sqlite:///{path}")
    build_demo(store, THREADS, seed=3, now=NOW)
    store = open_store(f"sqlite:///{path}")
    with store.engine.connect() as conn:
        yield conn
    store.close()
