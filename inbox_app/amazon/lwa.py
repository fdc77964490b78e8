"""Login with Amazon: exchange the refresh token for short-lived access tokens.

The access token lives in this object's memory only and is renewed a margin before it
expires (or at once when Amazon says it expired). It is never logged or written.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from inbox_app.amazon.errors import AuthorizationRevokedError, NetworkError, RequestRejectedError

REFRESH_MARGIN = 60.0  # seconds before expiry when a new token is fetched


@dataclass(frozen=True, slots=True)
class LwaCredentials:
    """The app's LWA client and the seller's refresh token (kept only in memory here)."""

    client_id: str
    client_secret: str = field(repr=False)
    refresh_token: str = field(repr=False)


class AccessTokens:
    """Thread-safe access-token cache for one connection."""

    def __init__(
        self,
        connection: str,
        credentials: LwaCredentials,
        token_url: str,
        http: httpx.Client,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._connection = connection
        self._credentials = credentials
        self._token_url = token_url
        self._http = http
        self._clock = clock
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self.refreshes = 0  # how many tokens were fetched (for tests and diagnostics)

    def __repr__(self) -> str:
        return f"AccessTokens({self._connection!r})"

    def get(self) -> str:
        """A valid access token, fetching a new one when the cached one is about to expire."""
        with self._lock:
            if self._token is None or self._clock() >= self._expires_at - REFRESH_MARGIN:
                self._fetch()
            assert self._token is not None
            return self._token

    def invalidate(self, token: str) -> None:
        """Amazon said `token` expired: the next `get` fetches a new one."""
        with self._lock:
            if self._token == token:
                self._token = None

    def _fetch(self) -> None:
        c = self._credentials
        data = {
            "grant_type": "refresh_token",
            "refresh_token": c.refresh_token,
            "client_id": c.client_id,
            "client_secret": c.client_secret,
        }
        try:
            response = self._http.post(self._token_url, data=data)
        except httpx.TransportError as exc:
            raise NetworkError(_transport_detail(exc)) from None
        if response.status_code in (400, 401):
            try:
                error = str(response.json().get("error", ""))
            except ValueError:
                error = ""
            if error in ("invalid_grant", "invalid_client", "unauthorized_client", ""):
                raise AuthorizationRevokedError(self._connection)
        if response.status_code != 200:
            raise RequestRejectedError(
                "the Login with Amazon token request", response.status_code, _short(response.text)
            )
        try:
            body = response.json()
            token = str(body["access_token"])
            lifetime = float(body.get("expires_in", 3600))
        except (ValueError, KeyError, TypeError):
            raise RequestRejectedError(
                "the Login with Amazon token request", 502, "the answer had no access token"
            ) from None
        self._token = token
        self._expires_at = self._clock() + lifetime
        self.refreshes += 1


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _transport_detail(exc: httpx.TransportError) -> str:
    """Which `NetworkError` it is."""
    if isinstance(exc, httpx.TimeoutException):
        return "timeout"
    if isinstance(exc, httpx.ConnectError):
        return "offline"
    return "lost"
