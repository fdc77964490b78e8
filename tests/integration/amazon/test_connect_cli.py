"""`inbox-app amazon connect|list|test|remove|sync` against the local SP-API."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from inbox_app import cli
from inbox_app.amazon.errors import AuthorizationRevokedError
from inbox_app.amazon.lwa import REFRESH_MARGIN, AccessTokens, LwaCredentials
from inbox_app.services import amazon_connections as conns
from inbox_app.services.amazon import AmazonService
from inbox_app.store.migrate import Store
from tests.helpers.memkeyring import MemoryKeyring
from tests.helpers.spapi_server import (
    CLIENT_ID,
    CLIENT_SECRET,
    REFRESH_TOKEN,
    LocalSpApi,
    ServerThread,
)


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_connect_keeps_secrets_only_in_the_keyring_then_sync_test_list_remove(
    db_path: Path,
    spapi_server: ServerThread,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    api = spapi_server.api
    api.add_order("111-0000001-0000001", created=datetime.now(UTC) - timedelta(days=1))
    db = str(db_path)
    code, out, err = _run(
        monkeypatch,
        capsys,
        "amazon",
        "connect",
        "shop",
        "--db",
        db,
        "--region",
        "na",
        "--client-id",
        CLIENT_ID,
        "--marketplaces",
        "us,CA",
        "--secrets-stdin",
        "--endpoint",
        spapi_server.url,
        "--token-url",
        spapi_server.token_url,
        stdin=f"{CLIENT_SECRET}\n{REFRESH_TOKEN}\n",
    )
    assert code == 0, err
    assert "keyring" in out
    kept = {v for (_svc, _user), v in MemoryKeyring.store.items()}
    assert {CLIENT_SECRET, REFRESH_TOKEN} <= kept

    code, out, err = _run(monkeypatch, capsys, "amazon", "test", "shop", "--db", db)
    assert code == 0, err
    assert "accepted" in out
    code, out, err = _run(monkeypatch, capsys, "amazon", "sync", "--db", db, "--quiet")
    assert code == 0, err
    assert "shop: 1 new orders" in out
    code, out, _ = _run(monkeypatch, capsys, "amazon", "list", "--db", db)
    assert out.startswith("shop\tna\tUS,CA\t") and "never" not in out

    # neither secret nor any access token in the database file, its WAL, or the output
    issued = list(api.tokens)
    assert issued
    blobs = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    for secret in (CLIENT_SECRET, REFRESH_TOKEN, *issued):
        assert secret.encode() not in blobs
        assert secret not in out
    assert not any(t in kept for t in issued), "access tokens are never stored"

    code, _, _ = _run(monkeypatch, capsys, "amazon", "remove", "shop", "--db", db)
    assert code == 0
    assert not {CLIENT_SECRET, REFRESH_TOKEN} & {v for v in MemoryKeyring.store.values()}
    code, out, _ = _run(monkeypatch, capsys, "amazon", "list", "--db", db)
    assert out == ""


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["--region", "eu", "--marketplaces", "US"], "a\nb\n", "not served by the eu region"),
        (["--region", "na", "--marketplaces", "XX"], "a\nb\n", "Unknown marketplace code(s): XX"),
        (["--region", "na", "--marketplaces", "US"], "only-one-line\n", "Both the client secret"),
        (
            ["--region", "na", "--marketplaces", "US", "--endpoint", "ftp://x"],
            "a\nb\n",
            "not an http(s) URL",
        ),
    ],
)
def test_bad_connect_input_is_one_sentence_and_saves_nothing(
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    stdin: str,
    message: str,
) -> None:
    code, _, err = _run(
        monkeypatch,
        capsys,
        "amazon",
        "connect",
        "shop",
        "--db",
        str(db_path),
        "--client-id",
        "id",
        *args,
        "--secrets-stdin",
        stdin=stdin,
    )
    assert code == 2
    assert message in err and "Traceback" not in err
    assert err.count("\n") == 1
    assert MemoryKeyring.store == {}


def test_connect_without_secrets_stdin_is_refused(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(
        monkeypatch,
        capsys,
        "amazon",
        "connect",
        "shop",
        "--db",
        str(db_path),
        "--region",
        "na",
        "--client-id",
        "id",
        "--marketplaces",
        "US",
    )
    assert code == 2 and "--secrets-stdin" in err


def test_test_with_a_revoked_token_says_what_to_do(
    store: Store,
    amazon_connection: str,
    spapi: LocalSpApi,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    spapi.revoke()
    code, _, err = _run(monkeypatch, capsys, "amazon", "test", "shop", "--db", str(db_path))
    assert code == 1
    assert "refresh token was revoked" in err and "amazon connect shop" in err


def test_no_network_is_one_sentence(
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    amazon: AmazonService,
) -> None:
    server = ServerThread()
    url, token_url = server.url, server.token_url
    server.stop()  # nothing listens there any more
    spec = conns.ConnectionSpec("gone", "na", CLIENT_ID, ("US",), url, token_url)
    amazon.connect(spec, CLIENT_SECRET, REFRESH_TOKEN)
    code, _, err = _run(monkeypatch, capsys, "amazon", "sync", "gone", "--db", str(db_path))
    assert code == 1
    assert "Amazon could not be reached (no connection)" in err


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_access_tokens_are_renewed_before_they_expire(spapi_server: ServerThread) -> None:
    import httpx

    clock = Clock()
    creds = LwaCredentials(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN)
    with httpx.Client() as http:
        tokens = AccessTokens("shop", creds, spapi_server.token_url, http, clock=clock)
        first = tokens.get()
        clock.now += 3600 - REFRESH_MARGIN - 1
        assert tokens.get() == first
        clock.now += 1  # within the margin: a new one, before Amazon would refuse the old
        second = tokens.get()
        assert second != first
        assert spapi_server.api.token_requests == 2
        assert "secret" not in repr(creds) and REFRESH_TOKEN not in repr(creds)
        spapi_server.api.revoke()
        clock.now += 3600
        with pytest.raises(AuthorizationRevokedError):
            tokens.get()
