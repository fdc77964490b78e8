"""The queue side of the outbox: draft -> queued (with an undo window), undo, and the
seller's resolution of messages that may have been sent (found in sending/unknown).

The sender side (services/outbox.py) takes queued messages whose release_at has passed;
nothing here ever moves a message towards the network on its own.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from inbox_app.policy.types import AttachmentInput, AttachmentScan, Context, Draft, Report
from inbox_app.services.assignments import record_author
from inbox_app.services.compose_target import info_for_thread
from inbox_app.services.drafts import DraftRow, _attachments, _draft_message, owned_by
from inbox_app.services.policy_checks import run_check
from inbox_app.services.sentences import say
from inbox_app.services.threads import recompute_thread
from inbox_app.store.blobs import BlobStore
from inbox_app.store.schema import Attachment, Event, Message

DEFAULT_UNDO_SECONDS = 10
PENDING_STATES = ("sending", "unknown")
OUTBOX_STATES = ("queued", "sending", "sent", "failed", "unknown")
WAITING_STATES = ("queued", "sending", "failed", "unknown")  # not yet sent
Resolution = Literal["resend", "discard", "mark_sent"]


class QueueError(Exception):
    """The draft cannot be queued (a user-facing message)."""


class PolicyBlockedError(QueueError):
    """The final text breaks a blocking rule; `report` says which."""

    def __init__(self, report: Report) -> None:
        blocks = [f.message for f in report.findings if f.severity == "block"]
        super().__init__("; ".join(blocks) or "The message breaks Amazon's rules.")
        self.report = report


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """An outgoing message that is not a draft, for the pane's status line and banner."""

    message_id: int
    thread_id: int
    status: str
    subject: str
    snippet: str
    release_at: datetime | None
    updated_at: datetime
    sent_at: datetime | None
    error: str | None
    send_attempts: int


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(UTC)


def release_time(now: datetime, undo_seconds: float) -> datetime:
    """End of the undo window, rounded UP to the whole second the store keeps."""
    return datetime.fromtimestamp(math.ceil(now.timestamp() + undo_seconds), UTC)


def check_draft(
    blobs: BlobStore,
    draft: DraftRow,
    ctx: Context,
    scans: Mapping[str, AttachmentScan] | None = None,
) -> Report:
    """The policy report for a stored draft in its context, attachments read back from the
    BlobStore (scans the caller already has, by sha256, are not repeated). No session: the
    check may take a while."""
    inputs = tuple(
        AttachmentInput(a.filename, blobs.get(a.sha256), a.sha256) for a in draft.attachments
    )
    return run_check(Draft(draft.subject, draft.body, inputs), ctx, scans)


def _load(session: Session, thread_id: int, seat_id: str | None) -> DraftRow | None:
    message = _draft_message(session, thread_id, seat_id)
    if message is None:
        return None
    return DraftRow(
        message_id=message.id,
        thread_id=thread_id,
        subject=message.subject,
        body=message.body_text,
        important=message.important,
        attachments=_attachments(session, message.id),
        updated_at=message.updated_at,
    )


def draft_to_queue(
    session: Session, thread_id: int, *, now: datetime | None = None, seat_id: str | None = None
) -> tuple[DraftRow, Context]:
    """The stored draft to queue (`seat_id`'s on a team inbox) and its policy context.

    Raises QueueError when there is no draft or it is empty."""
    draft = _load(session, thread_id, seat_id)
    if draft is None:
        raise QueueError(say("no_draft"))
    if not draft.body.strip() and not draft.attachments:
        raise QueueError(say("empty_message"))
    return draft, info_for_thread(session, thread_id, now).context


def mark_queued(
    session: Session,
    draft: DraftRow,
    report: Report,
    undo_seconds: float = DEFAULT_UNDO_SECONDS,
    *,
    now: datetime | None = None,
    seat_id: str | None = None,
) -> int:
    """Queue the checked draft in `session`'s transaction; returns the message id. On a
    team inbox `seat_id` (this seat) is recorded as the reply's author.

    Raises PolicyBlockedError when the report has a blocking finding, QueueError when the
    draft changed since it was checked."""
    if not report.sendable:
        raise PolicyBlockedError(report)
    moment = _now(now)
    thread_id = draft.thread_id
    # What was checked is what is queued: the draft must not have changed meanwhile.
    if _load(session, thread_id, seat_id) != draft:
        raise QueueError(say("draft_changed"))
    session.execute(
        update(Message)
        .where(Message.id == draft.message_id)
        .values(
            status="queued",
            release_at=release_time(moment, undo_seconds),
            created_at=moment,
            updated_at=moment,
            error=None,
            next_attempt_at=None,
        )
    )
    session.add(
        Event(
            kind="queued",
            thread_id=thread_id,
            message_id=draft.message_id,
            detail=report.ruleset_version,
        )
    )
    record_author(session, draft.message_id, seat_id)
    recompute_thread(session, thread_id)
    return draft.message_id


def _merge_into(session: Session, restored: Message, other: Message) -> None:
    """Keep both texts when the seller began a new draft before undoing the last send."""
    if other.body_text.strip():
        restored.body_text = f"{restored.body_text.rstrip()}\n\n{other.body_text}"
    session.execute(
        update(Attachment).where(Attachment.message_id == other.id).values(message_id=restored.id)
    )
    session.delete(other)


def undo_queued(
    session: Session, message_id: int, *, now: datetime | None = None, seat_id: str | None = None
) -> bool:
    """Bring a queued message back to draft (`seat_id`'s on a team inbox) while its undo
    window is open."""
    moment = _now(now)
    result = session.execute(
        update(Message)
        .where(
            Message.id == message_id,
            Message.status == "queued",
            Message.release_at > moment,
        )
        .values(status="draft", release_at=None, updated_at=moment)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return False
    restored = session.get(Message, message_id)
    assert restored is not None
    _settle_as_draft(session, restored, seat_id, "undo_send")
    return True


def return_to_draft(
    session: Session, message_id: int, *, now: datetime | None = None, seat_id: str | None = None
) -> bool:
    """A failed (or held) message back into the thread's draft (`seat_id`'s on a team
    inbox), to be fixed and sent again."""
    moment = _now(now)
    m = session.get(Message, message_id)
    if m is None or m.status != "failed":
        return False
    m.status, m.release_at, m.next_attempt_at, m.updated_at = "draft", None, None, moment
    _settle_as_draft(session, m, seat_id, "failed_to_draft")
    return True


def _settle_as_draft(session: Session, m: Message, seat_id: str | None, event: str) -> None:
    """`m`, just turned back into a draft, becomes `seat_id`'s draft of its thread: merged
    with a draft that seat already has there (one draft per seat and thread), the event
    recorded and the thread's state recomputed."""
    m.draft_seat_id = seat_id
    other = session.scalars(
        select(Message).where(
            Message.thread_id == m.thread_id,
            Message.status == "draft",
            Message.id != m.id,
            owned_by(seat_id),
        )
    ).first()
    if other is not None:
        _merge_into(session, m, other)
    session.add(Event(kind=event, thread_id=m.thread_id, message_id=m.id))
    session.flush()
    recompute_thread(session, m.thread_id)


def _item(m: Message) -> OutboxItem:
    return OutboxItem(
        message_id=m.id,
        thread_id=m.thread_id,
        status=m.status,
        subject=m.subject,
        snippet=" ".join(m.body_text.split())[:120],
        release_at=m.release_at,
        updated_at=m.updated_at,
        sent_at=m.sent_at,
        error=m.error,
        send_attempts=m.send_attempts,
    )


def outbox_items(
    session: Session,
    thread_id: int,
    states: Sequence[str] = WAITING_STATES,
) -> list[OutboxItem]:
    """The thread's outgoing messages in the given states, oldest first."""
    rows = session.scalars(
        select(Message)
        .where(
            Message.thread_id == thread_id,
            Message.direction == "out",
            Message.status.in_(list(states)),
        )
        .order_by(Message.created_at, Message.id)
    )
    return [_item(m) for m in rows]


def pending_unknown(
    session: Session, *, thread_id: int | None = None, started_before: datetime | None = None
) -> list[OutboxItem]:
    """Messages that may have been sent: `unknown`, and `sending` left by a crash.

    `started_before` (the app's start time) keeps a send that is running right now out of
    the list: only a `sending` row last touched before it was left behind by a crash.
    """
    stmt = select(Message).where(Message.status.in_(PENDING_STATES))
    if thread_id is not None:
        stmt = stmt.where(Message.thread_id == thread_id)
    rows = [
        m
        for m in session.scalars(stmt.order_by(Message.updated_at, Message.id))
        if m.status == "unknown" or started_before is None or m.updated_at < started_before
    ]
    return [_item(m) for m in rows]


def resolve_unknown(
    session: Session,
    message_id: int,
    action: Resolution,
    *,
    now: datetime | None = None,
) -> bool:
    """The seller's decision on a message that may have been sent (or failed).

    resend: back to queued, released at once (the seller checked it did not arrive);
    mark_sent: it did arrive; discard: remove it, its text kept in the event log.
    """
    if action not in ("resend", "discard", "mark_sent"):
        raise ValueError(f"unknown action {action!r}")
    moment = _now(now)
    m = session.get(Message, message_id)
    if m is None or m.status not in (*PENDING_STATES, "failed"):
        return False
    thread_id = m.thread_id
    if action == "resend":
        m.status, m.release_at, m.next_attempt_at = "queued", moment, None
        m.error, m.updated_at = None, moment
    elif action == "mark_sent":
        m.status, m.sent_at, m.updated_at = "sent", m.sent_at or moment, moment
    else:
        detail = f"{m.subject}\n\n{m.body_text}"
        session.delete(m)
        session.add(Event(kind="outbox_discarded", thread_id=thread_id, detail=detail))
    if action != "discard":
        session.add(Event(kind=f"outbox_{action}", thread_id=thread_id, message_id=message_id))
    session.flush()
    recompute_thread(session, thread_id)
    return True


def undo_deadline(item: OutboxItem, now: datetime | None = None) -> timedelta | None:
    """Time left to undo a queued message, None once the window has closed."""
    if item.status != "queued" or item.release_at is None:
        return None
    left = item.release_at - _now(now)
    return left if left > timedelta(0) else None
