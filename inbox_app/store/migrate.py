"""Open a store: check the file, back it up, run Alembic migrations to head.

A database made by a newer version of the app is refused; a damaged file or one
that is not a database is refused and never written to. The whole-file check runs
only after an unclean shutdown (see open_marker); a store already at SCHEMA_HEAD opens
without loading Alembic at all.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from inbox_app.settings import attachments_dir_for
from inbox_app.store import open_marker
from inbox_app.store.blobs import BlobStore
from inbox_app.store.closing import close_after_close
from inbox_app.store.engine import READ_ONLY, make_engine, make_session_factory
from inbox_app.store.errors import (
    KnownStoreError,
    NotADatabaseError,
    ReadOnlyStoreError,
    TooNewDatabaseError,
    translate_operational_error,
)
from inbox_app.store.marketplaces import MARKETPLACES
from inbox_app.store.schema import Marketplace
from inbox_app.store.server import (
    MIGRATION_LOCK,
    advisory_lock,
    is_server_url,
    keep_password,
    public_url,
    server_error,
    with_keyring_password,
)
from inbox_app.store.sqlite_file import (  # re-exported: the store's callers use them here
    SCHEMA_HEAD,
    check_sqlite_file,
    check_sqlite_header,
    check_store_identity,
    sqlite_path,
)

if TYPE_CHECKING:
    from alembic.config import Config


@dataclass
class Store:
    """An open, migrated store: engine, session factory and attachment blobs."""

    url: str
    engine: Engine
    session: sessionmaker[Session]
    blobs: BlobStore
    marker: Path | None = None  # this process has the file open (see open_marker)
    # run by close(), before the engine goes: connections of their own (a team's leader
    # lock, its change listener) are closed deterministically, never left to the GC
    closers: list[Callable[[], None]] = field(default_factory=list)
    # set by close(): work that would open a connection (a sync round, the leader lock)
    # asks first, as the engine would quietly open a new pool after its dispose()
    closed: bool = False

    def __post_init__(self) -> None:
        close_after_close(self.engine, lambda: self.closed)

    def reader(self) -> Connection:
        """A connection for reads only: a snapshot that never blocks or waits for writers.

        Use as `with store.reader() as conn:`; one per unit of work, per thread.
        """
        return self.engine.connect().execution_options(**{READ_ONLY: True})

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A Session for reads only, on a reader's snapshot: it never takes the write lock,
        so another process writing never makes it wait (the GUI thread reads with it)."""
        with self.reader() as conn, Session(bind=conn, expire_on_commit=False) as session:
            yield session

    def close(self) -> None:
        self.closed = True
        while self.closers:
            self.closers.pop()()
        self.engine.dispose()
        open_marker.release(self.marker)
        self.marker = None


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    location = resources.files("inbox_app.store") / "migrations"
    cfg.set_main_option("script_location", str(location))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _at_head(engine: Engine) -> bool:
    """True when the store's recorded revision is SCHEMA_HEAD (no Alembic needed)."""
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return False
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return rows == [SCHEMA_HEAD]


def _backup_sqlite(path: Path, revision: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.bak-{revision}-{stamp}")
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _too_new(engine: Engine, current: str) -> TooNewDatabaseError:
    key = "too_new_team" if engine.dialect.name == "postgresql" else "too_new"
    return TooNewDatabaseError.said(key, schema=current)


def upgrade(engine: Engine, path: Path | None = None) -> str | None:
    """Migrate to head; returns the path of the backup made, if any."""
    if _at_head(engine):
        return None
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    cfg = alembic_config()
    scripts = ScriptDirectory.from_config(cfg)
    current = current_revision(engine)
    head = scripts.get_current_head()
    if current is not None:
        try:
            scripts.get_revision(current)
        except CommandError:
            raise _too_new(engine, current) from None
    if current == head:
        return None
    backup = None
    if current is not None and path is not None:
        backup = str(_backup_sqlite(path, current))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


def open_store(url: str, *, migrate: bool = True, check: bool | None = None) -> Store:
    """Open (and create or migrate) the store at `url`, raising KnownStoreError for users.

    `check`: read the whole SQLite file first (True), never (False), or only when the
    last run over it ended uncleanly (None, the default).
    """
    path = sqlite_path(url)
    marker = None
    if path is not None:
        if path.is_dir():
            raise NotADatabaseError.said("folder", path=str(path))
        if check or (check is None and open_marker.check_due(path)):
            check_sqlite_file(path)
            open_marker.clear_stale(path)
        else:
            check_sqlite_header(path)
        check_store_identity(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            detail = exc.strerror or type(exc).__name__
            raise ReadOnlyStoreError.said("no_folder", path=str(path), detail=detail) from None
    server = is_server_url(url)
    typed_password: str | None = None
    if server:
        connect_url, typed_password = with_keyring_password(url)
        url = public_url(url)  # what the Store, the settings and any message show
        engine = make_engine(connect_url)
    else:
        engine = make_engine(url)
    try:
        if migrate:
            # whichever seat starts first migrates and seeds; the others wait, then see
            # the store at head (PostgreSQL DDL is transactional)
            with advisory_lock(engine, MIGRATION_LOCK) if server else contextlib.nullcontext():
                upgrade(engine, path)
                seed_reference_data(engine)
    except KnownStoreError:
        engine.dispose()
        raise
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        known = server_error(exc, url) if server else translate_operational_error(exc, path)
        if known is not None:
            raise known from None
        raise
    if typed_password:
        keep_password(url, typed_password)
    if path is not None:
        marker = open_marker.claim(path)
    blobs = BlobStore(attachments_dir_for(url))
    return Store(
        url=url, engine=engine, session=make_session_factory(engine), blobs=blobs, marker=marker
    )


def seed_reference_data(engine: Engine) -> None:
    """Insert marketplaces the store does not know yet (idempotent, cheap)."""
    with engine.connect() as conn:
        known = set(conn.execute(select(Marketplace.id)).scalars())
    missing = [m for m in MARKETPLACES if m.id not in known]
    if not missing:
        return
    with engine.begin() as conn:
        conn.execute(
            insert(Marketplace),
            [
                {
                    "id": m.id,
                    "code": m.code,
                    "name": m.name,
                    "domain": m.domain,
                    "relay_tld": m.relay_tld,
                    "language": m.language,
                    "region": m.region,
                    "important_tag": m.important_tag,
                }
                for m in missing
            ],
        )
