"""The sidebar's counts of the saved views: a handful of indexed COUNTs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import ColumnElement, Connection, and_, func, select

from inbox_app.store.marketplaces import BY_ID
from inbox_app.store.queries.columns import TA, B, T
from inbox_app.store.queries.filter_sql import threads_with_status
from inbox_app.store.queries.thread_filter import OUTBOX_STATUSES
from inbox_app.store.rows import ViewCounts
from inbox_app.store.schema import Buyer, Thread


def view_counts(
    conn: Connection,
    now: datetime | None = None,
    soon_hours: float = 4,
    *,
    seat_id: str | None = None,
) -> ViewCounts:
    """Counts of the saved views; a handful of indexed COUNTs (with `seat_id`, a team
    seat's, also its "Mine": the open threads assigned to it)."""
    now = now or datetime.now(UTC)

    def count(*conds: ColumnElement[bool], join_buyer: bool = False) -> int:
        stmt = select(func.count()).select_from(Thread)
        if join_buyer:
            stmt = stmt.join(Buyer, B.id == T.buyer_id)
        return int(conn.execute(stmt.where(*conds)).scalar_one())

    def messages_with(*statuses: str) -> int:  # the Outbox counts messages, not threads
        ids = threads_with_status(list(statuses)).subquery()
        return int(conn.execute(select(func.count()).select_from(ids)).scalar_one())

    def threads_with(*statuses: str) -> int:  # ranges of ix_messages_status: small sets
        ids = threads_with_status(list(statuses)).subquery()
        stmt = select(func.count(func.distinct(ids.c.thread_id)))
        return int(conn.execute(stmt).scalar_one())

    is_open = T.state == "open"
    per_mp = {
        (BY_ID[mp].code if mp in BY_ID else "?"): int(n)
        for mp, n in conn.execute(
            select(T.marketplace_id, func.count())
            .where(is_open, T.marketplace_id.is_not(None))
            .group_by(T.marketplace_id)
        )
    }
    return ViewCounts(
        all_open=count(is_open),
        due_soon=count(
            is_open,
            and_(T.response_due_at >= now, T.response_due_at < now + timedelta(hours=soon_hours)),
        ),
        overdue=count(is_open, T.response_due_at < now),
        opted_out=count(is_open, B.opted_out.is_(True), join_buyer=True),
        answered=count(T.state == "answered"),
        no_response_needed=count(T.state == "no_response_needed"),
        per_marketplace=per_mp,
        outbox=messages_with(*OUTBOX_STATUSES),
        drafts=threads_with("draft"),
        mine=(
            None
            if seat_id is None
            else count(is_open, T.id.in_(select(TA.thread_id).where(TA.seat_id == seat_id)))
        ),
    )
