"""The Orders tab's reads: order pages (newest purchase first, filtered by words of an
order id, SKU, product or buyer) and one order's detail with its items."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    String,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    tuple_,
    type_coerce,
)
from sqlalchemy.sql.elements import BindParameter, ColumnClause

from inbox_app.store.epochs import from_epoch, to_epoch
from inbox_app.store.marketplaces import BY_CODE, BY_ID
from inbox_app.store.queries.columns import B, I, O, T, raw_ts
from inbox_app.store.rows import PAGE_SIZE, OrderDetail, OrderItemRow, OrderRow
from inbox_app.store.schema import Buyer, Order
from inbox_app.store.statements import fetch


def _money(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


def _order_select(*extra: Any) -> Select[Any]:
    thread_count = select(func.count()).where(T.order_id == O.id).scalar_subquery()
    item_count = (
        select(func.coalesce(func.sum(I.quantity), 0)).where(I.order_id == O.id).scalar_subquery()
    )
    first_product = (
        select(I.product_name).where(I.order_id == O.id).order_by(I.id).limit(1).scalar_subquery()
    )
    return (
        select(
            O.id,
            O.amazon_order_id,
            O.marketplace_id,
            raw_ts(O.purchase_date),
            O.status,
            O.order_type,
            O.currency,
            type_coerce(O.total_amount, String),
            item_count,
            first_product,
            thread_count,
            B.alias,
            raw_ts(O.delivery_end),
            *extra,
        )
        .select_from(Order)
        .outerjoin(Buyer, B.id == O.buyer_id)
    )


def _order_row(r: Sequence[Any]) -> OrderRow:
    mp = BY_ID.get(r[2]) if r[2] else None
    return OrderRow(
        id=r[0],
        amazon_order_id=r[1],
        marketplace=mp.code if mp else "",
        purchase_date=from_epoch(r[3]),
        status=r[4],
        order_type=r[5],
        currency=r[6],
        total_amount=_money(r[7]),
        item_count=int(r[8]),
        first_product=r[9] or "",
        thread_count=int(r[10]),
        buyer_alias=r[11],
        delivery_end=from_epoch(r[12]),
    )


MAX_FILTER_WORDS = 8  # a pasted paragraph is not eight times the work


def order_binds(
    query: str | None, marketplace: str | None, order_type: str | None
) -> dict[str, Any]:
    """Bind values of an order search; which keys are present is the statement's shape.
    Each word of `query` must match the order id (prefix), a SKU, a product name or the
    buyer's name or alias (a substring, any letter case)."""
    params: dict[str, Any] = {}
    words = (query or "").split()[:MAX_FILTER_WORDS]
    for n, word in enumerate(words):
        bare = word.replace("%", "").replace("_", "")
        params[f"w{n}"] = word
        params[f"w{n}_prefix"] = bare + "%"
        params[f"w{n}_like"] = "%" + bare + "%"
    if marketplace:
        mp = BY_CODE.get(marketplace.upper())
        params["mp"] = mp.id if mp else "?"
    if order_type:
        params["order_type"] = order_type
    return params


def _word_matches(n: int) -> ColumnElement[bool]:
    like: BindParameter[str] = bindparam(f"w{n}_like")
    by_item = select(I.order_id).where(
        or_(I.sku == bindparam(f"w{n}"), I.sku.ilike(like), I.product_name.ilike(like))
    )
    by_buyer = select(B.id).where(or_(B.display_name.ilike(like), B.alias.ilike(like)))
    return or_(
        O.amazon_order_id.like(bindparam(f"w{n}_prefix")),
        O.id.in_(by_item),
        O.buyer_id.in_(by_buyer),
    )


def order_conditions(params: dict[str, Any]) -> list[ColumnElement[bool]]:
    """The WHERE conditions for the binds `order_binds` made."""
    conds: list[ColumnElement[bool]] = []
    n = 0
    while f"w{n}" in params:
        conds.append(_word_matches(n))
        n += 1
    if "mp" in params:
        conds.append(O.marketplace_id == bindparam("mp"))
    if "order_type" in params:
        conds.append(O.order_type == bindparam("order_type"))
    return conds


def order_page(
    conn: Connection,
    *,
    query: str | None = None,
    marketplace: str | None = None,
    order_type: str | None = None,
    limit: int = PAGE_SIZE,
    after: tuple[int, ...] | None = None,
) -> tuple[tuple[OrderRow, ...], tuple[int, ...] | None]:
    """Orders, newest purchase first; `query` as in `order_binds`."""
    params = order_binds(query, marketplace, order_type)
    params["limit"] = limit
    if after is not None:
        params["a0"], params["a1"] = after
    shape = tuple(sorted(params))

    def build() -> Select[Any]:
        stmt = _order_select().where(*order_conditions(params))
        purchase_key: ColumnClause[Any] = literal_column("coalesce(orders.purchase_date, 0)")
        if "a0" in params:
            stmt = stmt.where(tuple_(purchase_key, O.id) < tuple_(bindparam("a0"), bindparam("a1")))
        return stmt.order_by(purchase_key.desc(), O.id.desc()).limit(bindparam("limit"))

    rows = tuple(_order_row(r) for r in fetch(conn, ("orders", shape), build, params))
    cursor = None
    if len(rows) == limit:
        last = rows[-1]
        cursor = (to_epoch(last.purchase_date) if last.purchase_date else 0, last.id)
    return rows, cursor


def order_rows(conn: Connection, order_ids: Sequence[int]) -> dict[int, OrderRow]:
    """Fresh rows for some orders, by id (what a list model shows)."""
    if not order_ids:
        return {}
    found = conn.execute(_order_select().where(O.id.in_(list(order_ids)))).all()
    return {r[0]: _order_row(r) for r in found}


_ORDER_DETAIL_EXTRA = (
    raw_ts(O.last_updated),
    raw_ts(O.promise_date),
    raw_ts(O.delivery_start),
    raw_ts(O.delivery_end),
    raw_ts(O.delivered_at),
    raw_ts(O.review_requested_at),
    O.order_type_manual,
    O.fulfillment_channel,
    O.ship_service_level,
    O.ship_city,
    O.ship_country,
    B.display_name,
    B.opted_out,
)


def order_detail(conn: Connection, order_id: int) -> OrderDetail | None:
    found = fetch(
        conn,
        "order_detail",
        lambda: _order_select(*_ORDER_DETAIL_EXTRA).where(O.id == bindparam("oid")),
        {"oid": order_id},
    )
    if not found:
        return None
    r = found[0]
    x = r[13:]
    items = tuple(
        OrderItemRow(i[0], i[1], i[2], i[3], i[4], _money(i[5]), i[6], i[7])
        for i in fetch(
            conn,
            "order_items",
            lambda: (
                select(
                    I.id,
                    I.sku,
                    I.asin,
                    I.product_name,
                    I.quantity,
                    type_coerce(I.item_price, String),
                    I.currency,
                    I.item_status,
                )
                .where(I.order_id == bindparam("oid"))
                .order_by(I.id)
            ),
            {"oid": order_id},
        )
    )
    return OrderDetail(
        order=_order_row(r),
        items=items,
        last_updated=from_epoch(x[0]),
        promise_date=from_epoch(x[1]),
        delivery_start=from_epoch(x[2]),
        delivery_end=from_epoch(x[3]),
        delivered_at=from_epoch(x[4]),
        review_requested_at=from_epoch(x[5]),
        order_type_manual=bool(x[6]),
        fulfillment_channel=x[7],
        ship_service_level=x[8],
        ship_city=x[9],
        ship_country=x[10],
        buyer_name=x[11],
        buyer_opted_out=bool(x[12]),
    )
