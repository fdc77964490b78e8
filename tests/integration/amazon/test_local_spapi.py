"""The local SP-API itself: it must refuse what the models forbid, or it proves nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from tests.helpers.spapi_limits import ApiClock
from tests.helpers.spapi_server import (
    CLIENT_ID,
    CLIENT_SECRET,
    MODELS,
    REFRESH_TOKEN,
    VALIDATOR,
    ServerThread,
)


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


@pytest.mark.parametrize(
    ("method", "path", "params", "body", "expected"),
    [
        (
            "GET",
            "/orders/2026-01-01/orders",
            {"createdAfter": "2026-01-01T00:00:00Z", "lastUpdatedAfter": "2026-01-01T00:00:00Z"},
            None,
            "exactly one of",
        ),
        (
            "GET",
            "/orders/2026-01-01/orders",
            {"lastUpdatedAfter": "yesterday"},
            None,
            "not an ISO 8601",
        ),
        (
            "GET",
            "/orders/2026-01-01/orders",
            {"createdAfter": "2026-01-01T00:00:00Z", "includedData": "BUYER,NOPE"},
            None,
            "'NOPE' is not one of",
        ),
        (
            "GET",
            "/orders/2026-01-01/orders",
            {"createdAfter": "2026-01-01T00:00:00Z", "sortOrder": "asc"},
            None,
            "unknown query parameter",
        ),
        (
            "GET",
            "/orders/2026-01-01/orders",
            {"createdAfter": "2026-01-01T00:00:00Z", "maxResultsPerPage": "x"},
            None,
            "not an integer",
        ),
        ("GET", "/messaging/v1/orders/111-1111111-1111111", {}, None, "marketplaceIds is missing"),
        (
            "GET",
            "/messaging/v1/orders/111-1111111-1111111",
            {"marketplaceIds": "A,B"},
            None,
            "at most 1 allowed",
        ),
        (
            "POST",
            "/messaging/v1/orders/111-1111111-1111111/messages/unexpectedProblem",
            {"marketplaceIds": "ATVPDKIKX0DER"},
            {"text": "x" * 2001},
            "is too long",
        ),
        (
            "POST",
            "/messaging/v1/orders/111-1111111-1111111/messages/warranty",
            {"marketplaceIds": "ATVPDKIKX0DER"},
            {"coverageStartDate": "soon"},
            "is not a 'date-time'",
        ),
        (
            "POST",
            "/messaging/v1/orders/111-1111111-1111111/messages/unexpectedProblem",
            {"marketplaceIds": "ATVPDKIKX0DER"},
            None,
            "body is missing",
        ),
        ("GET", "/tokens/2021-03-01/restrictedDataToken", {}, None, "no such operation"),
    ],
)
def test_invalid_requests_are_refused_and_recorded(
    method: str, path: str, params: dict[str, str], body: object, expected: str
) -> None:
    server = ServerThread()
    try:
        r = httpx.request(
            method,
            server.url + path,
            params=params,
            json=body,
            headers={"x-amz-access-token": _token(server)},
        )
        assert r.status_code in (400, 404)
        assert any(expected in v for v in server.api.violations), server.api.violations
    finally:
        server.stop()


@pytest.mark.parametrize("paced", [True, False])
def test_the_usage_plan_is_enforced_unless_the_server_is_unpaced(paced: bool) -> None:
    """GetAttributes allows a burst of 5: the sixth request at once is answered 429 with
    the plan's rate, unless the server was started with paced=False (bench_amazon)."""
    server = ServerThread(ApiClock(), paced=paced)  # a virtual clock: no refill mid-test
    try:
        headers = {"x-amz-access-token": _token(server)}
        created = datetime.now(UTC) - timedelta(days=3)
        server.api.add_order("111-0000001-0000001", created=created, items=1)
        url = server.url + "/messaging/v1/orders/111-0000001-0000001/attributes"
        codes = [
            httpx.get(url, params={"marketplaceIds": "ATVPDKIKX0DER"}, headers=headers).status_code
            for _ in range(8)
        ]
        assert codes == ([200] * 5 + [429] * 3 if paced else [200] * 8), codes
        assert len(server.api.limits.admitted["GetAttributes"]) == (5 if paced else 8)
    finally:
        server.stop()


def test_requests_without_a_valid_token_are_refused() -> None:
    server = ServerThread()
    try:
        r = httpx.get(
            server.url + "/messaging/v1/orders/1/attributes", params={"marketplaceIds": "X"}
        )
        assert r.status_code == 403
        assert server.api.violations
    finally:
        server.stop()


def test_the_models_sandbox_answers_validate_against_their_own_schemas() -> None:
    """The server's validator accepts what Amazon's own sandbox returns (it is not too strict)."""
    checked = 0
    for route in VALIDATOR.routes:
        for status, spec in route.op["responses"].items():
            for case in spec.get("x-amzn-api-sandbox", {}).get("static", []):
                if status.startswith("2") and "schema" in spec:
                    assert VALIDATOR.check_response(route, int(status), case["response"]) == []
                    checked += 1
    assert checked >= 15
    assert {p.name for p in Path(MODELS).glob("*.json")} >= {"orders_2026-01-01.json"}
    assert json.loads((Path(MODELS) / "messaging.json").read_text())["swagger"] == "2.0"
