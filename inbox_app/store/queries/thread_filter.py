"""ThreadFilter, what the thread list shows, split into a shape and its bind values.

A filter splits into a shape (which conditions apply: part of a statement's cache key)
and its bind values, so one compiled statement serves every filter of the same shape;
`filter_sql` turns a shape into SQL conditions. No SQLAlchemy here: the window's modules
import this before the first paint, which needs no SQLAlchemy (see store/first_page.py).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from inbox_app.store.epochs import to_epoch
from inbox_app.store.marketplaces import BY_CODE

# the statuses of a message that has not (surely) left: the Outbox
OUTBOX_STATUSES = ("queued", "sending", "failed", "unknown")


@dataclass(frozen=True, slots=True)
class ThreadFilter:
    """What the thread list shows. `None` means "no constraint"."""

    states: tuple[str, ...] | None = ("open",)
    marketplace: str | None = None  # code: US, DE...
    opted_out: bool | None = None
    due_before: datetime | None = None  # response due before this instant
    due_after: datetime | None = None
    query: str | None = None  # full-text: words, order id, alias, buyer name
    order_id: int | None = None
    buyer_id: int | None = None
    assigned_to: str | None = None  # a seat's id: the threads assigned to it ("Mine")
    # threads with a message in one of these statuses (the Outbox, Drafts and Sent views)
    message_statuses: tuple[str, ...] | None = None
    sort: Literal["due", "activity"] = "due"

    def due_within(self, hours: float, now: datetime | None = None) -> ThreadFilter:
        now = now or datetime.now(UTC)
        return replace(self, due_before=now + timedelta(hours=hours))


Shape = tuple[Any, ...]


def filter_binds(flt: ThreadFilter) -> tuple[Shape, dict[str, Any]]:
    """The filter's shape (part of the cache key) and its bind values."""
    params: dict[str, Any] = {}
    states = flt.states
    if states is not None:
        params.update({f"state{i}": s for i, s in enumerate(states)})
    if flt.marketplace:
        mp = BY_CODE.get(flt.marketplace.upper())
        params["mp"] = mp.id if mp else "?"
    if flt.opted_out is not None:
        params["opted"] = flt.opted_out
    if flt.due_before is not None:
        params["due_before"] = to_epoch(flt.due_before)
    if flt.due_after is not None:
        params["due_after"] = to_epoch(flt.due_after)
    if flt.order_id is not None:
        params["order_id"] = flt.order_id
    if flt.buyer_id is not None:
        params["buyer_id"] = flt.buyer_id
    if flt.assigned_to is not None:
        params["seat"] = flt.assigned_to
    if flt.message_statuses is not None:
        # few messages wait (Outbox, Drafts): their threads from ix_messages_status; most
        # threads have a sent one (Sent): walk the list's index and probe each thread's
        prefix = "mprobe" if "sent" in flt.message_statuses else "mstatus"
        params.update({f"{prefix}{i}": s for i, s in enumerate(flt.message_statuses)})
    shape = (
        None if states is None else len(states),
        *sorted(k for k in params if not k.startswith("state")),
    )
    return shape, params
