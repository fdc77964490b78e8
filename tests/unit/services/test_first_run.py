"""The first-run guide's check reads a snapshot: it answers while another connection
holds the write lock (it used to queue in BEGIN IMMEDIATE behind the writer)."""

from __future__ import annotations

import sqlite3

from inbox_app.services.first_run import SetupProgress
from inbox_app.services.inbox import InboxService
from inbox_app.store.migrate import Store, sqlite_path
from tests.helpers.timeline import Timeline


def test_setup_progress_answers_while_a_writer_holds_the_lock(store: Store) -> None:
    Timeline(store).thread("US")
    path = sqlite_path(store.url)
    assert path is not None
    writer = sqlite3.connect(path, isolation_level=None, timeout=0)
    writer.execute("BEGIN IMMEDIATE")  # held for the whole check
    try:
        writer.execute("UPDATE threads SET unread = 1")
        assert InboxService(store).setup_progress() == SetupProgress(
            has_account=False, has_orders=False, has_threads=True
        )
    finally:
        writer.execute("ROLLBACK")
        writer.close()
