"""Seats on a real PostgreSQL server: joining at once (one migration), the password only
in the keyring, a seat older than the schema refused, an unreachable server said plainly."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from inbox_app import cli
from inbox_app.store.marketplaces import MARKETPLACES
from inbox_app.store.migrate import SCHEMA_HEAD
from tests.helpers.memkeyring import MemoryKeyring
from tests.helpers.pgserver import PgCluster
from tests.helpers.seats import inbox_app, seat_env

ROOT = Path(__file__).resolve().parents[3]


def test_three_seats_joining_at_once_migrate_once(team_url: str, tmp_path: Path) -> None:
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "inbox_app", "team", "join", team_url, "--name", name],
            env=seat_env(tmp_path / name),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("Anna", "Bo", "Chiara")
        if (tmp_path / name).mkdir() is None
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outs
    engine = create_engine(team_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(
                text("SELECT version_num FROM alembic_version")
            ).scalars().all() == [SCHEMA_HEAD]
            assert conn.execute(text("SELECT count(*) FROM marketplaces")).scalar() == len(
                MARKETPLACES
            )
            people = conn.execute(text("SELECT person FROM seats ORDER BY person")).scalars()
            assert list(people) == ["Anna", "Bo", "Chiara"]
    finally:
        engine.dispose()
    saved = json.loads((tmp_path / "Bo" / "team.json").read_text())
    assert saved["person"] == "Bo" and saved["url"] == team_url
    listed = inbox_app(tmp_path / "Bo", "team", "seats")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()[1:]
    assert [ln.split("\t")[0] for ln in lines] == ["Anna", "Bo", "Chiara"]
    assert "(this seat)" in lines[1] and "(this seat)" not in lines[0]


def test_a_seat_older_than_the_schema_is_refused(team_url: str, tmp_path: Path) -> None:
    assert inbox_app(tmp_path / "a", "team", "join", team_url, "--name", "Anna").returncode == 0
    engine = create_engine(team_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    refused = inbox_app(tmp_path / "a", "team", "seats")
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert "schema 0099, newer than this seat" in refused.stderr
    assert "update Seller Inbox on this seat" in refused.stderr


def test_an_unreachable_server_is_one_sentence(tmp_path: Path) -> None:
    from tests.helpers.mailservers import free_port

    url = f"postgresql+psycopg://inbox@127.0.0.1:{free_port()}/shop"
    out = inbox_app(tmp_path / "a", "team", "join", url, "--name", "Anna")
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert out.stderr.startswith(
        "inbox-app: Seller Inbox cannot reach the team database at 127.0.0.1:"
    )
    assert not (tmp_path / "a" / "team.json").exists()


@pytest.fixture(scope="module")
def secret_cluster() -> Iterator[PgCluster]:
    cluster = PgCluster.create(password="s3cret-db-pw")
    try:
        yield cluster
    finally:
        cluster.destroy()


def test_the_database_password_lives_only_in_the_keyring(
    secret_cluster: PgCluster, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import os

    db = secret_cluster.new_database()
    bare = secret_cluster.url(db)
    monkeypatch.setattr(sys, "stdin", io.StringIO("wrong\n"))
    assert cli.main(["team", "join", bare, "--name", "Anna", "--password-stdin"]) == 1
    assert "refused the login" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO("s3cret-db-pw\n"))
    assert cli.main(["team", "join", bare, "--name", "Anna", "--password-stdin"]) == 0
    out = capsys.readouterr()
    assert "joined the team inbox at 127.0.0.1:" in out.out and "s3cret" not in out.out
    data = Path(os.environ["INBOX_APP_DATA_DIR"])
    for path in data.rglob("*"):
        if path.is_file():
            assert b"s3cret-db-pw" not in path.read_bytes(), path
    key = ("inbox_app", f"postgresql:inbox@127.0.0.1:{secret_cluster.port}/{db}")
    assert MemoryKeyring.store[key] == "s3cret-db-pw"
    # the next command finds the password in the keyring: no --db, no password given
    assert cli.main(["team", "seats"]) == 0
    listed = capsys.readouterr().out
    assert "Anna" in listed and "s3cret" not in listed


def test_a_url_asking_for_tls_the_server_lacks_is_one_sentence(
    team_url: str, tmp_path: Path
) -> None:
    # the suite's cluster has no certificate: what a seat meets when the URL's sslmode
    # does not fit its server (a managed PostgreSQL wants sslmode=require or verify-full)
    out = inbox_app(tmp_path / "a", "team", "join", f"{team_url}?sslmode=require", "--name", "Anna")
    assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr
    assert out.stderr.count("\n") == 1
    assert "could not open a secure connection to the team database at 127.0.0.1:" in out.stderr
    assert "check sslmode" in out.stderr
    assert not (tmp_path / "a" / "team.json").exists()


def test_a_password_typed_into_the_url_goes_to_the_keyring_not_the_settings(
    secret_cluster: PgCluster, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    db = secret_cluster.new_database()
    typed = secret_cluster.url(db, password="s3cret-db-pw")
    assert cli.main(["team", "join", typed, "--name", "Marco"]) == 0
    out = capsys.readouterr()
    assert "s3cret" not in out.out + out.err
    saved = json.loads((Path(os.environ["INBOX_APP_DATA_DIR"]) / "team.json").read_text())
    assert saved["url"] == secret_cluster.url(db)  # the URL kept, without the password
    key = ("inbox_app", f"postgresql:inbox@127.0.0.1:{secret_cluster.port}/{db}")
    assert MemoryKeyring.store[key] == "s3cret-db-pw"
    assert cli.main(["team", "seats"]) == 0  # a plain command opens the joined team
    assert "Marco" in capsys.readouterr().out


def test_leaving_the_team_takes_the_database_password_out_of_the_keyring(
    secret_cluster: PgCluster, capsys: pytest.CaptureFixture[str]
) -> None:
    db = secret_cluster.new_database()
    assert (
        cli.main(["team", "join", secret_cluster.url(db, password="s3cret-db-pw"), "--name", "Ada"])
        == 0
    )
    key = ("inbox_app", f"postgresql:inbox@127.0.0.1:{secret_cluster.port}/{db}")
    assert MemoryKeyring.store[key] == "s3cret-db-pw"
    assert cli.main(["team", "leave"]) == 0
    assert "left the team inbox" in capsys.readouterr().out
    assert key not in MemoryKeyring.store
