"""The SQL conditions a ThreadFilter's shape stands for (thread_filter.filter_binds names
their bind parameters)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, ColumnElement, CompoundSelect, bindparam, exists, select, union_all

from inbox_app.store.queries.columns import TA, B, M, T, raw_ts
from inbox_app.store.queries.thread_filter import Shape


def filter_conditions(shape: Shape) -> list[ColumnElement[bool]]:
    """The WHERE conditions of a filter shape, with bind parameters named as in
    `filter_binds`."""
    n_states, *names = shape
    conds: list[ColumnElement[bool]] = []
    if n_states is not None:
        conds.append(T.state.in_([bindparam(f"state{i}") for i in range(n_states)]))
    statuses: list[Any] = [bindparam(name) for name in names if name.startswith("mstatus")]
    if statuses:
        conds.append(T.id.in_(threads_with_status(statuses)))
    probes: list[Any] = [bindparam(name) for name in names if name.startswith("mprobe")]
    if probes:
        conds.append(exists().where(M.thread_id == T.id, M.status.in_(probes)))
    for name in names:
        if name == "mp":
            conds.append(T.marketplace_id == bindparam("mp"))
        elif name == "opted":
            conds.append(B.opted_out == bindparam("opted", type_=Boolean))
        elif name == "due_before":
            conds.append(raw_ts(T.response_due_at) < bindparam("due_before"))
        elif name == "due_after":
            conds.append(raw_ts(T.response_due_at) >= bindparam("due_after"))
        elif name == "order_id":
            conds.append(T.order_id == bindparam("order_id"))
        elif name == "buyer_id":
            conds.append(T.buyer_id == bindparam("buyer_id"))
        elif name == "seat":
            mine = select(TA.thread_id).where(TA.seat_id == bindparam("seat"))
            conds.append(T.id.in_(mine))
    return conds


def threads_with_status(statuses: list[Any]) -> CompoundSelect[Any]:
    """The thread ids of the messages in these (few-message) statuses: one equality per
    status, so each is a range of ix_messages_status (an IN list over a column of three
    big values is planned as a scan of every message)."""
    return union_all(*(select(M.thread_id).where(M.status == s) for s in statuses))
