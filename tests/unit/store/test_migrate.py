"""Opening stores: migration from empty, backups, refusals that never write."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from inbox_app.store.errors import NotADatabaseError, TooNewDatabaseError
from inbox_app.store.migrate import current_revision, head_revision, open_store


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrates_an_empty_file_to_head_with_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    store = open_store(f"sqlite:///{path}")
    try:
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
            names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
            assert conn.execute(text("SELECT count(*) FROM marketplaces")).scalar() >= 7
    finally:
        store.close()
    expected = {
        "threads",
        "messages",
        "orders",
        "order_items",
        "buyers",
        "attachments",
        "templates",
        "events",
        "search_index",
        "messages_ai",
        "ix_threads_due",
    }
    assert expected <= names


def test_reopening_at_head_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_store(f"sqlite:///{path}").close()
    open_store(f"sqlite:///{path}").close()
    assert not list(tmp_path.glob("*.bak-*"))


def test_upgrade_of_an_older_file_copies_it_aside_first(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_store(f"sqlite:///{path}").close()
    # Pretend the file is at an older revision: the app must back it up before upgrading.
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'base_for_test'")
    con.commit()
    con.close()
    with pytest.raises(TooNewDatabaseError):
        open_store(f"sqlite:///{path}")  # unknown revision = made by another (newer) app
    assert not list(tmp_path.glob("*.bak-*")), "a refused file must not be touched"


def test_backup_made_before_a_real_upgrade(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from inbox_app.store import migrate

    path = tmp_path / "db.sqlite3"
    open_store(f"sqlite:///{path}").close()
    head = head_revision()
    # Simulate a new revision arriving: the current file is now one behind "head".
    from alembic import command
    from alembic.script import ScriptDirectory

    real = ScriptDirectory.get_current_head

    def fake_head(self: object) -> str:
        return "next"

    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "next")
    monkeypatch.setattr(ScriptDirectory, "get_current_head", fake_head)
    monkeypatch.setattr(command, "upgrade", lambda cfg, rev: None)
    backup = migrate.upgrade(migrate.make_engine(f"sqlite:///{path}"), path)
    monkeypatch.setattr(ScriptDirectory, "get_current_head", real)
    assert backup is not None
    copy = Path(backup)
    assert copy.exists() and copy.name.startswith(f"db.sqlite3.bak-{head}-")
    con = sqlite3.connect(copy)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
    con.close()


def test_database_from_a_newer_app_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_store(f"sqlite:///{path}").close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(TooNewDatabaseError, match="newer version"):
        open_store(f"sqlite:///{path}")
    assert _digest(path) == before


@pytest.mark.parametrize(
    "content",
    [b"hello, I am a text file\n" * 50, b"%PDF-1.4\n" + bytes(range(256)) * 10],
)
def test_not_a_database_is_refused_and_never_overwritten(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(content)
    with pytest.raises(NotADatabaseError, match="not a Seller Inbox database"):
        open_store(f"sqlite:///{path}")
    assert path.read_bytes() == content


def test_corrupt_database_is_refused_and_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_store(f"sqlite:///{path}").close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(path.read_bytes())
    # keep the header, trash the pages after it
    for i in range(200, len(data), 7):
        data[i] = 0xA5
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(NotADatabaseError, match="damaged"):
        open_store(f"sqlite:///{path}")
    assert _digest(path) == before


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(NotADatabaseError, match="folder"):
        open_store(f"sqlite:///{tmp_path}")


def test_readers_do_not_block_writers(tmp_path: Path) -> None:
    """A long-lived reader (the GUI) must never hold the write lock."""
    store = open_store(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    other = open_store(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    try:
        with store.reader() as reader:
            assert reader.execute(text("SELECT count(*) FROM threads")).scalar() == 0
            # the reader's transaction is open; a writer in another connection proceeds
            with other.engine.begin() as writer:
                writer.execute(
                    text(
                        "INSERT INTO buyers (alias, display_name, opted_out, created_at) "
                        "VALUES ('x@marketplace.amazon.com', '', 0, 0)"
                    )
                )
            # the reader still sees its own snapshot
            assert reader.execute(text("SELECT count(*) FROM buyers")).scalar() == 0
    finally:
        other.close()
        store.close()


def test_real_upgrade_from_0001_keeps_data_and_backs_up_first(tmp_path: Path) -> None:
    from alembic import command

    from inbox_app.store.migrate import alembic_config

    path = tmp_path / "db.sqlite3"
    store = open_store(f"sqlite:///{path}")
    with store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO buyers (alias, display_name, opted_out, created_at) "
                "VALUES ('k@marketplace.amazon.it', 'Giulia', 0, 0)"
            )
        )
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    store.close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    con.close()

    store = open_store(f"sqlite:///{path}")  # the app at head opens an 0001 file
    try:
        assert current_revision(store.engine) == head_revision() != "0001"
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT display_name FROM buyers")).scalar() == "Giulia"
            indexes = set(
                conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'")).scalars()
            )
        assert "ix_threads_state_activity" in indexes
    finally:
        store.close()
    backups = list(tmp_path.glob("db.sqlite3.bak-0001-*"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert con.execute("SELECT display_name FROM buyers").fetchone()[0] == "Giulia"
    con.close()


def test_migrations_import_nothing_from_the_live_package():
    """A revision must do forever what it did when it shipped: no live schema constants."""
    import ast
    from importlib import resources

    versions = resources.files("inbox_app.store") / "migrations" / "versions"
    scripts = [p for p in versions.iterdir() if p.name.endswith(".py") and p.name[0].isdigit()]
    assert len(scripts) >= 2
    # a revision split by job keeps its parts beside it, frozen with it (versions/r0001/)
    parts = [p for d in versions.iterdir() if d.is_dir() and d.name[0] == "r" for p in d.iterdir()]
    assert [p for p in parts if p.name.endswith(".py") and p.name != "__init__.py"]
    own = "inbox_app.store.migrations.versions."
    for script in scripts + [p for p in parts if p.name.endswith(".py")]:
        tree = ast.parse(script.read_text())
        imported = [
            node.module if isinstance(node, ast.ImportFrom) else alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import | ast.ImportFrom)
            for alias in node.names
        ]
        live = [m for m in imported if m and m.startswith("inbox_app") and not m.startswith(own)]
        assert not live, script.name


def test_the_first_revision_downgrades_to_nothing_and_upgrades_again(tmp_path: Path) -> None:
    """Revision 0001, split into parts, still creates and drops every table it made; its
    parts are not revisions of their own."""
    from alembic import command
    from alembic.script import ScriptDirectory

    from inbox_app.store.migrate import alembic_config

    cfg = alembic_config()
    revisions = {s.revision for s in ScriptDirectory.from_config(cfg).walk_revisions()}
    assert revisions == {f"{n:04d}" for n in range(1, int(head_revision()) + 1)}
    path = tmp_path / "db.sqlite3"
    store = open_store(f"sqlite:///{path}")
    with store.engine.begin() as conn:
        tables = set(
            conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars()
        )
        assert {"messages", "attachments", "events", "mail_sources", "message_raw"} <= tables
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
        left = set(
            conn.execute(
                text("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
            ).scalars()
        )
        assert left == {"alembic_version"}
        command.upgrade(cfg, "head")
        again = set(
            conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars()
        )
    store.close()
    assert again == tables
