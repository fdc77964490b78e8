"""The façade the window's Amazon parts call: the seller's SP-API connections, the actions
an order accepts, Amazon messages, review requests and the orders sync, over one store.

Views hold this, never the Store. Each method is one use-case; one that talks to Amazon
opens the connection's client itself (its secrets from the keyring) and closes it, and no
database session is held while Amazon is asked. Blocking: call from a worker (the
window's TaskRunner) or the CLI. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from inbox_app.amazon.messaging import ActionSpec, Upload
from inbox_app.policy.types import Report
from inbox_app.services import amazon_connections as conns
from inbox_app.services import amazon_messages as messages
from inbox_app.services import amazon_reviews as reviews
from inbox_app.services import amazon_sync
from inbox_app.services.amazon_connections import ConnectionInfo, ConnectionSpec
from inbox_app.services.amazon_reviews import ReviewOutcome
from inbox_app.services.amazon_sync import SyncResult
from inbox_app.store.migrate import Store

# (orders written so far, pages fetched so far) of the connection being synced
SyncProgress = Callable[[int, int], None]
# (orders asked so far, of how many)
ReviewProgress = Callable[[int, int], None]


class AmazonService:
    """Use-cases of the window's Amazon parts over one store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # --- connections --------------------------------------------------------------------

    def connections(self, *, check_secrets: bool = False) -> list[ConnectionInfo]:
        """The saved connections by name; `check_secrets` asks the keyring (slow)."""
        return conns.list_connections(self._store, check_secrets=check_secrets)

    def connect(self, spec: ConnectionSpec, client_secret: str, refresh_token: str) -> int:
        """Create or update a connection; the secrets go to the keyring only."""
        return conns.connect(self._store, spec, client_secret, refresh_token)

    def remove(self, name: str) -> None:
        """The connection and its secrets go; its orders stay."""
        conns.remove(self._store, name)

    def test_connection(self, name: str) -> Sequence[str]:
        """Ask Login with Amazon now: lines for the seller (SpApiError when refused)."""
        return conns.test_connection(self._store, name)

    @staticmethod
    def check_credentials(spec: ConnectionSpec, client_secret: str, refresh_token: str) -> str:
        """Try credentials before anything is saved: one sentence for the seller."""
        return conns.check_credentials(spec, client_secret, refresh_token)

    def connection_for_order(self, amazon_order_id: str) -> ConnectionInfo | None:
        return conns.connection_for_order(self._store, amazon_order_id)

    # --- Amazon messages ----------------------------------------------------------------

    def actions_for_order(self, info: ConnectionInfo, amazon_order_id: str) -> list[ActionSpec]:
        """The seller-initiated messages Amazon accepts for the order right now."""
        with conns.open_client(info) as client:
            return messages.actions_for_order(self._store, info, client, amazon_order_id)

    def offered_actions(self, amazon_order_id: str) -> list[ActionSpec] | None:
        """What Amazon accepts for the order through the connection serving it; None when
        no connection serves the order's marketplace."""
        info = self.connection_for_order(amazon_order_id)
        if info is None:
            return None
        return self.actions_for_order(info, amazon_order_id)

    def send_message(
        self,
        info: ConnectionInfo,
        amazon_order_id: str,
        *,
        action: str,
        text: str,
        uploads: list[Upload],
        coverage: tuple[datetime, datetime] | None = None,
    ) -> Report:
        """Check, then send one Amazon message; AmazonMessageError says why it did not go."""
        with conns.open_client(info) as client:
            return messages.send_amazon_message(
                self._store,
                info,
                client,
                amazon_order_id,
                action=action,
                text=text,
                uploads=uploads,
                coverage=coverage,
            )

    @staticmethod
    def read_upload(path: str) -> Upload:
        """A file to attach, its media type sniffed from the bytes (OSError if unreadable)."""
        return messages.read_upload(path)

    # --- review requests ----------------------------------------------------------------

    def review_state(self, amazon_order_id: str) -> str | None:
        """Why a review may not be requested for the order now; None when it may."""
        return reviews.review_state(self._store, amazon_order_id)

    def order_state(self, amazon_order_id: str) -> tuple[ConnectionInfo | None, str | None]:
        """The connection serving the order (None: none does) and its review state."""
        return self.connection_for_order(amazon_order_id), self.review_state(amazon_order_id)

    def request_review(self, info: ConnectionInfo, amazon_order_id: str) -> ReviewOutcome:
        """Send Amazon's review request for one order when it is allowed; never twice."""
        with conns.open_client(info) as client:
            return reviews.request_review(self._store, info, client, amazon_order_id)

    def request_reviews(
        self,
        info: ConnectionInfo,
        order_ids: Sequence[str],
        *,
        progress: ReviewProgress | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> list[ReviewOutcome]:
        """One request per order, paced by Amazon's rate limits (see request_reviews)."""
        report = None if progress is None else (lambda n, total, _o: progress(n, total))
        with conns.open_client(info) as client:
            return reviews.request_reviews(
                self._store, info, client, order_ids, progress=report, cancel=cancel
            )

    def review_overview(self, info: ConnectionInfo) -> tuple[list[str], list[tuple[str, datetime]]]:
        """The connection's orders that may be asked now, and the orders asked, with when."""
        return reviews.eligible_orders(self._store, info), reviews.requested_reviews(self._store)

    # --- the orders sync ----------------------------------------------------------------

    def sync_all(
        self,
        *,
        progress: SyncProgress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> list[SyncResult]:
        """Every connection's new and changed orders, then its buyers' languages; a
        connection's trouble is its result's `error`, never raised."""
        results = []
        for info in self.connections():
            if cancelled():
                break
            results.append(
                amazon_sync.sync_connection(
                    self._store, info.name, progress=progress, cancel=cancelled
                )
            )
        return results
