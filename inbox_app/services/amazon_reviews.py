"""Review requests the compliant way: Amazon's own "Request a Review" (Solicitations API).

Once per order, only 5-30 days after delivery, and only when Amazon offers the action
for the order right now. A request sent is recorded on the order
(`review_requested_at`, which the policy's `repeat-review-request` reads) and in the
event log.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from inbox_app.amazon.errors import AuthorizationRevokedError, MissingRoleError, SpApiError
from inbox_app.services.amazon_connections import ConnectionInfo
from inbox_app.services.amazon_orders_common import marketplace_of, order_row
from inbox_app.store.schema import Event, Order, utcnow

if TYPE_CHECKING:  # the client (httpx) is imported when a connection is opened
    from inbox_app.amazon.client import SpApiClient
    from inbox_app.services.amazon_work import AmazonWork

WINDOW_DAYS = (5, 30)
ACTION = "productReviewAndSellerFeedback"

# every sentence a review request can end with, in English; models/amazon_text.py gives
# them in the interface language (the same templates under the "AmazonReviews" context)
REVIEW_TEMPLATES: dict[str, str] = {
    "already": "A review was already requested for {order} on {date}; Amazon allows one.",
    "canceled": "{order} was canceled; there is nothing to review.",
    "no_delivery": (
        "{order} has no delivery date yet; a review may be requested 5-30 days after it."
    ),
    "too_early": "Too early for {order}: a review may be requested from {date} (5 days after "
    "delivery).",
    "too_early_promised": "Too early for {order}: a review may be requested from {date} (5 "
    "days after the promised delivery date; Amazon has not reported the delivery).",
    "too_late": "Too late for {order}: review requests end 30 days after delivery.",
    "too_late_promised": "Too late for {order}: review requests end 30 days after the "
    "promised delivery date; Amazon has not reported the delivery.",
    "not_offered": "Amazon does not offer a review request for {order} right now.",
    "requested": "Review requested for {order}.",
    "requested_promised": "Review requested for {order} (counted from the promised delivery "
    "date; Amazon has not reported the delivery).",
}


def review_sentence(key: str, **params: str) -> str:
    return REVIEW_TEMPLATES[key].format(**params)


@dataclass(frozen=True, slots=True)
class ReviewOutcome:
    amazon_order_id: str
    sent: bool
    message: str  # one sentence for the seller


def delivery_basis(order: Order) -> tuple[datetime | None, bool]:
    """The delivery date the window counts from, and whether Amazon reported it (True)
    or it is the promised latest delivery date (False)."""
    if order.delivered_at is not None:
        return order.delivered_at, True
    return order.delivery_end, False


def window_problem(order: Order, now: datetime) -> str | None:
    """Why the order may not be asked for a review now (None: it may)."""
    oid = order.amazon_order_id
    if order.review_requested_at is not None:
        when = order.review_requested_at.strftime("%Y-%m-%d")
        return review_sentence("already", order=oid, date=when)
    if order.status == "Canceled":
        return review_sentence("canceled", order=oid)
    delivered, actual = delivery_basis(order)
    if delivered is None:
        return review_sentence("no_delivery", order=oid)
    days = (now - delivered).days
    first, last = WINDOW_DAYS
    promised = "" if actual else "_promised"
    if days < first:
        opens = (delivered + timedelta(days=first)).strftime("%Y-%m-%d")
        return review_sentence("too_early" + promised, order=oid, date=opens)
    if days > last:
        return review_sentence("too_late" + promised, order=oid)
    return None


def request_review(
    work: AmazonWork,
    info: ConnectionInfo,
    client: SpApiClient,
    amazon_order_id: str,
    *,
    now: datetime | None = None,
) -> ReviewOutcome:
    """Send Amazon's review request for one order when it is allowed; never twice."""
    now = now or utcnow()
    with work.reading() as s:
        order = order_row(s, amazon_order_id)
        mp = marketplace_of(order, info)
        problem = window_problem(order, now)
        actual = delivery_basis(order)[1]
    if problem is not None:
        return ReviewOutcome(amazon_order_id, False, problem)
    path = {"amazonOrderId": amazon_order_id}
    query = {"marketplaceIds": [mp]}
    offered = client.call("getSolicitationActionsForOrder", path=path, query=query)
    links = (offered.get("_links") or {}).get("actions") or []
    if not any(isinstance(a, dict) and a.get("name") == ACTION for a in links):
        return ReviewOutcome(
            amazon_order_id, False, review_sentence("not_offered", order=amazon_order_id)
        )
    client.call("createProductReviewAndSellerFeedbackSolicitation", path=path, query=query)
    with work.writing() as s:
        row = order_row(s, amazon_order_id)
        row.review_requested_at = now
        s.add(Event(at=now, kind="review_requested", detail=amazon_order_id))
    key = "requested" if actual else "requested_promised"
    return ReviewOutcome(amazon_order_id, True, review_sentence(key, order=amazon_order_id))


def eligible_orders(
    session: Session, info: ConnectionInfo, *, now: datetime | None = None
) -> list[str]:
    """Orders of the connection inside their review window that were never asked."""
    now = now or utcnow()
    first, last = WINDOW_DAYS
    newest, oldest = now - timedelta(days=first), now - timedelta(days=last + 1)
    delivered_at, delivery_end = Order.delivered_at, Order.delivery_end
    stmt = (
        select(Order)
        .where(
            Order.review_requested_at.is_(None),
            Order.status != "Canceled",
            Order.marketplace_id.in_(info.marketplace_ids),
            or_(
                delivered_at.between(oldest, newest),
                delivered_at.is_(None) & delivery_end.between(oldest, newest),
            ),
        )
        .order_by(Order.purchase_date, Order.id)
    )
    return [o.amazon_order_id for o in session.scalars(stmt) if window_problem(o, now) is None]


Progress = Callable[[int, int, ReviewOutcome], None]


def request_reviews(
    work: AmazonWork,
    info: ConnectionInfo,
    client: SpApiClient,
    order_ids: Iterable[str],
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[ReviewOutcome]:
    """The bulk action: one request per order, paced by the operations' token buckets.
    A failure of one order is its outcome; an API-wide one (role, network) stops the run."""
    ids = list(dict.fromkeys(order_ids))
    outcomes: list[ReviewOutcome] = []
    for n, oid in enumerate(ids, 1):
        if cancel is not None and cancel():
            break
        try:
            outcome = request_review(work, info, client, oid)
        except SpApiError as exc:
            outcome = ReviewOutcome(oid, False, str(exc))
            outcomes.append(outcome)
            if progress is not None:
                progress(n, len(ids), outcome)
            if exc.retry_later or isinstance(exc, MissingRoleError | AuthorizationRevokedError):
                break
            continue
        outcomes.append(outcome)
        if progress is not None:
            progress(n, len(ids), outcome)
    return outcomes


def requested_reviews(session: Session, limit: int = 500) -> list[tuple[str, datetime]]:
    """Orders asked for a review, newest first: (Amazon order id, when)."""
    stmt = (
        select(Order.amazon_order_id, Order.review_requested_at)
        .where(Order.review_requested_at.is_not(None))
        .order_by(Order.review_requested_at.desc(), Order.id.desc())
        .limit(limit)
    )
    return [(oid, at) for oid, at in session.execute(stmt) if at is not None]


def review_state(
    session: Session, amazon_order_id: str, *, now: datetime | None = None
) -> str | None:
    """Why a review may not be requested for the order now; None when it may."""
    return window_problem(order_row(session, amazon_order_id), now or utcnow())
