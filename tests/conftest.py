"""Suite-wide test setup: headless Qt, an in-memory keyring, a private data dir,
and a migrated template database copied per test (built once per session)."""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.helpers.memkeyring.MemoryKeyring"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest

from inbox_app.gui_gc import collect_due
from inbox_app.store import statements
from inbox_app.store.migrate import Store, open_store

# one real Dovecot and one pair of SMTP servers per session, for every test that asks
from tests.helpers.mailfixtures import (  # noqa: F401 - fixtures, found by name
    account,
    certs,
    dovecot,
    folder,
    smtp,
    smtp_servers,
)
from tests.helpers.pgfixtures import pg_cluster, team_url  # noqa: F401
from tests.helpers.spapi_fixtures import (  # noqa: F401
    amazon,
    amazon_connection,
    spapi,
    spapi_clock,
    spapi_server,
)

# every cached statement is compiled again and compared: a key naming two SQL texts fails
statements.verify_keys = True

# as in the app (inbox_app/gui_gc.py): no automatic collection on whichever thread
# allocates (a pool thread freeing widgets crashed the suite); the main thread collects
# after each test, by the same thresholds
_GC_THRESHOLD = gc.get_threshold()
gc.disable()


def pytest_runtest_teardown(item: pytest.Item) -> None:
    collect_due(_GC_THRESHOLD)


@pytest.fixture(autouse=True)
def _private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INBOX_APP_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture(autouse=True)
def _keep_excepthook(monkeypatch: pytest.MonkeyPatch) -> None:
    """`app.run` installs the window's error dialog as sys.excepthook; a later test's
    stray exception must not open that modal dialog (it would wait forever)."""
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


@pytest.fixture(autouse=True)
def _fresh_secrets() -> Iterator[None]:
    """Every test starts with an empty keyring and no session-only passwords."""
    from inbox_app import credentials
    from tests.helpers.memkeyring import MemoryKeyring

    MemoryKeyring.store.clear()
    credentials.forget_session()
    yield
    MemoryKeyring.store.clear()
    credentials.forget_session()


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database migrated to head, made once per test session."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    store = open_store(f"sqlite:///{path}")
    store.close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "inbox.sqlite3"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = open_store(f"sqlite:///{db_path}")
    yield s
    s.close()
