"""Small helpers shared by the mail integration tests."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from inbox_app.services.threads import recompute_thread
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Message, Thread, utcnow


def count(store: Store, model: type, *where: object) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def queue_reply(store: Store, body: str = "Hello Anna, it ships today.") -> int:
    """What the compose pane does on Send: a queued message whose undo window has passed."""
    with store.session() as s, s.begin():
        thread = s.scalars(select(Thread).order_by(Thread.id)).first()
        assert thread is not None
        m = Message(
            thread_id=thread.id,
            direction="out",
            status="queued",
            subject=f"RE: {thread.subject}",
            body_text=body,
            release_at=utcnow() - timedelta(seconds=1),
        )
        s.add(m)
        s.flush()
        recompute_thread(s, thread.id)
        return m.id


def message(store: Store, message_id: int) -> Message:
    with store.session() as s:
        m = s.get(Message, message_id)
        assert m is not None
        return m
