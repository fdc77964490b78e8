"""A thin typed SP-API client over httpx: one method call per modelled operation.

Every request waits for its operation's token bucket, carries a fresh LWA access token,
and maps failures to `errors` (429: adopt `x-amzn-RateLimit-Limit`, wait, retry;
403 "expired": new token, retry once; 403 otherwise: the role that is missing).

Why not python-amazon-sp-api (2.1.35, which does cover Orders 2026-01-01): its base URL
comes from a marketplace enum and its Host header assumes "https://", its LWA host is a
class attribute, its access-token cache is module-global with a fixed TTL (not
`expires_in`), it has no per-operation token buckets or types (mypy --strict), and it
adds ~9 MB and ~0.15 s of import for the nine operations used here. Every operation
below is checked against Amazon's models by the tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import quote

import httpx

from inbox_app import __version__
from inbox_app.amazon.errors import (
    MissingRoleError,
    NetworkError,
    RequestRejectedError,
    SpApiError,
    ThrottledError,
)
from inbox_app.amazon.lwa import AccessTokens, LwaCredentials, _short, _transport_detail
from inbox_app.amazon.operations import OPERATIONS, Json, Operation, Query
from inbox_app.amazon.ratelimit import Limiter, parse_limit

MAX_RETRIES = 4


@dataclass(frozen=True, slots=True)
class Connection:
    """Where to talk to and as whom (secrets only in memory, from the keyring)."""

    name: str
    endpoint: str
    token_url: str
    credentials: LwaCredentials


class SpApiClient:
    """One connection's client; safe to share between threads."""

    def __init__(
        self,
        connection: Connection,
        *,
        timeout: float = 30.0,
        max_wait: float = 600.0,
        limiter: Limiter | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.connection = connection
        self._http = httpx.Client(
            timeout=timeout,
            transport=transport,
            headers={"user-agent": f"SellerInbox/{__version__} (Language=Python)"},
        )
        self.tokens = AccessTokens(
            connection.name, connection.credentials, connection.token_url, self._http
        )
        self.limiter = limiter or Limiter()
        self._sleep = self.limiter.pace.sleep
        self.max_wait = max_wait

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SpApiClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def call(
        self,
        operation_id: str,
        *,
        path: Mapping[str, str] | None = None,
        query: Query | None = None,
        body: Json | None = None,
    ) -> Json:
        """Send one request of `operation_id`; its JSON answer (an empty dict for none)."""
        op = OPERATIONS[operation_id]
        # `resource` of the Uploads API is a greedy path parameter: its slashes stay
        url = self.connection.endpoint.rstrip("/") + op.path.format(
            **{k: quote(v, safe="/" if k == "resource" else "") for k, v in (path or {}).items()}
        )
        params = _query(query or {})
        bucket = self.limiter.bucket(op.id)
        renewed = False
        for _attempt in range(MAX_RETRIES + 1):
            if not bucket.acquire(max_wait=self.max_wait):
                raise ThrottledError(op.label)
            token = self.tokens.get()
            try:
                response = self._http.request(
                    op.method,
                    url,
                    params=params,
                    json=body if op.method == "POST" else None,
                    headers={"x-amz-access-token": token, "accept": "application/json"},
                )
            except httpx.TransportError as exc:
                raise NetworkError(_transport_detail(exc)) from None
            if response.status_code == 429:
                wait = bucket.throttled(parse_limit(response.headers.get("x-amzn-RateLimit-Limit")))
                if wait > self.max_wait:
                    raise ThrottledError(op.label)
                self._sleep(wait)
                continue
            if response.status_code == 403 and _expired(response) and not renewed:
                self.tokens.invalidate(token)
                renewed = True
                continue
            if response.status_code < 400:
                bucket.answered(parse_limit(response.headers.get("x-amzn-RateLimit-Limit")))
            return _answer(op, response)
        raise ThrottledError(op.label)

    def upload(self, url: str, headers: Mapping[str, str], content: bytes) -> None:
        """PUT bytes to an upload destination (a pre-signed URL: no access token)."""
        try:
            response = self._http.put(url, content=content, headers=dict(headers))
        except httpx.TransportError as exc:
            raise NetworkError(_transport_detail(exc)) from None
        if response.status_code >= 300:
            raise RequestRejectedError(
                "the attachment upload", response.status_code, _short(response.text)
            )


def _query(query: Query) -> list[tuple[str, str | int | float | bool | None]]:
    """Swagger 2 query parameters: arrays are comma-separated (csv), None is left out."""
    params: list[tuple[str, str | int | float | bool | None]] = []
    for key, value in query.items():
        if value is None:
            continue
        if isinstance(value, str | int):
            params.append((key, str(value)))
        else:
            params.append((key, ",".join(value)))
    return params


def _errors(response: httpx.Response) -> list[Json]:
    try:
        body = response.json()
    except ValueError:
        return []
    errors = body.get("errors") if isinstance(body, dict) else None
    return [e for e in errors if isinstance(e, dict)] if isinstance(errors, list) else []


def _expired(response: httpx.Response) -> bool:
    text = " ".join(
        f"{e.get('message', '')} {e.get('details', '')}" for e in _errors(response)
    ).lower()
    return "expired" in text


def _answer(op: Operation, response: httpx.Response) -> Json:
    status = response.status_code
    if 200 <= status < 300:
        if not response.content:
            return {}
        try:
            body = response.json()
        except ValueError:
            raise RequestRejectedError(op.label, 502, "the answer was not JSON") from None
        if not isinstance(body, dict):
            raise RequestRejectedError(op.label, 502, "the answer was not a JSON object")
        return body
    if status == 403:
        raise MissingRoleError(op.role)
    errors = _errors(response)
    message = "; ".join(str(e.get("message", "")) for e in errors if e.get("message"))
    raise RequestRejectedError(op.label, status, _short(message or response.reason_phrase))


__all__ = ["Connection", "LwaCredentials", "SpApiClient", "SpApiError"]
