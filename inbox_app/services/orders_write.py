"""Bulk writes for the order import: buyers, orders and items of one batch of parsed orders.

Set-based SQL (one SELECT per table per batch, then executemany INSERT/UPDATE), never
one ORM flush per row. A value the report does not have (None, or an empty cell)
never overwrites what the store already knows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from inbox_app.orders.layouts import Layout
from inbox_app.orders.model import ParsedItem, ParsedOrder
from inbox_app.orders.special import SkuClassifier
from inbox_app.services.order_buyers import adopt_placeholders
from inbox_app.services.pending_notices import link_waiting
from inbox_app.store.marketplaces import by_relay_address, by_sales_channel
from inbox_app.store.schema import Buyer, Order, OrderItem

_orders = cast(Table, Order.__table__)
_items = cast(Table, OrderItem.__table__)
_buyers = cast(Table, Buyer.__table__)

# Order columns filled straight from ParsedOrder fields of the same name.
_ORDER_TEXT = (
    "fulfillment_channel",
    "sales_channel",
    "ship_service_level",
    "ship_city",
    "ship_state",
    "ship_postal_code",
    "ship_country",
    "currency",
)
_ORDER_OTHER = (
    "purchase_date",
    "last_updated",
    "promise_date",
    "delivery_start",
    "delivery_end",
    "is_business",
    "is_prime",
)
_ORDER_UPDATABLE = (
    *_ORDER_TEXT,
    *_ORDER_OTHER,
    "status",
    "marketplace_id",
    "buyer_id",
    "total_amount",
)
_ITEM_TEXT = ("sku", "asin", "product_name", "currency", "item_status")


def _length(table: Table, column: str) -> int | None:
    return getattr(table.c[column].type, "length", None)


_ORDER_LEN = {c: _length(_orders, c) for c in (*_ORDER_TEXT, "status")}
_ITEM_LEN = {c: _length(_items, c) for c in (*_ITEM_TEXT, "item_key")}


def _fit(value: str | None, limit: int | None) -> str | None:
    # String(n) is not enforced by SQLite but is by PostgreSQL: cut, never fail.
    if value is None or limit is None or len(value) <= limit:
        return value
    return value[:limit]


def _keep_unless_none(column: str) -> Any:
    return func.coalesce(bindparam(f"b_{column}", type_=_orders.c[column].type), _orders.c[column])


_UPDATE_ORDER = (
    update(_orders)
    .where(_orders.c.id == bindparam("b_id"))
    .values(
        {
            **{c: _keep_unless_none(c) for c in _ORDER_UPDATABLE},
            "updated_at": bindparam("b_updated_at", type_=_orders.c.updated_at.type),
        }
    )
)


def _keep_unless_empty(column: str) -> Any:
    value = bindparam(f"b_{column}", type_=_items.c[column].type)
    return func.coalesce(func.nullif(value, ""), _items.c[column])


_UPDATE_ITEM = (
    update(_items)
    .where(_items.c.id == bindparam("b_id"))
    .values(
        {
            **{c: _keep_unless_empty(c) for c in _ITEM_TEXT},
            "item_key": bindparam("b_item_key"),
            "quantity": bindparam("b_quantity"),
            "item_price": func.coalesce(
                bindparam("b_item_price", type_=_items.c.item_price.type), _items.c.item_price
            ),
        }
    )
)


@dataclass
class BatchWriter:
    """Writes batches of one report in the caller's transaction and keeps the counts."""

    session: Session
    layout: Layout
    classifier: SkuClassifier
    now: datetime
    new: int = 0
    updated: int = 0
    items: int = 0
    created: set[str] = field(default_factory=set)  # orders inserted by this import
    _marketplaces: dict[str, str | None] = field(default_factory=dict)

    def write(self, batch: Sequence[ParsedOrder]) -> tuple[list[int], list[int]]:
        """Upsert a batch; returns (ids of inserted orders, ids of existing orders)."""
        orders = _merge_duplicates(batch)
        buyer_ids = self._buyers(orders)
        # an order only the API knew had a placeholder buyer: the report names the real one
        adopt_placeholders(
            self.session,
            {
                oid: buyer_ids[o.buyer_alias]
                for oid, o in orders.items()
                if o.buyer_alias in buyer_ids
            },
        )
        existing = dict(
            self.session.execute(
                select(_orders.c.amazon_order_id, _orders.c.id).where(
                    _orders.c.amazon_order_id.in_(list(orders))
                )
            ).all()
        )
        fresh = [o for oid, o in orders.items() if oid not in existing]
        if fresh:
            self.session.execute(insert(_orders), [self._new_row(o, buyer_ids) for o in fresh])
        updates = [
            self._update_row(existing[oid], o, buyer_ids)
            for oid, o in orders.items()
            if oid in existing
        ]
        if updates:
            self.session.execute(_UPDATE_ORDER, updates)
        new_ids: dict[str, int] = {}
        if fresh:
            new_ids = dict(
                self.session.execute(
                    select(_orders.c.amazon_order_id, _orders.c.id).where(
                        _orders.c.amazon_order_id.in_([o.amazon_order_id for o in fresh])
                    )
                ).all()
            )
        self.new += len(fresh)
        self.created.update(new_ids)
        self.updated += sum(1 for oid in existing if oid not in self.created)
        item_rows = [_item_row(new_ids[o.amazon_order_id], item) for o in fresh for item in o.items]
        self._merge_items(existing, orders, item_rows)
        # a bounce or a blocked notice that came before its order: its thread now
        link_waiting(self.session, list(orders))
        return list(new_ids.values()), list(existing.values())

    def _marketplace(self, order: ParsedOrder) -> str | None:
        key = f"{order.sales_channel or ''}|{order.buyer_alias or ''}"
        if key not in self._marketplaces:
            info = by_sales_channel(order.sales_channel) if order.sales_channel else None
            if info is None and order.buyer_alias:
                info = by_relay_address(order.buyer_alias)
            self._marketplaces[key] = info.id if info else None
        return self._marketplaces[key]

    def _buyers(self, orders: dict[str, ParsedOrder]) -> dict[str, int]:
        names: dict[str, str] = {}
        for o in orders.values():
            if o.buyer_alias and not names.get(o.buyer_alias):
                names[o.buyer_alias] = o.buyer_name or ""
        if not names:
            return {}
        query = select(_buyers.c.alias, _buyers.c.id, _buyers.c.display_name).where(
            _buyers.c.alias.in_(list(names))
        )
        known = {r.alias: (r.id, r.display_name) for r in self.session.execute(query)}
        missing = [a for a in names if a not in known]
        if missing:
            self.session.execute(
                insert(_buyers),
                [
                    {
                        "alias": a,
                        "display_name": _fit(names[a], 200) or "",
                        "marketplace_id": (m.id if (m := by_relay_address(a)) else None),
                        "created_at": self.now,
                    }
                    for a in missing
                ],
            )
            known.update({r.alias: (r.id, r.display_name) for r in self.session.execute(query)})
        unnamed = [
            {"b_id": known[a][0], "b_name": _fit(n, 200)}
            for a, n in names.items()
            if n and not known[a][1] and a not in missing
        ]
        if unnamed:
            self.session.execute(
                update(_buyers)
                .where(_buyers.c.id == bindparam("b_id"))
                .values(display_name=bindparam("b_name")),
                unnamed,
            )
        return {a: v[0] for a, v in known.items()}

    def _common(self, o: ParsedOrder, buyer_ids: dict[str, int]) -> dict[str, Any]:
        row: dict[str, Any] = {c: _fit(getattr(o, c), _ORDER_LEN[c]) for c in _ORDER_TEXT}
        row.update({c: getattr(o, c) for c in _ORDER_OTHER})
        row["status"] = _fit(o.status, _ORDER_LEN["status"])
        row["marketplace_id"] = self._marketplace(o)
        row["buyer_id"] = buyer_ids.get(o.buyer_alias) if o.buyer_alias else None
        row["total_amount"] = o.total_amount
        return row

    def _new_row(self, o: ParsedOrder, buyer_ids: dict[str, int]) -> dict[str, Any]:
        row = self._common(o, buyer_ids)
        for c in _ORDER_TEXT:
            row[c] = row[c] or ""
        row["status"] = row["status"] or self.layout.default_status or ""
        row["is_business"] = bool(row["is_business"])
        row["is_prime"] = bool(row["is_prime"])
        row["amazon_order_id"] = o.amazon_order_id
        row["order_type"] = self.classifier.order_type(i.sku for i in o.items)
        row["order_type_manual"] = False
        row["created_at"] = row["updated_at"] = self.now
        return row

    def _update_row(
        self, order_id: int, o: ParsedOrder, buyer_ids: dict[str, int]
    ) -> dict[str, Any]:
        row = {f"b_{k}": v for k, v in self._common(o, buyer_ids).items()}
        row["b_id"] = order_id
        row["b_updated_at"] = self.now
        return row

    def _merge_items(
        self,
        existing: dict[str, int],
        orders: dict[str, ParsedOrder],
        inserts: list[dict[str, Any]],
    ) -> None:
        updates: list[dict[str, Any]] = []
        if existing:
            stored: dict[int, list[tuple[int, str, str]]] = {}
            for row in self.session.execute(
                select(_items.c.order_id, _items.c.id, _items.c.item_key, _items.c.sku).where(
                    _items.c.order_id.in_(list(existing.values()))
                )
            ):
                stored.setdefault(row.order_id, []).append((row.id, row.item_key, row.sku))
            for oid, order_id in existing.items():
                for item, item_id in _match_items(orders[oid].items, stored.get(order_id, [])):
                    if item_id is None:
                        inserts.append(_item_row(order_id, item))
                    else:
                        updates.append(
                            {f"b_{k}": v for k, v in _item_row(order_id, item).items()}
                            | {"b_id": item_id}
                        )
        if inserts:
            self.session.execute(insert(_items), inserts)
        if updates:
            self.session.execute(_UPDATE_ITEM, updates)
        self.items += len(inserts) + len(updates)


def _item_row(order_id: int, item: ParsedItem) -> dict[str, Any]:
    row: dict[str, Any] = {c: _fit(getattr(item, c), _ITEM_LEN[c]) for c in _ITEM_TEXT}
    row.update(
        order_id=order_id,
        item_key=_fit(item.key, _ITEM_LEN["item_key"]),
        quantity=item.quantity,
        item_price=item.item_price,
    )
    return row


def _sku_keyed(key: str, sku: str) -> bool:
    return bool(sku) and (key == sku or key.startswith(sku + "#"))


def _match_items(
    incoming: Iterable[ParsedItem], stored: list[tuple[int, str, str]]
) -> list[tuple[ParsedItem, int | None]]:
    """Pair incoming items with stored ones: by key, else (order report vs. All Orders:
    item id vs. SKU keys) by a lone stored item with the same SKU. None = new item."""
    by_key = {key: item_id for item_id, key, _ in stored}
    items = list(incoming)
    claimed = {by_key[i.key] for i in items if i.key in by_key}
    pairs: list[tuple[ParsedItem, int | None]] = []
    for item in items:
        found = by_key.get(item.key)
        if found is None and item.sku:
            same = [
                (item_id, key)
                for item_id, key, sku in stored
                if sku == item.sku and item_id not in claimed
            ]
            if len(same) == 1 and (
                _sku_keyed(item.key, item.sku) or _sku_keyed(same[0][1], item.sku)
            ):
                found = same[0][0]
                claimed.add(found)
                if _sku_keyed(item.key, item.sku):
                    # keep the stored order-item-id as the key; it is the better one
                    pairs.append((replace(item, key=same[0][1]), found))
                    continue
        pairs.append((item, found))
    return pairs


def _merge_duplicates(batch: Sequence[ParsedOrder]) -> dict[str, ParsedOrder]:
    """One ParsedOrder per order id (rows of one order need not be consecutive)."""
    merged: dict[str, ParsedOrder] = {}
    for o in batch:
        first = merged.get(o.amazon_order_id)
        merged[o.amazon_order_id] = o if first is None else _merge(first, o)
    return merged


def _merge(a: ParsedOrder, b: ParsedOrder) -> ParsedOrder:
    changes: dict[str, Any] = {
        f.name: getattr(b, f.name)
        for f in fields(a)
        if f.name not in ("items", "line") and getattr(a, f.name) is None
    }
    keys = {i.key for i in a.items}
    changes["items"] = a.items + tuple(i for i in b.items if i.key not in keys)
    return replace(a, **changes)
