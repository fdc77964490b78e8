"""The Orders tab's column sorts, done in SQL: which column, which way, as an ORDER BY
(the model keeps only the ids in that order and reads the rows it shows)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.sql.elements import ColumnElement

from inbox_app.store.marketplaces import BY_ID
from inbox_app.store.queries.columns import I, O, T

COLUMNS = ("order", "purchased", "marketplace", "status", "type", "items", "total", "threads")


@dataclass(frozen=True)
class OrderSort:
    """Sort the orders by `column` (one of COLUMNS), `descending` or not."""

    column: str = "purchased"
    descending: bool = True

    @property
    def is_default(self) -> bool:
        """Newest purchase first: the order the purchase index already serves."""
        return self.column == "purchased" and self.descending


def _key(column: str) -> ColumnElement[Any]:
    if column == "order":
        return O.amazon_order_id
    if column == "purchased":
        return O.purchase_date
    if column == "marketplace":  # the code the table shows (UK, DE...), not the id
        codes = {mp.id: mp.code for mp in BY_ID.values()}
        return case(codes, value=O.marketplace_id, else_="")
    if column == "status":
        return func.coalesce(O.status, "")
    if column == "type":
        return O.order_type
    if column == "items":
        quantity = func.coalesce(func.sum(I.quantity), 0)
        return select(quantity).where(I.order_id == O.id).scalar_subquery()
    if column == "total":
        return func.coalesce(O.total_amount, 0)
    if column == "threads":
        return select(func.count()).where(T.order_id == O.id).scalar_subquery()
    raise ValueError(f"no such order column: {column!r}")


def sorted_by(stmt: Select[Any], sort: OrderSort) -> Select[Any]:
    """`stmt` (selecting from orders) in the order `sort` asks; ties by id, the same way."""
    key = _key(sort.column)
    if sort.descending:
        return stmt.order_by(key.desc().nulls_last(), O.id.desc())
    return stmt.order_by(key.asc().nulls_first(), O.id.asc())
