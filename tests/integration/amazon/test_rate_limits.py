"""The client holds each operation's published rate, counted by the local SP-API on its
own clock (no test here waits the rate out: a wait moves that clock on at once)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from inbox_app.amazon.ratelimit import RATES
from inbox_app.services import amazon_connections as conns
from inbox_app.services.amazon import AmazonService
from tests.helpers.spapi_limits import ApiClock
from tests.helpers.spapi_server import (
    CLIENT_ID,
    CLIENT_SECRET,
    REFRESH_TOKEN,
    LocalSpApi,
    ServerThread,
)

NOW = datetime.now(UTC).replace(microsecond=0)
US = "ATVPDKIKX0DER"


def _token(server: ServerThread) -> str:
    r = httpx.post(
        server.token_url,
        data={
            "grant_type": "refresh_token",
            "refresh_token": REFRESH_TOKEN,
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
        },
    )
    return str(r.json()["access_token"])


def test_the_local_spapi_answers_429_over_the_published_rate(
    spapi_server: ServerThread, spapi_clock: ApiClock
) -> None:
    """GetAttributes: 1 per second, burst 5 (messaging model). A client that does not
    pace itself is refused with Amazon's 429 and the rate header."""
    spapi_server.api.add_order("111-5000001-5000001", created=NOW - timedelta(days=3))
    url = f"{spapi_server.url}/messaging/v1/orders/111-5000001-5000001/attributes"
    headers = {"x-amz-access-token": _token(spapi_server)}

    def get() -> httpx.Response:
        return httpx.get(url, params={"marketplaceIds": US}, headers=headers)

    assert [get().status_code for _ in range(5)] == [200] * 5
    refused = get()
    assert refused.status_code == 429
    assert float(refused.headers["x-amzn-RateLimit-Limit"]) == 1.0
    spapi_clock.sleep(0.5)
    assert get().status_code == 429  # half a token is not one
    spapi_clock.sleep(0.5)
    assert get().status_code == 200
    assert spapi_server.api.limits.throttled["GetAttributes"] == 2


@pytest.mark.parametrize(
    ("operation", "calls"),
    [("GetAttributes", 17), ("getMessagingActionsForOrder", 12), ("searchOrders", 23)],
)
def test_the_client_holds_the_published_rate_and_is_never_refused(
    amazon: AmazonService,
    spapi: LocalSpApi,
    spapi_clock: ApiClock,
    amazon_connection: str,
    operation: str,
    calls: int,
) -> None:
    oid = "111-5000002-5000002"
    spapi.add_order(oid, created=NOW - timedelta(days=3))
    info = amazon.connection(amazon_connection)
    before = (NOW - timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ")
    after = (NOW - timedelta(days=10)).strftime("%Y-%m-%dT%H:%M:%SZ")
    with conns.open_client(info, max_wait=3600) as client:
        for _ in range(calls):
            if operation == "searchOrders":
                client.call(
                    operation,
                    query={
                        "marketplaceIds": [US],
                        "lastUpdatedAfter": after,
                        "lastUpdatedBefore": before,
                    },
                )
            else:
                client.call(operation, path={"amazonOrderId": oid}, query={"marketplaceIds": [US]})
    plan = RATES[operation]
    times = spapi.limits.admitted[operation]
    assert len(times) == calls and spapi.limits.throttled[operation] == 0
    # the burst at once, then one request per 1/rate seconds of the server's clock, no sooner
    start = times[0]
    for n, at in enumerate(times):
        due = max(0, n + 1 - plan.burst) / plan.rate
        assert at - start == pytest.approx(due, abs=1e-6), (n, at - start, due)
    assert spapi_clock.slept == pytest.approx((calls - plan.burst) / plan.rate, abs=1e-6)
