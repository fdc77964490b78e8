"""SP-API failures, each with one sentence a seller can act on (never a secret in it).

A sentence is a template from `TEMPLATES` filled with the error's `params`: `str(error)`
is the English; `models/amazon_text.py` gives it in the interface language (the same
templates under the "AmazonErrors" context, also for sentences stored as text).
"""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "revoked": (
        "Amazon refused the authorization of '{connection}': the refresh token was revoked "
        "or the client secret is wrong. Authorize the app again in Seller Central and run "
        "'inbox-app amazon connect {connection}' with the new refresh token."
    ),
    "missing_role": (
        "Your SP-API app lacks the role '{role}'. Add it to the app in Seller Central "
        "(Develop Apps), then authorize the app again."
    ),
    "throttled": (
        "Amazon is limiting how often this account may call {operation}; "
        "Seller Inbox will try again later by itself."
    ),
    "timeout": (
        "Amazon could not be reached (the connection timed out); check the internet "
        "connection. The sync picks up where it stopped."
    ),
    "offline": (
        "Amazon could not be reached (no connection); check the internet connection. "
        "The sync picks up where it stopped."
    ),
    "lost": (
        "Amazon could not be reached (the connection was lost); check the internet "
        "connection. The sync picks up where it stopped."
    ),
    "rejected": "Amazon refused {operation} (HTTP {status}): {message}",
    "rejected_retry": (
        "Amazon refused {operation} (HTTP {status}): {message} Seller Inbox will try again later."
    ),
}

# `operation` in a sentence: what the app was asking Amazon for (also translated)
OPERATION_LABELS = (
    "the order search",
    "getOrder",
    "the messaging actions",
    "the buyer's language",
    "the review request check",
    "the review request",
    "the attachment upload",
    "the Amazon message",
    "the Login with Amazon token request",
)


class SpApiError(Exception):
    """Base class: `str(error)` is what to show the seller (in English)."""

    retry_later = False  # True: nothing is wrong with the setup, try again later

    def __init__(self, key: str, **params: str) -> None:
        self.key = key
        self.params = params
        super().__init__(TEMPLATES[key].format(**params))


class AuthorizationRevokedError(SpApiError):
    """LWA refused the refresh token or the client credentials."""

    def __init__(self, connection: str) -> None:
        super().__init__("revoked", connection=connection)


class MissingRoleError(SpApiError):
    """403 on an operation that needs a role the app was not granted."""

    def __init__(self, role: str) -> None:
        self.role = role
        super().__init__("missing_role", role=role)


class ThrottledError(SpApiError):
    """Still 429 after waiting and retrying."""

    retry_later = True

    def __init__(self, operation: str) -> None:
        super().__init__("throttled", operation=operation)


class NetworkError(SpApiError):
    """No connection (`offline`), a dropped connection (`lost`) or a `timeout`."""

    retry_later = True

    def __init__(self, kind: str) -> None:
        super().__init__(kind if kind in ("timeout", "offline") else "lost")


class RequestRejectedError(SpApiError):
    """4xx/5xx other than the above: Amazon's own message, shortened."""

    def __init__(self, operation: str, status: int, message: str) -> None:
        self.status = status
        self.amazon_message = message
        retry = status >= 500
        self.retry_later = retry
        key = "rejected_retry" if retry else "rejected"
        super().__init__(key, operation=operation, status=str(status), message=message)
