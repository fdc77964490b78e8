"""The seller's SP-API connections: connect, list, remove, test, and a client for one.

The LWA client secret and refresh token go to the keyring (credentials.py) only; the
database keeps the name, region, client id, marketplaces and URLs. A use-case of one
database step takes its Session, one of several steps the façade's AmazonWork (see
services/amazon_work.py). Blocking: call from a worker thread or the CLI.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from inbox_app import credentials
from inbox_app.amazon.ratelimit import Limiters
from inbox_app.amazon.regions import ENDPOINTS, LWA_TOKEN_URL, region_of
from inbox_app.services.sentences import say
from inbox_app.store.marketplaces import BY_CODE
from inbox_app.store.schema import Order
from inbox_app.store.source_schema import AmazonConnection

if TYPE_CHECKING:
    from inbox_app.amazon.client import SpApiClient
    from inbox_app.services.amazon_work import AmazonWork

# Amazon's rate limits count per seller and app: every client of a connection in this
# process (the background sync, a bulk review run, a dialog) draws from the same buckets.
# Tests replace it to run the limits on the local SP-API's clock.
LIMITERS = Limiters()


class AmazonConnectionError(Exception):
    """A connection cannot be made/found as asked (the message is for the seller)."""


@dataclass(frozen=True, slots=True)
class ConnectionSpec:
    name: str
    region: str
    client_id: str
    marketplaces: tuple[str, ...]
    endpoint: str = ""  # default: the region's
    token_url: str = ""  # default: Amazon's LWA


@dataclass(frozen=True, slots=True)
class ConnectionInfo:
    """A connection as plain data (no secrets)."""

    id: int
    name: str
    region: str
    client_id: str
    marketplaces: tuple[str, ...]
    endpoint: str
    token_url: str
    has_secrets: bool
    synced_to: str  # ISO time orders are synced to, "" before the first sync
    last_error: str

    @property
    def marketplace_ids(self) -> tuple[str, ...]:
        return tuple(BY_CODE[c].id for c in self.marketplaces if c in BY_CODE)


def _secret_key(name: str) -> str:
    return f"amazon:{name}:client-secret"


def _refresh_key(name: str) -> str:
    return f"amazon:{name}:refresh-token"


def _check_url(label: str, url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.netloc:
        raise AmazonConnectionError(say("not_http", label=label, url=repr(url)))


def validate(spec: ConnectionSpec) -> ConnectionSpec:
    """The spec with codes upper-cased and default URLs filled in, or AmazonConnectionError."""
    if not spec.name.strip() or len(spec.name) > 80:
        raise AmazonConnectionError(say("connection_name"))
    if spec.region not in ENDPOINTS:
        raise AmazonConnectionError(say("region_choice", regions=", ".join(ENDPOINTS)))
    if not spec.client_id.strip():
        raise AmazonConnectionError(say("client_id_missing"))
    codes = tuple(dict.fromkeys(c.strip().upper() for c in spec.marketplaces if c.strip()))
    if not codes:
        raise AmazonConnectionError(say("no_marketplace"))
    unknown = [c for c in codes if c not in BY_CODE]
    if unknown:
        raise AmazonConnectionError(say("unknown_marketplaces", codes=", ".join(unknown)))
    elsewhere = [c for c in codes if region_of(c) != spec.region]
    if elsewhere:
        raise AmazonConnectionError(
            say("wrong_region", codes=", ".join(elsewhere), region=spec.region)
        )
    endpoint = spec.endpoint or ENDPOINTS[spec.region]
    token_url = spec.token_url or LWA_TOKEN_URL
    _check_url("endpoint", endpoint)
    _check_url("token URL", token_url)
    return ConnectionSpec(
        spec.name.strip(), spec.region, spec.client_id.strip(), codes, endpoint, token_url
    )


def connect(work: AmazonWork, spec: ConnectionSpec, client_secret: str, refresh_token: str) -> int:
    """Create or update the connection; secrets to the keyring first (nothing half-saved)."""
    spec = validate(spec)
    if not client_secret.strip() or not refresh_token.strip():
        raise AmazonConnectionError(say("secrets_needed"))
    credentials.set_password(_secret_key(spec.name), client_secret.strip())
    credentials.set_password(_refresh_key(spec.name), refresh_token.strip())
    with work.writing() as s:
        row = s.scalar(select(AmazonConnection).where(AmazonConnection.name == spec.name))
        if row is None:
            row = AmazonConnection(name=spec.name)
            s.add(row)
        elif row.region != spec.region or row.endpoint != spec.endpoint:
            # another region or server: its sync cursor means nothing there
            row.orders_synced_to = row.window_start = row.window_end = None
            row.page_token = None
        row.region = spec.region
        row.client_id = spec.client_id
        row.marketplaces = ",".join(spec.marketplaces)
        row.endpoint = spec.endpoint
        row.token_url = spec.token_url
        row.last_error = None
        s.flush()
        return row.id


def _info(row: AmazonConnection, has_secrets: bool) -> ConnectionInfo:
    return ConnectionInfo(
        id=row.id,
        name=row.name,
        region=row.region,
        client_id=row.client_id,
        marketplaces=tuple(c for c in row.marketplaces.split(",") if c),
        endpoint=row.endpoint,
        token_url=row.token_url,
        has_secrets=has_secrets,
        synced_to=row.orders_synced_to.isoformat() if row.orders_synced_to else "",
        last_error=row.last_error or "",
    )


def list_connections(session: Session, *, check_secrets: bool = False) -> list[ConnectionInfo]:
    rows = list(session.scalars(select(AmazonConnection).order_by(AmazonConnection.name)))
    return [_info(r, bool(check_secrets and _secrets(r.name) is not None)) for r in rows]


def get_connection(session: Session, name: str) -> ConnectionInfo:
    row = session.scalar(select(AmazonConnection).where(AmazonConnection.name == name))
    if row is None:
        raise AmazonConnectionError(say("no_connection", name=repr(name)))
    return _info(row, False)


def remove(work: AmazonWork, name: str) -> None:
    with work.reading() as s:
        get_connection(s, name)
    with work.writing() as s:
        row = s.scalar(select(AmazonConnection).where(AmazonConnection.name == name))
        if row is not None:
            s.delete(row)
    credentials.delete_password(_secret_key(name))
    credentials.delete_password(_refresh_key(name))


def _secrets(name: str) -> tuple[str, str] | None:
    secret = credentials.get_password(_secret_key(name))
    refresh = credentials.get_password(_refresh_key(name))
    if not secret or not refresh:
        return None
    return secret, refresh


def open_client(
    info: ConnectionInfo,
    *,
    max_wait: float = 600.0,
) -> SpApiClient:
    """A client for the connection, its secrets read from the keyring."""
    found = _secrets(info.name)
    if found is None:
        raise AmazonConnectionError(say("no_secrets", name=info.name))
    secret, refresh = found
    from inbox_app.amazon.client import Connection, SpApiClient  # httpx: on first use
    from inbox_app.amazon.lwa import LwaCredentials

    connection = Connection(
        info.name, info.endpoint, info.token_url, LwaCredentials(info.client_id, secret, refresh)
    )
    limiter = LIMITERS.limiter(f"{info.name}\n{info.endpoint}")
    return SpApiClient(connection, max_wait=max_wait, limiter=limiter)


def test_connection(info: ConnectionInfo) -> Sequence[str]:
    """Exchange the refresh token for an access token: lines for the seller, or
    SpApiError with one sentence when Amazon refuses (revoked, wrong secret, offline)."""
    with open_client(info) as client:
        client.tokens.get()
        return (
            say("lwa_accepted_saved", name=info.name),
            say("connection_scope", region=info.region, marketplaces=", ".join(info.marketplaces)),
        )


test_connection.__test__ = False  # type: ignore[attr-defined]


def check_credentials(spec: ConnectionSpec, client_secret: str, refresh_token: str) -> str:
    """Try a spec's credentials before anything is saved: one sentence for the seller
    (SpApiError or AmazonConnectionError when they do not work)."""
    spec = validate(spec)
    if not client_secret.strip() or not refresh_token.strip():
        raise AmazonConnectionError(say("secrets_needed"))
    from inbox_app.amazon.client import Connection, SpApiClient
    from inbox_app.amazon.lwa import LwaCredentials

    creds = LwaCredentials(spec.client_id, client_secret.strip(), refresh_token.strip())
    with SpApiClient(Connection(spec.name, spec.endpoint, spec.token_url, creds)) as client:
        client.tokens.get()
    return say("lwa_accepted", name=spec.name)


def connection_for_marketplace(
    session: Session, marketplace_id: str | None
) -> ConnectionInfo | None:
    """The connection that serves a marketplace (None when none does)."""
    for info in list_connections(session):
        if marketplace_id is None or marketplace_id in info.marketplace_ids:
            return info
    return None


def connection_for_order(session: Session, amazon_order_id: str) -> ConnectionInfo | None:
    """The connection that serves the order's marketplace (None: none, or no such order)."""
    mp = session.scalar(
        select(Order.marketplace_id).where(Order.amazon_order_id == amazon_order_id)
    )
    return connection_for_marketplace(session, mp) if mp is not None else None
