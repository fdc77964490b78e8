"""Live orders from the SP-API into the tables the report import fills.

Incremental by last-update time: each run covers [synced_to, now - 2 min] page by
page. The window and the next page token are saved with each page's orders in one
transaction, so a crash or a lost connection resumes on the page it stopped at, and
a page written twice changes nothing (orders are upserted by Amazon order id).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from inbox_app.amazon.errors import RequestRejectedError, SpApiError
from inbox_app.amazon.orders import delivered_by, search_query, to_parsed
from inbox_app.credentials import CredentialsError
from inbox_app.orders.layouts import Layout
from inbox_app.services.amazon_buyers import sync_buyer_languages
from inbox_app.services.amazon_connections import (
    AmazonConnectionError,
    ConnectionInfo,
    get_connection,
    open_client,
)
from inbox_app.services.order_links import link_threads_to_orders
from inbox_app.services.orders_write import BatchWriter
from inbox_app.services.special_orders import apply_sku_rules, load_classifier
from inbox_app.store.schema import Order, utcnow
from inbox_app.store.source_schema import AmazonConnection

if TYPE_CHECKING:  # the client (httpx) is imported when a connection is opened
    from inbox_app.amazon.client import SpApiClient
    from inbox_app.services.amazon_work import AmazonWork

SP_API_LAYOUT = Layout("sp-api", "Orders API", ())
FIRST_SYNC_DAYS = 30  # how far back the first sync reaches
SETTLE = timedelta(minutes=2)  # lastUpdatedBefore must be this far in the past

# (orders written so far in this run, pages fetched so far): called on the sync thread
Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class SyncResult:
    connection: str
    new: int
    updated: int
    pages: int
    complete: bool  # False: stopped early (error or cancel); the next run resumes
    error: str = ""
    languages: int = 0  # buyers whose language was learnt in this run
    note: str = ""  # a problem after the orders (e.g. no messaging role): orders are fine


def sync_connection(
    work: AmazonWork,
    name: str,
    *,
    languages: bool = True,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    now: Callable[[], datetime] = utcnow,
    first_sync_days: int = FIRST_SYNC_DAYS,
) -> SyncResult:
    """What `inbox-app amazon sync` and the window's background sync do for a connection:
    new and changed orders, then (unless `languages` is False) the language of buyers who
    have none yet. Errors end the run, not raise: the result's `error` is one sentence for
    the seller (a problem after the orders is its `note`) and the next run resumes."""
    info = _connection(work, name)
    try:
        client = open_client(info)
    except (AmazonConnectionError, CredentialsError) as exc:
        return _failed(work, info, SyncResult(info.name, 0, 0, 0, False), str(exc))
    with client:
        result = _run(
            work,
            info,
            client,
            progress=progress,
            cancel=cancel,
            now=now,
            first_days=first_sync_days,
        )
        if not (languages and result.complete):
            return result
        try:
            learnt = sync_buyer_languages(work, info, client)
        except SpApiError as exc:
            return replace(result, note=str(exc))
        return replace(result, languages=learnt)


def _connection(work: AmazonWork, name: str) -> ConnectionInfo:
    with work.reading() as s:
        return get_connection(s, name)


def _row(session: Session, name: str) -> AmazonConnection:
    row = session.scalar(select(AmazonConnection).where(AmazonConnection.name == name))
    if row is None:
        raise LookupError(name)
    return row


def _start_window(
    work: AmazonWork, name: str, now: Callable[[], datetime], first_sync_days: int
) -> tuple[datetime, datetime, str | None]:
    with work.writing() as s:
        row = _row(s, name)
        if row.window_start is None or row.window_end is None:
            start = row.orders_synced_to or (now() - timedelta(days=first_sync_days))
            end = max(start, now() - SETTLE)
            row.window_start, row.window_end, row.page_token = start, end, None
        assert row.window_start is not None and row.window_end is not None
        return row.window_start, row.window_end, row.page_token


def _run(
    work: AmazonWork,
    info: ConnectionInfo,
    api: SpApiClient,
    *,
    progress: Progress | None,
    cancel: CancelCheck | None,
    now: Callable[[], datetime],
    first_days: int,
) -> SyncResult:
    start, end, token = _start_window(work, info.name, now, first_days)
    new = updated = pages = 0
    restarted = False
    while True:
        if cancel is not None and cancel():
            return SyncResult(info.name, new, updated, pages, False)
        query = search_query(info.marketplace_ids, start, end, token)
        try:
            answer = api.call("searchOrders", query=query)
        except RequestRejectedError as exc:
            if token is not None and exc.status == 400 and not restarted:
                # page tokens expire after 24 h: the window again from its first page
                token, restarted = None, True
                continue
            return _failed(work, info, SyncResult(info.name, new, updated, pages, False), str(exc))
        except SpApiError as exc:
            return _failed(work, info, SyncResult(info.name, new, updated, pages, False), str(exc))
        raw_orders = [
            o for o in answer.get("orders") or () if isinstance(o, dict) and o.get("orderId")
        ]
        next_token = (answer.get("pagination") or {}).get("nextToken") or None
        with work.writing() as s:
            writer = BatchWriter(s, SP_API_LAYOUT, load_classifier(s), utcnow())
            if raw_orders:
                batch = [to_parsed(o) for o in raw_orders]
                _, existing = writer.write(batch)
                if existing:
                    apply_sku_rules(s, existing, classifier=writer.classifier)
                _mark_delivered(s, raw_orders)
                link_threads_to_orders(s, [o.amazon_order_id for o in batch])
            row = _row(s, info.name)
            row.page_token = next_token
            if next_token is None:
                row.orders_synced_to = end
                row.window_start = row.window_end = None
                row.last_sync_at = utcnow()
                row.last_error = None
        new += writer.new
        updated += writer.updated
        pages += 1
        if progress is not None:
            progress(new + updated, pages)
        if next_token is None:
            return SyncResult(info.name, new, updated, pages, True)
        token = next_token


def _mark_delivered(session: Session, raw_orders: list[dict[str, Any]]) -> None:
    """The first delivery time seen for each delivered order (never moved later)."""
    rows = [
        {"oid": str(o["orderId"]), "at": at}
        for o in raw_orders
        if (at := delivered_by(o)) is not None
    ]
    if rows:
        table = cast(Table, Order.__table__)
        stmt = (
            update(table)
            .where(table.c.amazon_order_id == bindparam("oid"), table.c.delivered_at.is_(None))
            .values(delivered_at=bindparam("at", type_=table.c.delivered_at.type))
        )
        session.connection().execute(stmt, rows)


def _failed(work: AmazonWork, info: ConnectionInfo, so_far: SyncResult, error: str) -> SyncResult:
    with work.writing() as s:
        _row(s, info.name).last_error = error
    return replace(so_far, error=error)
