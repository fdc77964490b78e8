"""A team store for window tests: the deterministic demo copied into a fresh PostgreSQL
database with COPY, and this seat joined to it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from inbox_app.services.seats import TeamSeats
from inbox_app.store.migrate import Store, open_store
from inbox_app.store.pg_copy import copy_sqlite_to_postgres


@pytest.fixture
def team_store(
    team_url: str, _demo_templates: Callable[[int], Path]
) -> Iterator[Callable[..., Store]]:
    """`team_store(threads=300, person="Anna")`: the demo on the server, this seat joined."""
    opened: list[Store] = []

    def make(threads: int = 300, person: str = "Anna") -> Store:
        store = open_store(team_url)
        copy_sqlite_to_postgres(_demo_templates(threads), store)
        TeamSeats(store).register(person)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()
