"""Opening the window's store: the verified open (checks, migration) on a helper thread,
the read-only preview the first page is painted from meanwhile, and the refusal dialog
when the verified open fails. `app.run` puts these together."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from inbox_app.store.migrate import Store

EXIT_STORE_ERROR = 2
GATE_TIMEOUT_S = 2.0  # the verified open starts at the latest this long after start-up


def tune_for_gui(store: Store) -> None:
    """Bound the window's memory: the store's SQLite connections opened from now on keep
    a small page cache and no memory map (sqlite_file.window_pragmas). 2 MB rather than
    8 MB took ~13 MB off the peak after scrolling every list to its end; 512 KB rather
    than 2 MB another ~3.5 MB (the window holds two or three connections)."""
    if store.engine.dialect.name != "sqlite":
        return
    from sqlalchemy import event

    from inbox_app.store.sqlite_file import window_pragmas

    def _gui_pragmas(dbapi_conn: Any, _record: Any) -> None:
        window_pragmas(dbapi_conn)

    if not event.contains(store.engine, "connect", _gui_pragmas):
        event.listen(store.engine, "connect", _gui_pragmas)
    store.engine.dispose()  # connections made before get the settings when reopened


def demo_url() -> str:
    """The demo store in the data dir, built (3,000 threads) the first time."""
    from inbox_app.settings import demo_db_path
    from inbox_app.store_url import database_url

    path = demo_db_path()
    url = database_url(path)
    if not path.exists() or path.stat().st_size == 0:
        from inbox_app.services.demo_file import build_demo_file

        build_demo_file(path, 3000)  # into a temporary file, renamed when complete
    return url


def open_in_background(
    db: str | None, demo: bool, gate: threading.Event | None = None
) -> Future[Store]:
    """Open (check, migrate) the store on a helper thread. With `gate`, it starts once the
    gate opens (the preview's first page is painted), so the two never compete."""
    future: Future[Store] = Future()

    def work() -> None:
        if gate is not None:
            gate.wait(GATE_TIMEOUT_S)
        try:
            from inbox_app.store.migrate import open_store
            from inbox_app.store_url import database_url

            url = demo_url() if demo else database_url(db)
            store = open_store(url)
            tune_for_gui(store)
            future.set_result(store)
        except BaseException as exc:
            future.set_exception(exc)

    threading.Thread(target=work, name="open-store", daemon=True).start()
    return future


def existing_sqlite(url: str) -> bool:
    """An SQLite file with something in it (only a file complete before the app started
    may be previewed: not a demo being built, not a file being created)."""
    from inbox_app.store.sqlite_file import sqlite_path

    path = sqlite_path(url)
    return path is not None and path.is_file() and path.stat().st_size > 0


def preview_store(url: str) -> Store | None:
    """A read-only view of an existing SQLite store already at the current schema, so the
    window can read while `open_store` verifies the file (and, after an unclean shutdown,
    checks all of it: about 1 s per GB). Nothing can be written through it; None when a
    preview is not possible or not safe (the verified open decides then). The first page
    itself comes from store/first_page.py (no SQLAlchemy); this opens at the first read
    that reader does not serve."""
    from inbox_app.settings import attachments_dir_for
    from inbox_app.store.blobs import BlobStore
    from inbox_app.store.engine import make_engine, make_session_factory
    from inbox_app.store.errors import KnownStoreError
    from inbox_app.store.migrate import Store
    from inbox_app.store.sqlite_file import SCHEMA_HEAD, check_store_identity, sqlite_path

    path = sqlite_path(url)
    if path is None or not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        check_store_identity(path)  # (cheap) not another program's file, one version record
    except KnownStoreError:
        return None  # the verified open refuses it, before any window
    engine = make_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        with engine.connect() as conn:
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        if revision != SCHEMA_HEAD:
            raise LookupError("needs a migration first")
    except Exception:  # damaged, locked, older or newer: the verified open decides
        engine.dispose()
        return None
    store = Store(url, engine, make_session_factory(engine), BlobStore(attachments_dir_for(url)))
    tune_for_gui(store)
    return store


def show_store_error(exc: BaseException, url: str | None = None) -> str | None:
    """stderr and a dialog say why; returns the database the seller chose instead."""
    from inbox_app.settings import default_db_path
    from inbox_app.store.sqlite_file import sqlite_path
    from inbox_app.views.store_refused import choose_store, window_text

    refused = sqlite_path(url) if url else None
    default = default_db_path()
    return choose_store(window_text(exc, refused, default), refused, default)


class _Writer(Protocol):
    def writer(self) -> Store: ...


class OpeningHost(Protocol):
    """What the verified open's outcome uses of the main window (views/main_window.py)."""

    @property
    def service(self) -> _Writer: ...

    def store_verified(self) -> None: ...
    def close(self) -> bool: ...


class OpeningWatcher(QObject):
    """Receives the verified open's outcome on the GUI thread: the window adopts the
    verified store, or (a store the verified open refused) the refusal dialog is shown,
    the window closes and the event loop ends with EXIT_STORE_ERROR."""

    finished = Signal(object)

    def __init__(self, app: QApplication, window: OpeningHost, url: str, parent: QObject) -> None:
        super().__init__(parent)  # the window: the outcome goes with it
        self.app = app
        self.url = url
        self.window = window
        self.failed: BaseException | None = None
        self.chosen: str | None = None  # the store the seller picked instead
        self.finished.connect(self._done)

    def _done(self, future: Future[Store]) -> None:
        exc = future.exception()
        if exc is None:
            self.window.service.writer()  # adopt the verified store now (it is ready)
            self.window.store_verified()
            return
        self.failed = exc
        self.chosen = show_store_error(exc, self.url)
        self.window.close()
        QTimer.singleShot(0, lambda: self.app.exit(EXIT_STORE_ERROR))
