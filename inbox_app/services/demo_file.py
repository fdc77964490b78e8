"""Build a demo store as a whole or not at all: into a temporary file, then renamed.

A process killed while building (or a full disk) leaves only the temporary file,
which the next build removes; the real path appears only once the store is complete,
so a later start never opens a half-built (or empty) demo.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from inbox_app.settings import attachments_dir_for
from inbox_app.store.demo import DemoSummary, build_demo
from inbox_app.store.migrate import open_store
from inbox_app.store_url import database_url

BUILDING_SUFFIX = ".building"


def building_path(path: Path) -> Path:
    return path.with_name(path.name + BUILDING_SUFFIX)


def _remove_store(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(attachments_dir_for(database_url(path)), ignore_errors=True)


def build_demo_file(
    path: Path,
    threads: int,
    *,
    seed: int = 1,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Build the demo store at `path` (replacing it); nothing is left there on failure."""
    temp = building_path(path)
    _remove_store(temp)  # what a killed build left
    try:
        store = open_store(database_url(temp))
        try:
            summary = build_demo(store, threads, seed=seed, now=now, progress=progress)
        finally:
            store.close()
        con = sqlite3.connect(temp)
        try:  # everything into the main file, so renaming it moves the whole store
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
        with temp.open("rb") as fh:
            os.fsync(fh.fileno())
        _remove_store(path)
        blobs = attachments_dir_for(database_url(temp))
        if blobs.exists():
            os.replace(blobs, attachments_dir_for(database_url(path)))
        os.replace(temp, path)  # the store appears complete, or not at all
        for suffix in ("-wal", "-shm"):
            Path(f"{temp}{suffix}").unlink(missing_ok=True)
    except BaseException:
        _remove_store(temp)
        raise
    return summary
