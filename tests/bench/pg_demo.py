"""The million-message demo store in a throwaway PostgreSQL cluster, loaded with COPY once
and cached: the cluster's data directory is kept in the bench cache, keyed by the
PostgreSQL version, the schema head and the demo's size, seed and version, and a later
run starts a server on it instead of loading again (~10 s instead of minutes)."""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.bench.common import BENCH_DIR, big_demo_store
from tests.helpers.pgserver import PgCluster, _free_port, pg_bin

DATABASE = "demo"


def _cache_dir(threads: int, seed: int) -> Path:
    from inbox_app.store.demo import DEMO_VERSION
    from inbox_app.store.sqlite_file import SCHEMA_HEAD

    major = pg_bin().parent.name
    return BENCH_DIR / f"pg{major}-schema{SCHEMA_HEAD}-demo-{threads}-{seed}-v{DEMO_VERSION}"


def _cluster_on(data: Path) -> PgCluster:
    """A server over the data directory `data`, moved into a fresh root (PostgreSQL runs
    as `postgres` when we are root, and root's home is closed to it)."""
    root = Path(tempfile.mkdtemp(prefix="inbox-pg-bench-"))
    root.chmod(0o755)
    cluster = PgCluster(root=root, port=_free_port())
    data.rename(cluster.data)
    cluster.sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(cluster.sock, "postgres")
        cluster.prefix = ["runuser", "-u", "postgres", "--"]
    cluster.start()
    return cluster


def _load(target: Path, threads: int, seed: int) -> None:
    from inbox_app.store.migrate import open_store
    from inbox_app.store.pg_copy import copy_sqlite_to_postgres

    source = big_demo_store(threads, seed)
    cluster = PgCluster.create()
    try:
        cluster.psql(f"CREATE DATABASE {DATABASE}")
        store = open_store(cluster.url(DATABASE))
        started = time.perf_counter()
        last = [""]

        def progress(what: str, _n: int) -> None:
            if what != last[0]:
                last[0] = what
                print(f"  ({time.perf_counter() - started:6.1f} s) {what}", flush=True)

        counts = copy_sqlite_to_postgres(source, store, progress)
        store.close()
        print(
            f"(loaded {counts.get('messages', 0):,} messages into PostgreSQL with COPY, "
            f"indexes after it, in {time.perf_counter() - started:.1f} s)",
            flush=True,
        )
        cluster.stop("fast")
        cluster.data.rename(target)
    finally:
        cluster.destroy()


@contextmanager
def demo_cluster(threads: int = 100_000, seed: int = 7) -> Iterator[tuple[PgCluster, str]]:
    """A running cluster holding the demo store, and the store's URL. The data directory
    goes back to the cache after a clean stop (a run killed half-way loads again)."""
    cached = _cache_dir(threads, seed)
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    with open(cached.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one user of the cached directory at a time
        if not cached.exists():
            building = cached.with_suffix(".building")
            shutil.rmtree(building, ignore_errors=True)
            _load(building, threads, seed)
            building.rename(cached)
        cluster = _cluster_on(cached)
        try:
            yield cluster, cluster.url(DATABASE)
        finally:
            cluster.stop("fast")
            if (cluster.data / "postmaster.pid").exists():
                shutil.rmtree(cluster.root, ignore_errors=True)  # not stopped: not reused
            else:
                cluster.data.rename(cached)
                shutil.rmtree(cluster.root, ignore_errors=True)
