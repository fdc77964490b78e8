"""A team's PostgreSQL server: its URL without the password (the password lives in the
keyring), the advisory-lock keys seats share, direct libpq connections for LISTEN and
locks, and one clear sentence for each way reaching the server fails. No Qt."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlalchemy.engine import URL, make_url

from inbox_app.store.errors import KnownStoreError, error_chain

if TYPE_CHECKING:
    import psycopg

# pg_advisory_lock keys (bigint): "SI" + a number, so another app's keys do not collide.
MIGRATION_LOCK = 0x5349_0000_0001
SYNC_LEADER_LOCK = 0x5349_0000_0002
CHANNEL = "inbox_changes"  # the NOTIFY channel of migration 0005's triggers
CONNECT_TIMEOUT_S = 5


class ServerUnreachableError(KnownStoreError):
    """The team's server did not answer, refused the login, or lacks the database."""


def is_server_url(url: str | URL) -> bool:
    return str(url).startswith("postgresql")


def credential_key(url: str | URL) -> str:
    """The keyring entry of a server database's password (never the password itself)."""
    u = make_url(url)
    return f"postgresql:{u.username or ''}@{u.host or 'localhost'}:{u.port or 5432}/{u.database}"


def public_url(url: str | URL) -> str:
    """The URL as it may be shown, stored in settings or logged: no password."""
    u = make_url(url)
    bare = URL.create(u.drivername, u.username, None, u.host, u.port, u.database, u.query)
    return bare.render_as_string(hide_password=False)


def where(url: str | URL) -> str:
    """`host:port/database`, for messages."""
    u = make_url(url)
    return f"{u.host or 'localhost'}:{u.port or 5432}/{u.database}"


def take_password(url: str) -> tuple[str, str | None]:
    """Split a password typed into the URL off it: (public URL, password or None)."""
    u = make_url(url)
    password = u.password
    return public_url(u), (str(password) if password is not None else None)


def with_keyring_password(url: str) -> tuple[URL, str | None]:
    """The URL to connect with, and a password typed into `url` that is to be kept once
    the login worked (see `keep_password`); without one, the keyring's is used."""
    from inbox_app import credentials, redaction

    public, password = take_password(url)
    if password:
        redaction.remember(password)  # cut from any error text from now on
        return make_url(public).set(password=password), password
    try:
        password = credentials.get_password(credential_key(public))
    except credentials.CredentialsError:
        password = None
    u = make_url(public)
    return (u.set(password=password) if password else u), None


def keep_password(url: str, password: str) -> None:
    """A password that logged in goes to the keyring (this session's memory when the
    machine has no safe keyring): never to the settings, the URL kept or a log."""
    from inbox_app import credentials

    try:
        credentials.set_password(credential_key(url), password)
    except credentials.CredentialsError:
        credentials.remember_for_session(credential_key(url), password)


def engine_options() -> dict[str, Any]:
    return {
        "pool_pre_ping": True,
        "connect_args": {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "Seller Inbox"},
    }


def libpq_params(engine: Engine) -> dict[str, Any]:
    """psycopg.connect() keywords for the engine's server (password included, in memory)."""
    u = engine.url
    params: dict[str, Any] = {
        "host": u.host or "localhost",
        "port": u.port or 5432,
        "dbname": u.database,
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "Seller Inbox",
    }
    if u.username:
        params["user"] = u.username
    if u.password is not None:
        params["password"] = str(u.password)
    return params


def connect_direct(engine: Engine, *, autocommit: bool = True) -> psycopg.Connection[Any]:
    """A connection of its own (not from the pool): for LISTEN and session locks."""
    import psycopg

    try:
        return psycopg.connect(autocommit=autocommit, **libpq_params(engine))
    except psycopg.OperationalError as exc:
        known = server_error(exc, engine.url)
        if known is not None:
            raise known from None
        raise


@contextlib.contextmanager
def advisory_lock(engine: Engine, key: int) -> Iterator[None]:
    """Hold a session advisory lock on a dedicated connection (waits for it)."""
    conn = connect_direct(engine)
    try:
        conn.execute("SELECT pg_advisory_lock(%s)", (key,))
        try:
            yield
        finally:
            with contextlib.suppress(Exception):
                conn.execute("SELECT pg_advisory_unlock(%s)", (key,))
    finally:
        conn.close()


_UNREACHABLE = (
    "connection refused",
    "could not connect",
    "timeout expired",
    "connection timed out",
    "could not translate host name",
    "server closed the connection",
    "terminating connection",
    "the database system is shutting down",
    "the database system is starting up",
    "consuming input failed",
    "connection is lost",
    "the connection is closed",
)


# libpq's words when the secure connection a URL's sslmode asks for cannot be made
_TLS = (
    "sslmode",
    "root certificate file",
    "certificate verify failed",
    "does not support ssl",
    "server certificate for",
    "ssl error",
)


def is_unreachable(exc: BaseException) -> bool:
    """True when `exc` means the server is out of reach now (worth a retry later)."""
    text = " ".join(str(e) for e in error_chain(exc)).lower()
    return any(needle in text for needle in _UNREACHABLE)


def server_error(exc: BaseException, url: str | URL) -> KnownStoreError | None:
    """One sentence for a failure to reach or log in to the server (None: not one)."""
    text = " ".join(str(e) for e in error_chain(exc)).lower()
    at = where(url)
    if "password authentication failed" in text or "no password supplied" in text:
        return ServerUnreachableError.said("login_refused", at=at)
    if "does not exist" in text and "database" in text:
        return ServerUnreachableError.said("no_database", at=at)
    if "no pg_hba.conf entry" in text:
        return ServerUnreachableError.said("not_allowed", at=at)
    if any(needle in text for needle in _TLS):
        return ServerUnreachableError.said("tls", at=at)
    if any(needle in text for needle in _UNREACHABLE):
        return ServerUnreachableError.said("unreachable", at=at)
    return None
