"""SP-API failures, each with one sentence a seller can act on (never a secret in it)."""

from __future__ import annotations


class SpApiError(Exception):
    """Base class: `str(error)` is what to show the seller."""

    retry_later = False  # True: nothing is wrong with the setup, try again later


class AuthorizationRevokedError(SpApiError):
    """LWA refused the refresh token or the client credentials."""

    def __init__(self, connection: str) -> None:
        super().__init__(
            f"Amazon refused the authorization of '{connection}': the refresh token was revoked "
            "or the client secret is wrong. Authorize the app again in Seller Central and run "
            f"'inbox-app amazon connect {connection}' with the new refresh token."
        )


class MissingRoleError(SpApiError):
    """403 on an operation that needs a role the app was not granted."""

    def __init__(self, role: str) -> None:
        self.role = role
        super().__init__(
            f"Your SP-API app lacks the role '{role}'. Add it to the app in Seller Central "
            "(Develop Apps), then authorize the app again."
        )


class ThrottledError(SpApiError):
    """Still 429 after waiting and retrying."""

    retry_later = True

    def __init__(self, operation: str) -> None:
        super().__init__(
            f"Amazon is limiting how often this account may call {operation}; "
            "Seller Inbox will try again later by itself."
        )


class NetworkError(SpApiError):
    """No connection, a dropped connection or a timeout."""

    retry_later = True

    def __init__(self, detail: str) -> None:
        super().__init__(
            f"Amazon could not be reached ({detail}); check the internet connection. "
            "The sync picks up where it stopped."
        )


class RequestRejectedError(SpApiError):
    """4xx/5xx other than the above: Amazon's own message, shortened."""

    def __init__(self, operation: str, status: int, message: str) -> None:
        self.status = status
        self.amazon_message = message
        retry = status >= 500
        self.retry_later = retry
        tail = " Seller Inbox will try again later." if retry else ""
        super().__init__(f"Amazon refused {operation} (HTTP {status}): {message}{tail}")
