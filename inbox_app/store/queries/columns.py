"""The tables' columns as the read queries name them, and the raw epoch helpers they share."""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, literal_column, type_coerce
from sqlalchemy.sql.elements import ColumnClause

from inbox_app.store.epochs import NEVER_EPOCH
from inbox_app.store.schema import (
    Attachment,
    Buyer,
    Marketplace,
    Message,
    Order,
    OrderItem,
    Thread,
)
from inbox_app.store.team_schema import Seat, ThreadAssignment

T = Thread.__table__.c
B = Buyer.__table__.c
O = Order.__table__.c  # noqa: E741
I = OrderItem.__table__.c  # noqa: E741
MP = Marketplace.__table__.c
M = Message.__table__.c
A = Attachment.__table__.c
TA = ThreadAssignment.__table__.c
SEAT = Seat.__table__.c

DUE_KEY: ColumnClause[Any] = literal_column(f"coalesce(threads.response_due_at, {NEVER_EPOCH})")
# raw epoch columns for keyset cursors (a datetime inside tuple_() would skip the type)
ACTIVITY_KEY: ColumnClause[Any] = literal_column("threads.last_activity_at")


def raw_ts(col: Any) -> Any:
    """A timestamp column as raw epoch seconds (no per-row conversion)."""
    return type_coerce(col, BigInteger)
