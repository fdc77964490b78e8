"""A local Selling Partner API for tests: a real HTTP server on loopback that follows
Amazon's published models (tests/data/sp-api/).

Every request is checked against the Swagger operation it addresses (path, query
parameters with their types, enums, maxItems and formats, the JSON body against the
body schema, the access token) and the searchOrders rules the model states in words
(exactly one of createdAfter/lastUpdatedAfter, lastUpdatedBefore two minutes in the
past, paging with the same parameters). A request that breaks them is answered 400 and
recorded in `violations`; the fixture fails a test that leaves any. Answers are
validated against the operation's response schema before they are sent.

Each operation's published usage plan is enforced (tests/helpers/spapi_limits.py): over it,
429 with `x-amzn-RateLimit-Limit`, as Amazon answers. Scripted faults: 429,
403 (missing role), expired access tokens, a revoked refresh token, and a connection
dropped without an answer.

This module is the HTTP side (routing, tokens, limits, faults, validation of requests and
answers); what each operation answers is in tests/helpers/spapi_answers.py.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.helpers.spapi_answers import SpApiAnswers, api_error
from tests.helpers.spapi_limits import ApiClock, PublishedLimits
from tests.helpers.spapi_models import MODELS, VALIDATOR, Route
from tests.helpers.spapi_state import CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, LocalSpApi

__all__ = [
    "CLIENT_ID",
    "CLIENT_SECRET",
    "MODELS",
    "REFRESH_TOKEN",
    "VALIDATOR",
    "LocalSpApi",
    "ServerThread",
]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # TCP_NODELAY on each connection: an answer goes out as two small writes (the headers,
    # then the body), and with Nagle's algorithm the body waited for the client's delayed
    # ACK of the headers, ~40 ms a request on loopback instead of ~1 ms (Amazon answers
    # in tens of ms, so every paced test and bench_amazon ran at that false pace)
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    # ---- plumbing --------------------------------------------------------------
    def _send(
        self, status: int, body: Any, headers: dict[str, str] | None = None, ctype: str = ""
    ) -> None:
        data = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", ctype or "application/json")
        self.send_header("content-length", str(len(data)))
        self.send_header("x-amzn-RequestId", secrets.token_hex(8))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def _drop(self) -> None:
        self.close_connection = True
        self.connection.shutdown(2)

    def _read(self) -> bytes:
        length = int(self.headers.get("content-length") or 0)
        return self.rfile.read(length) if length else b""

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_PUT(self) -> None:
        self._dispatch("PUT")

    # ---- routing ---------------------------------------------------------------
    def _dispatch(self, method: str) -> None:
        api = self.server.api
        url = urlsplit(self.path)
        raw = self._read()
        if method == "POST" and url.path == "/auth/o2/token":
            self._token(raw)
            return
        if method == "PUT" and url.path.startswith("/upload/"):
            self._upload(url.path.removeprefix("/upload/"), raw)
            return
        found = VALIDATOR.route(method, url.path)
        query = parse_qs(url.query, keep_blank_values=True)
        if found is None:
            with api.lock:
                api.violations.append(f"{method} {url.path}: no such operation in the models")
            self._send(404, api_error("NotFound", "Resource not found"))
            return
        route, path_params = found
        with api.lock:
            api.requests.append((route.operation_id, method, query))
            api.counts[route.operation_id] += 1
        if not api.limits.admit(route.operation_id, route.op):
            self._throttle(route, str(api.limits.rate(route.operation_id)))
            return
        token = self.headers.get("x-amz-access-token", "")
        if api.take_fault(route.operation_id, expire=True) is not None:
            api.expire_tokens()
        with api.lock:
            expiry = api.tokens.get(token)
        if expiry is None:
            api.violations.append(f"{route.operation_id}: no valid access token was sent")
            self._reply(
                route,
                403,
                api_error(
                    "Unauthorized",
                    "Access to requested resource is denied.",
                    "The request has an invalid token.",
                ),
            )
            return
        if expiry < time.time():
            self._reply(
                route,
                403,
                api_error(
                    "Unauthorized",
                    "Access to requested resource is denied.",
                    "The access token you provided has expired.",
                ),
            )
            return
        has_body = bool(raw)
        body: Any = None
        if has_body:
            if "application/json" not in (self.headers.get("content-type") or ""):
                api.violations.append(f"{route.operation_id}: body is not application/json")
            try:
                body = json.loads(raw)
            except ValueError:
                api.violations.append(f"{route.operation_id}: body is not JSON")
                self._reply(route, 400, api_error("InvalidInput", "Body is not JSON"))
                return
        problems = VALIDATOR.check(route, path_params, query, body, has_body)
        if not problems:
            problems = self.server.rules(route.operation_id, query, body)
        if problems:
            with api.lock:
                api.violations.extend(f"{route.operation_id}: {p}" for p in problems)
            self._reply(route, 400, api_error("InvalidInput", "; ".join(problems)[:500]))
            return
        fault = api.take_fault(route.operation_id)
        if fault is not None:
            if fault.kind == "drop":
                self._drop()
                return
            if fault.kind == "throttle":
                self._throttle(route, fault.limit)
                return
            if fault.kind == "forbid":
                self._reply(
                    route,
                    403,
                    api_error("Unauthorized", "Access to requested resource is denied.", ""),
                )
                return
            self._reply(
                route,
                fault.status,
                api_error("InternalFailure", "We encountered an internal error."),
            )
            return
        status, answer = self.server.answer(route.operation_id, path_params, query, body)
        self._reply(route, status, answer)

    def _throttle(self, route: Route, limit: str) -> None:
        self._reply(
            route,
            429,
            api_error("QuotaExceeded", "You exceeded your quota for the requested resource."),
            {"x-amzn-RateLimit-Limit": limit},
        )

    def _reply(
        self, route: Route, status: int, body: Any, headers: dict[str, str] | None = None
    ) -> None:
        api = self.server.api
        problems = VALIDATOR.check_response(route, status, body if body is not None else {})
        if problems:
            with api.lock:
                api.violations.extend(f"server {route.operation_id}: {p}" for p in problems)
        rate = str(api.limits.rate(route.operation_id))  # as Amazon: the plan applied
        headers = {"x-amzn-RateLimit-Limit": rate, **(headers or {})}
        ctype = route.doc.get("produces", ["application/json"])[0]
        self._send(status, body, headers, ctype)

    # ---- Login with Amazon -----------------------------------------------------
    def _token(self, raw: bytes) -> None:
        api = self.server.api
        form = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
        with api.lock:
            api.token_requests += 1
        if form.get("grant_type") != "refresh_token":
            self._send(400, {"error": "unsupported_grant_type"})
            return
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            self._send(
                401,
                {"error": "invalid_client", "error_description": "Client authentication failed"},
            )
            return
        if form.get("refresh_token") != api.refresh_token:
            self._send(
                400,
                {
                    "error": "invalid_grant",
                    "error_description": "The request has an invalid grant parameter : refresh_token",
                },
            )
            return
        token = "Atza|" + secrets.token_urlsafe(24)
        with api.lock:
            api.tokens[token] = time.time() + api.token_lifetime
        self._send(
            200,
            {
                "access_token": token,
                "refresh_token": api.refresh_token,
                "token_type": "bearer",
                "expires_in": api.token_lifetime,
            },
        )

    def _upload(self, upload_id: str, raw: bytes) -> None:
        api = self.server.api
        with api.lock:
            dest = api.uploads.get(upload_id)
            if dest is None:
                api.violations.append(f"PUT to unknown upload destination {upload_id}")
                self._send(404, None)
                return
            md5 = base64.b64encode(hashlib.md5(raw).digest()).decode()
            if md5 != dest["md5"]:
                api.violations.append(f"upload {upload_id}: content does not match contentMD5")
                self._send(400, None)
                return
            if dest["contentType"] and self.headers.get("content-type") != dest["contentType"]:
                api.violations.append(f"upload {upload_id}: content-type header differs")
            dest["content"] = raw
        self._send(200, None)


class _Server(SpApiAnswers, ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, api: LocalSpApi) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.api = api


class ServerThread:
    """Runs a LocalSpApi on 127.0.0.1 (a free port) until `stop`; its rate limits run on
    `clock` (default: real time). `paced=False`: no usage plan is enforced (no 429), for a
    bench whose client has Amazon's pacing switched off too."""

    def __init__(self, clock: ApiClock | None = None, *, paced: bool = True) -> None:
        limits = PublishedLimits(clock or ApiClock(real=True), enforced=paced)
        self.api = LocalSpApi(limits=limits)
        self._server = _Server(self.api)
        host, port = self._server.server_address[:2]
        self.url = f"http://{host!s}:{port}"
        self.api.base_url = self.url
        self.token_url = f"{self.url}/auth/o2/token"
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="local-sp-api", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
