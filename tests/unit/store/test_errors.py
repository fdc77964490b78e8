"""Store faults on real files: each gets its own true sentence, never SQL or buyer data,
and a failed `account add` leaves no password behind. Read-only as root uses an
immutable file and a read-only bind mount; a full disk is a small tmpfs."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from inbox_app import credentials
from inbox_app.cli import main
from tests.helpers import faults, mailgen
from tests.helpers.memkeyring import MemoryKeyring

LEAKS = ("SQL", "INSERT", "parameters", "sqlalche.me", "Traceback", "marketplace.amazon", "Anna")


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    err = capsys.readouterr().err
    for leak in LEAKS:
        assert leak not in err, err
    return code, err


def _eml(tmp_path: Path) -> Path:
    path = tmp_path / "buyer.eml"
    path.write_bytes(mailgen.relay_mail())
    return path


def _account_add(db: Path) -> list[str]:
    return [
        "account", "add", "shop", "--db", str(db), "--address", "seller@example.test",
        "--imap-host", "127.0.0.1", "--smtp-host", "127.0.0.1", "--password-stdin",
    ]  # fmt: skip


def _writes(db: Path, eml: Path) -> dict[str, list[str]]:
    return {
        "import-mail": ["import-mail", str(eml), "--db", str(db), "--quiet"],
        "account add": _account_add(db),
        "sku-rule add": ["sku-rule", "add", "HM-*", "handmade", "--db", str(db)],
    }


@pytest.mark.parametrize("where", ["file", "folder"])
@pytest.mark.parametrize("command", ["import-mail", "account add", "sku-rule add"])
def test_read_only_store(
    db_path: Path,
    tmp_path: Path,
    command: str,
    where: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret\n"))
    argv = _writes(db_path, _eml(tmp_path))[command]
    before = db_path.read_bytes()
    if where == "file":
        with faults.read_only_file(db_path):
            code, err = _cli(capsys, *argv)
        assert f"cannot save to {db_path} because the file is read-only" in err
    else:  # a read-only mount: a WAL store cannot even be opened there
        with faults.read_only_dir(db_path.parent):
            code, err = _cli(capsys, *argv)
        assert any(
            f"cannot {verb} {db_path} because its disk is mounted read-only" in err
            for verb in ("save to", "open")
        )
    assert code != 0
    assert "damaged" not in err and "backup" not in err
    assert db_path.read_bytes() == before
    assert MemoryKeyring.store == {} and credentials.get_password("shop") is None


def test_new_store_in_a_read_only_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    with faults.read_only_dir(folder):
        code, err = _cli(capsys, "db", "info", "--db", str(folder / "new.sqlite3"))
    assert code != 0
    assert f"cannot create {folder / 'new.sqlite3'} because its disk is mounted" in err
    assert not (folder / "new.sqlite3").exists()


def test_a_file_held_exclusively_by_another_process(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with faults.exclusive_lock(db_path):
        code, err = _cli(capsys, "import-mail", str(_eml(tmp_path)), "--db", str(db_path))
    assert code != 0
    assert "in use by another program" in err
    assert "damaged" not in err and "backup" not in err


def test_demo_on_a_full_disk(capsys: pytest.CaptureFixture[str]) -> None:
    with faults.small_disk(600) as disk:
        db = disk / "demo.sqlite3"
        code, err = _cli(capsys, "demo", "--db", str(db), "--threads", "3000")
        left = sorted(p.name for p in disk.iterdir())
    assert code != 0
    assert f"The disk is full, so Seller Inbox could not save to {db}" in err
    assert "rollback" not in err and "no transaction" not in err
    assert left == []  # no half-built store is left behind


def _version_rows(db: Path, change: Callable[[sqlite3.Connection], None]) -> None:
    con = sqlite3.connect(db)
    with con:
        change(con)
    con.close()


@pytest.mark.parametrize(
    ("change", "entries"),
    [
        (lambda c: c.execute("DELETE FROM alembic_version"), "0 entries"),
        (lambda c: c.execute("INSERT INTO alembic_version VALUES ('0000')"), "2 entries"),
    ],
)
def test_damaged_version_record(
    db_path: Path,
    change: Callable[[sqlite3.Connection], None],
    entries: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _version_rows(db_path, change)
    before = db_path.read_bytes()
    code, err = _cli(capsys, "db", "info", "--db", str(db_path))
    assert code != 0
    assert f"{db_path} has a damaged schema version record ({entries}" in err
    assert "AssertionError" not in err and "head" not in err
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(
    "schema",
    [
        "CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)",
        "CREATE TABLE messages (id INTEGER PRIMARY KEY, body TEXT)",
        "CREATE TABLE alembic_version (version_num TEXT); INSERT INTO alembic_version "
        "VALUES ('abc123'); CREATE TABLE users (id INTEGER)",
    ],
)
def test_a_strangers_database_is_refused_untouched(
    tmp_path: Path, schema: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "other.sqlite3"
    con = sqlite3.connect(db)
    con.executescript(schema)
    con.close()
    before = db.read_bytes()
    code, err = _cli(capsys, "db", "info", "--db", str(db))
    assert code != 0
    assert f"{db} is another program's database" in err
    assert "CREATE TABLE" not in err
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite3"]


def test_an_empty_file_and_our_own_store_still_open(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert main(["db", "info", "--db", str(empty)]) == 0
    assert main(["db", "info", "--db", str(db_path)]) == 0
    capsys.readouterr()


def test_a_server_that_does_not_let_the_computer_in_is_named_so() -> None:
    import psycopg
    from sqlalchemy.exc import OperationalError

    from inbox_app.store.server import server_error

    raw = psycopg.OperationalError(
        'connection failed: FATAL:  no pg_hba.conf entry for host "10.0.0.7", user "inbox", '
        'database "shop", no encryption'
    )
    known = server_error(
        OperationalError("connect", {}, raw), "postgresql+psycopg://inbox@db:5432/shop"
    )
    assert known is not None
    assert str(known).startswith("The team server at db:5432/shop does not let this computer in")


def test_a_missing_root_certificate_is_a_secure_connection_sentence() -> None:
    import psycopg
    from sqlalchemy.exc import OperationalError

    from inbox_app.store.server import server_error

    raw = psycopg.OperationalError(
        'connection failed: root certificate file "/home/anna/.postgresql/root.crt" does not exist'
    )
    known = server_error(OperationalError("connect", {}, raw), "postgresql+psycopg://inbox@db/shop")
    assert known is not None and "could not open a secure connection" in str(known)
    assert "sslrootcert" in str(known)
