"""PostgreSQL fixtures: one real cluster per test session, a fresh database per test
(registered as a plugin by tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.pgserver import PgCluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    cluster = PgCluster.create()
    try:
        yield cluster
    finally:
        cluster.destroy()


@pytest.fixture
def team_url(pg_cluster: PgCluster) -> str:
    """A new, empty database on the session's cluster (migrated by whoever opens it)."""
    return pg_cluster.url(pg_cluster.new_database())
