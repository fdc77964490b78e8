"""The buyer's language from the Messaging API's GetAttributes, for every synced order.

Each order of the connection's marketplaces is asked once (`orders.locale_checked_at`),
again only when its answer is older than `STALE` or there was none, newest orders
first and at most `limit` per run (GetAttributes allows 1 request a second: the token
bucket paces them, the next run goes on). The locale is kept on the order, so an order
whose buyer the inbox does not know yet has it too, and on the order's known buyers;
the policy context prefers the buyer's, then the order's, then the marketplace's
language, so `language-mismatch` checks against what Amazon says.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from inbox_app.amazon.errors import RequestRejectedError
from inbox_app.services.amazon_connections import ConnectionInfo
from inbox_app.services.amazon_orders_common import buyer_ids, marketplace_of, order_row
from inbox_app.store.schema import Buyer, Order, utcnow

if TYPE_CHECKING:  # the client (httpx) is imported when a connection is opened
    from inbox_app.amazon.client import SpApiClient
    from inbox_app.services.amazon_work import AmazonWork

LANGUAGE_LEN = 8  # buyers.language, orders.buyer_locale
STALE = timedelta(days=30)  # a locale this old is asked again
LOOKBACK = timedelta(days=90)  # older orders: no message will be written about them
PER_RUN = 10


def fetch_buyer_language(
    work: AmazonWork,
    info: ConnectionInfo,
    client: SpApiClient,
    amazon_order_id: str,
    *,
    now: Callable[[], datetime] = utcnow,
) -> str | None:
    """Ask Amazon the buyer's locale for one order; store it on the order and its buyers."""
    with work.reading() as s:
        order = order_row(s, amazon_order_id)
        mp = marketplace_of(order, info)
    answer = client.call(
        "GetAttributes",
        path={"amazonOrderId": amazon_order_id},
        query={"marketplaceIds": [mp]},
    )
    buyer = answer.get("buyer")
    raw = buyer.get("locale") if isinstance(buyer, dict) else None
    locale = raw.strip()[:LANGUAGE_LEN] if isinstance(raw, str) and raw.strip() else None
    with work.writing() as s:
        order = order_row(s, amazon_order_id)
        order.locale_checked_at = now()
        if locale is None:
            return None  # asked: not again until stale
        order.buyer_locale = locale
        ids = buyer_ids(s, order)
        if ids:
            s.execute(update(Buyer).where(Buyer.id.in_(ids)).values(language=locale))
    return locale


def orders_needing_language(
    session: Session, info: ConnectionInfo, limit: int, *, now: datetime | None = None
) -> list[str]:
    """Recent orders of the connection's marketplaces never asked, or asked too long ago."""
    moment = now or utcnow()
    stmt = (
        select(Order.amazon_order_id)
        .where(
            Order.marketplace_id.in_(info.marketplace_ids),
            or_(Order.purchase_date.is_(None), Order.purchase_date >= moment - LOOKBACK),
            or_(Order.locale_checked_at.is_(None), Order.locale_checked_at < moment - STALE),
        )
        .order_by(Order.locale_checked_at.is_not(None), Order.purchase_date.desc(), Order.id.desc())
        .limit(limit)
    )
    return list(session.scalars(stmt))


def sync_buyer_languages(
    work: AmazonWork,
    info: ConnectionInfo,
    client: SpApiClient,
    *,
    limit: int = PER_RUN,
    now: Callable[[], datetime] = utcnow,
) -> int:
    """Ask the locale for up to `limit` orders that need it; returns how many were learnt."""
    done = 0
    with work.reading() as s:
        needing = orders_needing_language(s, info, limit, now=now())
    for oid in needing:
        try:
            found = fetch_buyer_language(work, info, client, oid, now=now)
        except RequestRejectedError as exc:
            if exc.retry_later:
                raise
            _checked(work, oid, now())  # not asked again until stale
            continue
        done += found is not None
    return done


def _checked(work: AmazonWork, amazon_order_id: str, moment: datetime) -> None:
    with work.writing() as s:
        s.execute(
            update(Order)
            .where(Order.amazon_order_id == amazon_order_id)
            .values(locale_checked_at=moment)
        )
