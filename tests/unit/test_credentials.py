"""credentials.py over keyring's own API with test backends: safe, refusing, timing out."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from typing import ClassVar

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from inbox_app import credentials
from tests.helpers.memkeyring import MemoryKeyring


@pytest.fixture(autouse=True)
def _fresh_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    MemoryKeyring.store.clear()
    keyring.set_keyring(MemoryKeyring())
    credentials.forget_session()
    yield
    keyring.set_keyring(previous)
    credentials.forget_session()
    MemoryKeyring.store.clear()


class PlaintextLike(KeyringBackend):
    """Looks like keyrings.alt's PlaintextKeyring (which must be refused)."""

    priority = 1  # type: ignore[assignment]
    saved: ClassVar[dict[str, str]] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[username] = password

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop(username, None)


PlaintextLike.__module__ = "keyrings.alt.file"


class HangingKeyring(MemoryKeyring):
    release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(5)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(5)


def test_round_trip_in_service_inbox_app() -> None:
    credentials.set_password("shop", "s3cret pw")
    assert MemoryKeyring.store[("inbox_app", "shop")] == "s3cret pw"
    assert credentials.get_password("shop") == "s3cret pw"
    credentials.delete_password("shop")
    assert credentials.get_password("shop") is None
    credentials.delete_password("shop")  # missing is fine


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), PlaintextLike()])
def test_unsafe_backends_are_refused(backend: KeyringBackend) -> None:
    keyring.set_keyring(backend)
    status = credentials.keyring_status()
    assert not status.usable and "no secure keyring available" in status.reason
    with pytest.raises(credentials.NoSecureKeyringError, match="each session"):
        credentials.set_password("shop", "pw")
    assert PlaintextLike.saved == {}
    assert credentials.get_password("shop") is None


def test_ask_every_session_keeps_password_in_memory_only() -> None:
    keyring.set_keyring(fail.Keyring())
    credentials.set_password("shop", "pw", remember=False)
    assert credentials.get_password("shop") == "pw"
    assert MemoryKeyring.store == {}
    credentials.forget_session("shop")
    assert credentials.get_password("shop") is None


def test_hanging_keyring_times_out_without_blocking() -> None:
    HangingKeyring.release.clear()
    keyring.set_keyring(HangingKeyring())
    try:
        with pytest.raises(credentials.KeyringTimeoutError, match="did not answer"):
            credentials.get_password("shop", timeout=0.2)
        with pytest.raises(credentials.KeyringTimeoutError):
            credentials.set_password("shop", "pw", timeout=0.2)
    finally:
        HangingKeyring.release.set()


def test_errors_never_contain_the_password() -> None:
    class Broken(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise RuntimeError(f"cannot store {password}")

    keyring.set_keyring(Broken())
    with pytest.raises(credentials.CredentialsError) as info:
        credentials.set_password("shop", "TOPSECRET")
    assert "TOPSECRET" not in str(info.value)
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_accounts_keep_passwords_only_in_the_keyring(store: object) -> None:
    from sqlalchemy import select

    from inbox_app.services import accounts
    from inbox_app.services.mail import MailService
    from inbox_app.store.schema import SellerAccount

    spec = accounts.AccountSpec(
        name="shop",
        address="s@example.test",
        user="s@example.test",
        imap_host="imap.example.test",
        smtp_host="smtp.example.test",
        marketplaces=("us", "DE"),
    )
    info = MailService(store).add_account(spec, "pw-1")  # type: ignore[arg-type]
    assert info.marketplaces == ("US", "DE") and info.imap.user == "s@example.test"
    assert MemoryKeyring.store[("inbox_app", "shop")] == "pw-1"
    with store.session() as s:  # type: ignore[attr-defined]
        row = s.scalars(select(SellerAccount)).one()
        assert "pw-1" not in repr(vars(row))
    with pytest.raises(accounts.AccountError, match="already exists"):
        MailService(store).add_account(spec, "pw-1")  # type: ignore[arg-type]
    with pytest.raises(accounts.AccountError, match="port"):
        MailService(store).add_account(replace(spec, name="x", smtp_port=0), None)  # type: ignore[arg-type]
    changed = MailService(store).update_account(replace(spec, save_password=False))  # type: ignore[arg-type]
    assert not changed.save_password and ("inbox_app", "shop") not in MemoryKeyring.store
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(credentials.NoSecureKeyringError):
        MailService(store).add_account(replace(spec, name="other"), "pw")  # type: ignore[arg-type]
    assert [a.name for a in MailService(store).accounts()] == ["shop"]  # type: ignore[arg-type]
    MailService(store).remove_account("shop")  # type: ignore[arg-type]
    assert MailService(store).accounts() == []  # type: ignore[arg-type]


def test_a_failed_account_add_leaves_no_password_in_the_keyring(store: object) -> None:
    # the database refuses the new row (here a trigger that aborts, as a full disk or a
    # locked file would): the password kept just before it must not stay behind
    from sqlalchemy import text

    from inbox_app.services import accounts
    from inbox_app.services.mail import MailService

    with store.session() as s, s.begin():  # type: ignore[attr-defined]
        s.execute(
            text(
                "CREATE TRIGGER refuse_accounts BEFORE INSERT ON seller_accounts "
                "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
            )
        )
    spec = accounts.AccountSpec(
        name="shop",
        address="s@example.test",
        user="s@example.test",
        imap_host="imap.example.test",
        smtp_host="smtp.example.test",
    )
    with pytest.raises(Exception, match="full"):
        MailService(store).add_account(spec, "pw-1")  # type: ignore[arg-type]
    assert ("inbox_app", "shop") not in MemoryKeyring.store
    assert MailService(store).accounts() == []  # type: ignore[arg-type]
