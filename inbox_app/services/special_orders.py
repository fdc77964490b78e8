"""Special orders: the seller's SKU rules, order types inherited from them, manual marks,
and the order facts the policy checker needs (type, days since delivery, marketplace).

Precedence and matching are documented in `inbox_app.orders.special`: custom >
handmade > wine > standard; exact SKU before pattern; letter case ignored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Table, delete, func, select, update
from sqlalchemy.orm import Session

from inbox_app.orders.sentences import say
from inbox_app.orders.special import STANDARD, SkuClassifier, check_type, clean_pattern
from inbox_app.store.schema import ORDER_TYPES, Marketplace, Order, OrderItem, SkuRule, utcnow

_CHUNK = 500
_orders = cast(Table, Order.__table__)
_items = cast(Table, OrderItem.__table__)


@dataclass(frozen=True, slots=True)
class SkuRuleInfo:
    id: int
    pattern: str
    order_type: str


@dataclass(frozen=True, slots=True)
class OrderPolicyInfo:
    """What the policy checker needs to know about an order."""

    order_type: str  # standard | handmade | custom | wine
    # whole days since delivery (delivered_at, else the latest delivery date);
    # negative while delivery is still ahead; None when no date is known
    delivered_days_ago: int | None
    marketplace_code: str | None  # US, UK, DE...
    amazon_order_id: str
    review_already_requested: bool
    status: str = ""
    order_type_manual: bool = False
    # whole days since purchase: a fallback where the report gave no delivery date
    # (All Orders reports have none)
    purchase_days_ago: int | None = None


def list_sku_rules(session: Session) -> list[SkuRuleInfo]:
    rows = session.execute(select(SkuRule.id, SkuRule.pattern, SkuRule.order_type))
    return sorted(
        (SkuRuleInfo(r.id, r.pattern, r.order_type) for r in rows),
        key=lambda r: r.pattern.casefold(),
    )


def add_sku_rule(
    session: Session, pattern: str, order_type: str, *, reapply: bool = True
) -> SkuRuleInfo:
    """Mark a SKU or pattern as handmade / custom / wine (replacing its earlier type).

    With `reapply` every order's inherited type is brought up to date at once.
    """
    text = clean_pattern(pattern)
    check_type(order_type)
    # matching ignores letter case, so "hm-*" and "HM-*" are one rule
    rule = session.execute(
        select(SkuRule).where(func.lower(SkuRule.pattern) == text.lower())
    ).scalar_one_or_none()
    if rule is None:
        rule = SkuRule(pattern=text, order_type=order_type)
        session.add(rule)
    else:
        rule.pattern = text
        rule.order_type = order_type
    session.flush()
    if reapply:
        apply_sku_rules(session)
    return SkuRuleInfo(rule.id, rule.pattern, rule.order_type)


def remove_sku_rule(session: Session, pattern: str, *, reapply: bool = True) -> bool:
    """Forget a rule; False when there was none for `pattern`."""
    result = session.execute(
        delete(SkuRule).where(func.lower(SkuRule.pattern) == pattern.strip().lower())
    )
    removed = bool(getattr(result, "rowcount", 0))
    if removed and reapply:
        apply_sku_rules(session)
    return removed


def load_classifier(session: Session) -> SkuClassifier:
    return SkuClassifier(session.execute(select(SkuRule.pattern, SkuRule.order_type)).all())


def apply_sku_rules(
    session: Session,
    order_ids: Iterable[int] | None = None,
    *,
    classifier: SkuClassifier | None = None,
) -> int:
    """Give orders (all, or `order_ids`) the type their items' SKUs inherit.

    Orders the seller marked by hand (`order_type_manual`) are left alone. Returns
    the number of orders whose type changed.
    """
    rules = classifier if classifier is not None else load_classifier(session)
    if order_ids is None:
        ids = list(
            session.execute(select(_orders.c.id).where(_orders.c.order_type_manual.is_(False)))
            .scalars()
            .all()
        )
    else:
        ids = sorted(set(order_ids))
    changed = 0
    for start in range(0, len(ids), _CHUNK):
        changed += _apply_chunk(session, ids[start : start + _CHUNK], rules)
    return changed


def _apply_chunk(session: Session, ids: list[int], rules: SkuClassifier) -> int:
    current = dict(
        session.execute(
            select(_orders.c.id, _orders.c.order_type).where(
                _orders.c.id.in_(ids), _orders.c.order_type_manual.is_(False)
            )
        ).all()
    )
    skus: dict[int, list[str]] = defaultdict(list)
    if rules:
        for order_id, sku in session.execute(
            select(_items.c.order_id, _items.c.sku).where(_items.c.order_id.in_(list(current)))
        ).all():
            skus[order_id].append(sku)
    wanted: dict[str, list[int]] = defaultdict(list)
    for order_id, old in current.items():
        new = rules.order_type(skus.get(order_id, ())) if rules else STANDARD
        if new != old:
            wanted[new].append(order_id)
    for order_type, changed_ids in wanted.items():
        session.execute(
            update(_orders).where(_orders.c.id.in_(changed_ids)).values(order_type=order_type)
        )
    return sum(len(v) for v in wanted.values())


def set_order_type(session: Session, order_id: int, order_type: str | None) -> str:
    """Mark one order by hand; `None` or "auto" returns it to its SKUs' type.

    Returns the order's type afterwards. LookupError for an unknown order,
    ValueError for an unknown type.
    """
    order = session.get(Order, order_id)
    if order is None:
        raise LookupError(f"order {order_id} does not exist")
    if order_type is None or order_type == "auto":
        order.order_type_manual = False
        session.flush()
        apply_sku_rules(session, [order_id])
        session.refresh(order, ["order_type"])
        return order.order_type
    if order_type not in ORDER_TYPES:
        types = ", ".join(ORDER_TYPES)
        raise ValueError(say("unknown_order_type", value=repr(order_type), types=types))
    order.order_type = order_type
    order.order_type_manual = True
    session.flush()
    return order_type


def order_policy_context(
    session: Session, order_id: int, *, now: datetime | None = None
) -> OrderPolicyInfo:
    """The policy-relevant facts of one order (LookupError if it does not exist)."""
    row = session.execute(
        select(Order, Marketplace.code)
        .outerjoin(Marketplace, Marketplace.id == Order.marketplace_id)
        .where(Order.id == order_id)
    ).one_or_none()
    if row is None:
        raise LookupError(f"order {order_id} does not exist")
    order, code = row
    now = now or utcnow()
    delivered = order.delivered_at or order.delivery_end
    days = None if delivered is None else (now - delivered).days
    purchased = None if order.purchase_date is None else (now - order.purchase_date).days
    return OrderPolicyInfo(
        order_type=order.order_type,
        delivered_days_ago=days,
        marketplace_code=code,
        amazon_order_id=order.amazon_order_id,
        review_already_requested=order.review_requested_at is not None,
        status=order.status,
        order_type_manual=order.order_type_manual,
        purchase_days_ago=purchased,
    )
