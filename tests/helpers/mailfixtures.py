"""Mail-server fixtures (a real Dovecot, real aiosmtpd servers), one of each per test
session for every test that asks: registered as a plugin by tests/conftest.py."""

from __future__ import annotations

import itertools
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from inbox_app.services import accounts
from inbox_app.services.mail import MailService
from inbox_app.store.migrate import Store
from tests.helpers.mailservers import (
    PASSWORD,
    USER,
    Certs,
    Dovecot,
    RecordingHandler,
    SmtpBehaviour,
    authenticator,
    free_port,
)

_folders = itertools.count(1)


@pytest.fixture(scope="session")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certs:
    return Certs.make(tmp_path_factory.mktemp("certs"))


@pytest.fixture(scope="session")
def dovecot(certs: Certs) -> Iterator[Dovecot]:
    # Not under pytest's basetemp: every pytest run resets /tmp/pytest-of-<user> to 0700,
    # and Dovecot's auth process must traverse to its users file.
    root = Path(tempfile.mkdtemp(prefix="inbox-dovecot-"))
    try:
        server = Dovecot.start(root, certs)
        try:
            yield server
        finally:
            server.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)


@dataclass
class SmtpServers:
    handler: RecordingHandler
    starttls_port: int
    implicit_port: int


@pytest.fixture(scope="session")
def smtp_servers(certs: Certs) -> Iterator[SmtpServers]:
    handler = RecordingHandler()
    ctx = certs.server_context()
    starttls = Controller(
        handler,
        hostname="127.0.0.1",
        port=free_port(),
        tls_context=ctx,
        require_starttls=True,
        authenticator=authenticator,
        auth_require_tls=True,
    )
    implicit = Controller(
        handler,
        hostname="127.0.0.1",
        port=free_port(),
        ssl_context=ctx,
        authenticator=authenticator,
        auth_require_tls=False,
    )
    starttls.start()
    implicit.start()
    yield SmtpServers(handler, starttls.port, implicit.port)
    starttls.stop()
    implicit.stop()


@pytest.fixture
def smtp(smtp_servers: SmtpServers) -> SmtpServers:
    smtp_servers.handler.messages.clear()
    smtp_servers.handler.behaviour = SmtpBehaviour()
    return smtp_servers


@pytest.fixture
def folder(dovecot: Dovecot) -> str:
    """A fresh IMAP folder for this test (isolation inside the shared Dovecot)."""
    name = f"Relay{next(_folders)}"
    dovecot.doveadm("mailbox", "create", "-u", USER, name)
    return name


def make_account(
    store: Store,
    dovecot: Dovecot,
    smtp: SmtpServers,
    folder: str,
    *,
    imap_tls: str = "implicit",
    smtp_tls: str = "starttls",
    name: str = "shop",
    password: str = PASSWORD,
) -> accounts.AccountInfo:
    spec = accounts.AccountSpec(
        name=name,
        address=USER,
        display_name="Mug Shop",
        user=USER,
        imap_host="127.0.0.1",
        imap_port=dovecot.imaps_port if imap_tls == "implicit" else dovecot.imap_port,
        imap_tls=imap_tls,  # type: ignore[arg-type]
        imap_folders=(folder,),
        smtp_host="127.0.0.1",
        smtp_port=smtp.starttls_port if smtp_tls == "starttls" else smtp.implicit_port,
        smtp_tls=smtp_tls,  # type: ignore[arg-type]
        marketplaces=("US",),
        ca_file=str(dovecot.certs.ca_file),
    )
    return MailService(store).add_account(spec, password)


@pytest.fixture
def account(store: Store, dovecot: Dovecot, smtp: SmtpServers, folder: str) -> accounts.AccountInfo:
    return make_account(store, dovecot, smtp, folder)
