"""The buyer's language from the Messaging API's GetAttributes, kept on the buyer.

The policy context already prefers `buyers.language` to the marketplace's language,
so once a locale is stored the `language-mismatch` rule checks against it.
"""

from __future__ import annotations

from sqlalchemy import select, update

from inbox_app.amazon.client import SpApiClient
from inbox_app.services.amazon_connections import ConnectionInfo
from inbox_app.services.amazon_orders_common import buyer_ids, marketplace_of, order_row
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Buyer, Order, Thread

LANGUAGE_LEN = 8  # buyers.language


def fetch_buyer_language(
    store: Store, info: ConnectionInfo, client: SpApiClient, amazon_order_id: str
) -> str | None:
    """Ask Amazon the buyer's locale for one order and store it on its buyers."""
    with store.session() as s:
        order = order_row(s, amazon_order_id)
        mp = marketplace_of(order, info)
    answer = client.call(
        "GetAttributes",
        path={"amazonOrderId": amazon_order_id},
        query={"marketplaceIds": [mp]},
    )
    buyer = answer.get("buyer")
    locale = buyer.get("locale") if isinstance(buyer, dict) else None
    if not isinstance(locale, str) or not locale.strip():
        return None
    locale = locale.strip()[:LANGUAGE_LEN]
    with store.session() as s, s.begin():
        ids = buyer_ids(s, order_row(s, amazon_order_id))
        if ids:
            s.execute(update(Buyer).where(Buyer.id.in_(ids)).values(language=locale))
    return locale


def orders_needing_language(store: Store, info: ConnectionInfo, limit: int) -> list[str]:
    """Orders of the connection's marketplaces whose known buyer has no language yet."""
    by_order = select(Order.amazon_order_id).join(Buyer, Buyer.id == Order.buyer_id)
    by_thread = (
        select(Order.amazon_order_id)
        .join(Thread, Thread.amazon_order_id == Order.amazon_order_id)
        .join(Buyer, Buyer.id == Thread.buyer_id)
    )
    found: list[str] = []
    with store.session() as s:
        for base in (by_order, by_thread):
            stmt = base.where(
                Buyer.language.is_(None), Order.marketplace_id.in_(info.marketplace_ids)
            ).order_by(Order.purchase_date.desc(), Order.id.desc())
            for oid in s.scalars(stmt.limit(limit)):
                if oid not in found:
                    found.append(oid)
    return found[:limit]


def sync_buyer_languages(
    store: Store, info: ConnectionInfo, client: SpApiClient, *, limit: int = 50
) -> int:
    """Fetch the locale for up to `limit` buyers that lack one; returns how many were set."""
    done = 0
    for oid in orders_needing_language(store, info, limit):
        if fetch_buyer_language(store, info, client, oid) is not None:
            done += 1
    return done
