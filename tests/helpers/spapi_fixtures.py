"""Fixtures for the local SP-API (tests/helpers/spapi_server.py), the Amazon façade over
the test's store, and a connection to the local SP-API."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from inbox_app.amazon.ratelimit import Limiters, Pace
from inbox_app.services import amazon_connections as conns
from inbox_app.services.amazon import AmazonService
from inbox_app.store.migrate import Store
from tests.helpers.spapi_limits import ApiClock
from tests.helpers.spapi_server import (
    CLIENT_ID,
    CLIENT_SECRET,
    REFRESH_TOKEN,
    LocalSpApi,
    ServerThread,
)


@pytest.fixture
def spapi_clock(monkeypatch: pytest.MonkeyPatch) -> ApiClock:
    """The time of Amazon's rate limits, for the local SP-API and the app alike: a wait
    for a token moves it on at once, so no test sleeps out the published rates."""
    clock = ApiClock()
    monkeypatch.setattr(conns, "LIMITERS", Limiters(Pace(clock.now, clock.sleep)))
    return clock


@pytest.fixture
def spapi_server(spapi_clock: ApiClock) -> Iterator[ServerThread]:
    """A fresh local SP-API; the test fails if the app sent anything the models forbid."""
    server = ServerThread(spapi_clock)
    try:
        yield server
    finally:
        server.stop()
    assert server.api.violations == [], "requests not valid against the models"


@pytest.fixture
def spapi(spapi_server: ServerThread) -> LocalSpApi:
    return spapi_server.api


@pytest.fixture
def amazon(store: Store) -> AmazonService:
    """The Amazon use-cases over the test's store, as the window and the CLI reach them."""
    return AmazonService(store)


@pytest.fixture
def amazon_connection(amazon: AmazonService, spapi_server: ServerThread) -> str:
    """A connection named "shop" (US, CA) pointed at the local SP-API."""
    spec = conns.ConnectionSpec(
        name="shop",
        region="na",
        client_id=CLIENT_ID,
        marketplaces=("US", "CA"),
        endpoint=spapi_server.url,
        token_url=spapi_server.token_url,
    )
    amazon.connect(spec, CLIENT_SECRET, REFRESH_TOKEN)
    return "shop"
