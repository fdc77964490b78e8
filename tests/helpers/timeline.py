"""Hand-built timelines for the response-time tests: threads, buyer messages, replies,
Amazon notices and "no response needed" marks, written the way the app writes them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from inbox_app.services.threads import mark_no_response_needed, recompute_thread, reopen_thread
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Buyer, Marketplace, Message, Thread

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


class Timeline:
    """Events placed in hours before `now` (positive = in the past)."""

    def __init__(self, store: Store, now: datetime = NOW) -> None:
        self.store = store
        self.now = now
        self._n = 0

    def at(self, hours_ago: float) -> datetime:
        return self.now - timedelta(hours=hours_ago)

    def thread(self, code: str | None = "US", subject: str = "Where is my order?") -> int:
        self._n += 1
        with self.store.session() as s, s.begin():
            mp = None
            if code is not None:
                mp = s.scalar(select(Marketplace.id).where(Marketplace.code == code))
            buyer = Buyer(
                alias=f"buyer{self._n:04d}xyzab@marketplace.amazon.com",
                display_name=f"Buyer {self._n}",
                marketplace_id=mp,
            )
            s.add(buyer)
            s.flush()
            t = Thread(
                buyer_id=buyer.id,
                subject=subject,
                marketplace_id=mp,
                amazon_order_id=f"111-{self._n:07d}-0000001",
                created_at=self.now,
            )
            s.add(t)
            s.flush()
            return t.id

    def _message(self, thread_id: int, **values: object) -> int:
        with self.store.session() as s, s.begin():
            m = Message(thread_id=thread_id, subject="x", body_text="text", **values)
            s.add(m)
            s.flush()
            recompute_thread(s, thread_id, reopen=values.get("direction") == "in")
            return m.id

    def buyer(self, thread_id: int, hours_ago: float) -> int:
        t = self.at(hours_ago)
        return self._message(thread_id, direction="in", status="received", created_at=t)

    def notice(self, thread_id: int, hours_ago: float, kind: str = "bounce") -> int:
        t = self.at(hours_ago)
        return self._message(
            thread_id,
            direction="in",
            status="received",
            created_at=t,
            notice_kind=kind,
            notice_text="Amazon notice",
        )

    def reply(
        self,
        thread_id: int,
        hours_ago: float,
        status: str = "sent",
        *,
        drafted_hours_ago: float | None = None,
    ) -> int:
        t = self.at(hours_ago)
        created = self.at(drafted_hours_ago) if drafted_hours_ago is not None else t
        return self._message(
            thread_id,
            direction="out",
            status=status,
            created_at=created,
            sent_at=t if status == "sent" else None,
        )

    def copy(self, thread_id: int, hours_ago: float) -> int:
        """A reply the seller sent through Seller Central (the copy Amazon mails back)."""
        t = self.at(hours_ago)
        return self._message(
            thread_id, direction="out", status="sent", created_at=t, sent_at=t, notice_kind="copy"
        )

    def mark(self, thread_id: int, hours_ago: float) -> None:
        with self.store.session() as s, s.begin():
            mark_no_response_needed(s, thread_id, at=self.at(hours_ago))

    def reopen(self, thread_id: int, hours_ago: float) -> None:
        with self.store.session() as s, s.begin():
            reopen_thread(s, thread_id, at=self.at(hours_ago))
