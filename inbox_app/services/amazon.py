"""The façade the window's Amazon parts and `inbox-app amazon` call: the seller's SP-API
connections, the actions an order accepts, Amazon messages, buyers' languages, review
requests and the orders sync, over one store.

Views and the CLI hold this, never the Store. The session scope is decided here, once:
the use-cases get a Session (one step) or this façade's AmazonWork (several steps with
Amazon asked between them), never the Store. A use-case that talks to Amazon gets its
connection's client from `_client` (its secrets from the keyring), closed when it ends.
Blocking: call from a worker (the window's TaskRunner) or the CLI. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from inbox_app.amazon.messaging import ActionSpec, Upload
from inbox_app.policy.types import Report
from inbox_app.services import amazon_buyers as buyers
from inbox_app.services import amazon_connections as conns
from inbox_app.services import amazon_messages as messages
from inbox_app.services import amazon_reviews as reviews
from inbox_app.services import amazon_sync
from inbox_app.services.amazon_connections import ConnectionInfo, ConnectionSpec
from inbox_app.services.amazon_messages import AmazonMessage
from inbox_app.services.amazon_reviews import ReviewOutcome
from inbox_app.services.amazon_sync import SyncResult
from inbox_app.services.amazon_work import AmazonWork
from inbox_app.store.migrate import Store
from inbox_app.store.schema import utcnow

if TYPE_CHECKING:  # the client (httpx) is imported when a connection is opened
    from inbox_app.amazon.client import SpApiClient

# (orders written so far, pages fetched so far) of the connection being synced
SyncProgress = Callable[[int, int], None]
# (orders asked so far, of how many, the last one's outcome)
ReviewProgress = Callable[[int, int, ReviewOutcome], None]


class AmazonService:
    """Use-cases of the window's Amazon parts and the CLI over one store."""

    def __init__(self, store: Store) -> None:
        self._work = AmazonWork(store)

    def _client(self, info: ConnectionInfo) -> SpApiClient:
        """The connection's client (use it in a `with`: it is closed at the end)."""
        return conns.open_client(info)

    # --- connections --------------------------------------------------------------------

    def connections(self, *, check_secrets: bool = False) -> list[ConnectionInfo]:
        """The saved connections by name; `check_secrets` asks the keyring (slow)."""
        with self._work.reading() as session:
            return conns.list_connections(session, check_secrets=check_secrets)

    def connection(self, name: str) -> ConnectionInfo:
        """The connection named so (AmazonConnectionError when there is none)."""
        with self._work.reading() as session:
            return conns.get_connection(session, name)

    def connect(self, spec: ConnectionSpec, client_secret: str, refresh_token: str) -> int:
        """Create or update a connection; the secrets go to the keyring only."""
        return conns.connect(self._work, spec, client_secret, refresh_token)

    def remove(self, name: str) -> None:
        """The connection and its secrets go; its orders stay."""
        conns.remove(self._work, name)

    def test_connection(self, name: str) -> Sequence[str]:
        """Ask Login with Amazon now: lines for the seller (SpApiError when refused)."""
        return conns.test_connection(self.connection(name))

    @staticmethod
    def check_credentials(spec: ConnectionSpec, client_secret: str, refresh_token: str) -> str:
        """Try credentials before anything is saved: one sentence for the seller."""
        return conns.check_credentials(spec, client_secret, refresh_token)

    def connection_for_order(self, amazon_order_id: str) -> ConnectionInfo | None:
        with self._work.reading() as session:
            return conns.connection_for_order(session, amazon_order_id)

    # --- Amazon messages ----------------------------------------------------------------

    def actions_for_order(self, info: ConnectionInfo, amazon_order_id: str) -> list[ActionSpec]:
        """The seller-initiated messages Amazon accepts for the order right now."""
        with self._client(info) as client:
            return messages.actions_for_order(self._work, info, client, amazon_order_id)

    def offered_actions(self, amazon_order_id: str) -> list[ActionSpec] | None:
        """What Amazon accepts for the order through the connection serving it; None when
        no connection serves the order's marketplace."""
        info = self.connection_for_order(amazon_order_id)
        if info is None:
            return None
        return self.actions_for_order(info, amazon_order_id)

    def send_message(
        self, info: ConnectionInfo, amazon_order_id: str, message: AmazonMessage
    ) -> Report:
        """Check, then send one Amazon message; AmazonMessageError says why it did not go."""
        with self._client(info) as client:
            return messages.send_amazon_message(self._work, info, client, amazon_order_id, message)

    @staticmethod
    def read_upload(path: str) -> Upload:
        """A file to attach, its media type sniffed from the bytes (OSError if unreadable)."""
        return messages.read_upload(path)

    # --- buyers' languages --------------------------------------------------------------

    def buyer_languages(
        self, info: ConnectionInfo, order_ids: Sequence[str]
    ) -> Iterator[tuple[str, str | None]]:
        """Ask Amazon the buyer's locale of each order (kept on the order and its buyers),
        one answer at a time as it comes (the client stays open until the last)."""
        with self._client(info) as client:
            for oid in order_ids:
                yield oid, buyers.fetch_buyer_language(self._work, info, client, oid)

    def learn_buyer_languages(
        self,
        info: ConnectionInfo,
        *,
        limit: int = buyers.PER_RUN,
        now: Callable[[], datetime] = utcnow,
    ) -> int:
        """The locale of up to `limit` orders that need it; how many were learnt."""
        with self._client(info) as client:
            return buyers.sync_buyer_languages(self._work, info, client, limit=limit, now=now)

    # --- review requests ----------------------------------------------------------------

    def review_state(self, amazon_order_id: str) -> str | None:
        """Why a review may not be requested for the order now; None when it may."""
        with self._work.reading() as session:
            return reviews.review_state(session, amazon_order_id)

    def order_state(self, amazon_order_id: str) -> tuple[ConnectionInfo | None, str | None]:
        """The connection serving the order (None: none does) and its review state."""
        return self.connection_for_order(amazon_order_id), self.review_state(amazon_order_id)

    def request_review(self, info: ConnectionInfo, amazon_order_id: str) -> ReviewOutcome:
        """Send Amazon's review request for one order when it is allowed; never twice."""
        with self._client(info) as client:
            return reviews.request_review(self._work, info, client, amazon_order_id)

    def request_reviews(
        self,
        info: ConnectionInfo,
        order_ids: Sequence[str],
        *,
        progress: ReviewProgress | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> list[ReviewOutcome]:
        """One request per order, paced by Amazon's rate limits (see request_reviews)."""
        with self._client(info) as client:
            return reviews.request_reviews(
                self._work, info, client, order_ids, progress=progress, cancel=cancel
            )

    def eligible_orders(self, info: ConnectionInfo) -> list[str]:
        """The connection's orders inside their review window, never asked."""
        with self._work.reading() as session:
            return reviews.eligible_orders(session, info)

    def requested_reviews(self) -> list[tuple[str, datetime]]:
        """Orders asked for a review, newest first: (Amazon order id, when)."""
        with self._work.reading() as session:
            return reviews.requested_reviews(session)

    def review_overview(self, info: ConnectionInfo) -> tuple[list[str], list[tuple[str, datetime]]]:
        """The connection's orders that may be asked now, and the orders asked, with when."""
        return self.eligible_orders(info), self.requested_reviews()

    # --- the orders sync ----------------------------------------------------------------

    def sync_connection(
        self,
        name: str,
        *,
        languages: bool = True,
        progress: SyncProgress | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> SyncResult:
        """One connection's new and changed orders, then (unless `languages` is False) its
        buyers' languages; trouble is the result's `error` (or `note`), never raised."""
        return amazon_sync.sync_connection(
            self._work, name, languages=languages, progress=progress, cancel=cancel
        )

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
            results.append(self.sync_connection(info.name, progress=progress, cancel=cancelled))
        return results
