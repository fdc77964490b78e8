"""The outbox sender: queued -> sending -> sent | failed | unknown, never a silent double send.

A message is claimed (queued -> sending, Message-ID fixed) in its own committed
transaction BEFORE the server is contacted, so a crash leaves it in `sending`, shown as
"may have been sent" and never resent automatically. Transient errors go back to
`queued` with a backoff; an account problem (wrong password) stops the run at once.
Each step is a session or a transaction of the façade's Work (MailService's sync hands
it over); none is open while the server is asked.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from inbox_app.mail.compose import OutgoingAttachment, OutgoingMail, new_message_id
from inbox_app.mail.sentences import say
from inbox_app.mail.smtp_send import SendResult
from inbox_app.policy import check
from inbox_app.policy.types import AttachmentInput, Draft
from inbox_app.services.compose_target import context_for_thread
from inbox_app.services.reply_headers import reply_headers
from inbox_app.services.threads import lock_thread, recompute_thread
from inbox_app.services.work import Work
from inbox_app.store.blobs import BlobStore
from inbox_app.store.placeholder_buyers import is_placeholder
from inbox_app.store.schema import Attachment, Buyer, Event, Message, Thread, utcnow

# the final check, on the claim's session (the thread and its buyer are loaded there)
PolicyCheck = Callable[[Session, int, OutgoingMail], str | None]

MAX_ATTEMPTS = 8
BASE_DELAY = timedelta(minutes=1)
MAX_DELAY = timedelta(hours=1)


class Sender(Protocol):
    """Where the outbox UI and the SMTP sender meet."""

    def send(self, message: OutgoingMail) -> SendResult: ...


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class SenderIdentity:
    account_id: int
    address: str
    display_name: str = ""


@dataclass
class OutboxSummary:
    sent: int = 0
    failed: int = 0
    unknown: int = 0
    retrying: int = 0
    held: int = 0  # stopped by the final policy check
    error: str | None = None  # why the run stopped early (offline, wrong password...)
    cancelled: bool = False
    details: list[str] = field(default_factory=list)


def backoff(attempts: int) -> timedelta:
    delay: timedelta = min(BASE_DELAY * (2 ** max(0, attempts - 1)), MAX_DELAY)
    return delay + timedelta(seconds=random.uniform(0, delay.total_seconds() / 10))


def _final_policy_check(session: Session, thread_id: int, mail: OutgoingMail) -> str | None:
    """The policy checker on the final text, exactly as it will be sent; a reason if held.
    Read in the claim's transaction: what it checks against is what the claim locked."""
    draft = Draft(
        subject=mail.subject,
        body=mail.body,
        attachments=tuple(AttachmentInput(a.filename, a.data) for a in mail.attachments),
    )
    report = check(draft, context_for_thread(session, thread_id))
    if report.sendable:
        return None
    findings = [f.message for f in report.findings if f.severity == "block"]
    return "Held by the policy check: " + ("; ".join(findings[:3]) or "not sendable")


def _due(account_id: int, now: datetime) -> list[ColumnElement[bool]]:
    return [
        Message.status == "queued",
        Message.direction == "out",
        or_(Message.release_at.is_(None), Message.release_at <= now),
        or_(Message.next_attempt_at.is_(None), Message.next_attempt_at <= now),
        or_(Thread.account_id == account_id, Thread.account_id.is_(None)),
    ]


def due_message_ids(session: Session, account_id: int, now: datetime) -> list[int]:
    """Queued messages of this account whose undo window and backoff have passed."""
    rows = session.execute(
        select(Message.id)
        .join(Thread, Thread.id == Message.thread_id)
        .where(*_due(account_id, now))
        .order_by(Message.release_at, Message.id)
    )
    return [r[0] for r in rows]


def _lock_next_due(
    s: Session, account_id: int, now: datetime, passed: set[int], *, wait_for_thread: bool
) -> tuple[Message, Thread | None, Buyer | None] | None:
    """The first due message no other seat is claiming, row-locked for this transaction.

    On a team's PostgreSQL store `FOR UPDATE ... SKIP LOCKED LIMIT 1` makes seats take
    different messages: a seat never runs the final check on (or waits for) a message
    another seat is claiming, and once a claim commits the status is no longer `queued`
    for anyone. First pass: the message and its thread locked together, skipping both (a
    thread busy with another seat's claim or settle costs nothing, no lock is waited for).
    Second pass, when only busy threads are left: the message skipped if locked, its
    thread waited for. (SQLite's BEGIN IMMEDIATE serializes writers already; SQLAlchemy
    renders no FOR UPDATE there.) The thread (when locked here) and its buyer come in the
    same statement; the buyer is not locked."""
    query = (
        select(Message, Thread, Buyer)
        .join(Thread, Thread.id == Message.thread_id)
        .outerjoin(Buyer, Buyer.id == Thread.buyer_id)
        .where(*_due(account_id, now))
        .order_by(Message.release_at, Message.id)
        .limit(1)
        .execution_options(populate_existing=True)
    )
    if passed:
        query = query.where(Message.id.not_in(passed))
    if wait_for_thread:  # the thread is waited for by lock_thread, then read
        row = s.execute(query.with_for_update(skip_locked=True, of=Message)).first()
        return None if row is None else (row[0], None, row[2])
    row = s.execute(query.with_for_update(skip_locked=True, of=(Message, Thread))).first()
    return None if row is None else (row[0], row[1], row[2])


@dataclass(frozen=True, slots=True)
class _Claimed:
    message_id: int
    mail: OutgoingMail


@dataclass(frozen=True, slots=True)
class _Held:
    reason: str


@dataclass(frozen=True, slots=True)
class _Passed:
    message_id: int  # nobody to mail yet: left queued, not taken again in this run


def _claim_next(
    work: Work,
    me: SenderIdentity,
    now: datetime,
    policy_check: PolicyCheck,
    passed: set[int],
) -> _Claimed | _Held | _Passed | None:
    """The next due message: queued -> sending (committed before any network I/O), or
    held by the final policy check on its text exactly as it will be sent. None when
    nothing due is left for this seat."""
    for wait_for_thread in (False, True):
        with work.writing() as s:
            due = _lock_next_due(s, me.account_id, now, passed, wait_for_thread=wait_for_thread)
            if due is None:
                continue
            m, thread, buyer = due
            if thread is None:  # second pass: the thread is waited for now
                thread = lock_thread(s, m.thread_id)
            if thread is None or buyer is None or is_placeholder(buyer.alias):
                return _Passed(m.id)  # a placeholder buyer has no relay alias yet
            headers = (m.in_reply_to, m.references)
            if headers[0] is None or headers[1] is None:
                headers = reply_headers(s, thread.id, m.in_reply_to)
            mail = _outgoing(s, work.blobs, m, buyer.alias, me, headers=headers)
            held = _checked(s, thread.id, mail, policy_check)
            if held is not None:
                m.status, m.error, m.updated_at = "failed", held, now
                s.add(Event(kind="send_held", thread_id=thread.id, message_id=m.id, detail=held))
                recompute_thread(s, thread.id, locked=thread)
                return _Held(held)
            m.message_id_header = mail.message_id
            m.in_reply_to, m.references = headers
            m.status = "sending"
            m.send_attempts += 1
            m.updated_at = now
            if thread.account_id is None:
                thread.account_id = me.account_id
            s.add(Event(kind="sending", thread_id=thread.id, message_id=m.id, at=now))
            recompute_thread(s, thread.id, locked=thread)
            return _Claimed(m.id, mail)
    return None


def _outgoing(
    s: Session,
    blobs: BlobStore,
    m: Message,
    to_addr: str,
    me: SenderIdentity,
    *,
    headers: tuple[str | None, str | None],
) -> OutgoingMail:
    """The mail exactly as it will be sent (nothing written to `m` yet)."""
    in_reply_to, references = headers
    atts = s.scalars(select(Attachment).where(Attachment.message_id == m.id)).all()
    return OutgoingMail(
        from_addr=me.address,
        from_name=me.display_name,
        to_addr=to_addr,
        subject=m.subject,
        body=m.body_text,
        message_id=m.message_id_header or new_message_id(me.address),
        in_reply_to=in_reply_to,
        references=tuple((references or "").split()),
        attachments=tuple(
            OutgoingAttachment(a.filename, a.media_type, blobs.get(a.sha256)) for a in atts
        ),
    )


def _checked(
    s: Session, thread_id: int, mail: OutgoingMail, policy_check: PolicyCheck
) -> str | None:
    """The final policy check's reason to hold `mail`, or None to send it."""
    try:
        return policy_check(s, thread_id, mail)
    except Exception as exc:  # a checker bug must never let an unchecked message out
        return f"Held: the policy check could not run ({type(exc).__name__}); nothing was sent."


def _settle(work: Work, message_id: int, result: SendResult, now: datetime) -> str:
    """Record the outcome; returns the new status."""
    with work.writing() as s:
        # the message and its thread in one statement, the thread locked before any write
        # (see lock_thread); the message is this seat's claim
        m, thread = s.execute(
            select(Message, Thread)
            .join(Thread, Thread.id == Message.thread_id)
            .where(Message.id == message_id)
            .with_for_update(of=Thread)
            .execution_options(populate_existing=True)
        ).one()
        if result.outcome == "sent":
            m.status, m.sent_at, m.error, m.next_attempt_at = "sent", now, None, None
        elif result.outcome == "permanent":
            m.status, m.error = "failed", result.detail
        elif result.outcome == "unknown":
            m.status, m.error = "unknown", result.detail
        elif result.outcome == "account_error":
            m.status, m.error = "queued", result.detail
            m.send_attempts = max(0, m.send_attempts - 1)  # nothing was attempted
        elif m.send_attempts >= MAX_ATTEMPTS:
            m.status = "failed"
            m.error = say("gave_up", count=m.send_attempts, reason=result.detail)
        else:
            m.status, m.error = "queued", result.detail
            m.next_attempt_at = now + backoff(m.send_attempts)
        m.updated_at = now
        s.add(
            Event(
                kind=f"send_{m.status}",
                thread_id=m.thread_id,
                message_id=m.id,
                at=now,
                detail=(result.detail or "")[:500],
            )
        )
        recompute_thread(s, m.thread_id, locked=thread)
        return m.status


def run_outbox(
    work: Work,
    sender: Sender,
    me: SenderIdentity,
    *,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: CancelFlag | None = None,
    policy_check: PolicyCheck = _final_policy_check,
) -> OutboxSummary:
    """Send every due message of this account once. Safe to call from a worker thread;
    seats draining one team outbox at once each take the next message nobody else has."""
    now = now or utcnow()
    summary = OutboxSummary()
    with work.reading() as s:
        total = len(due_message_ids(s, me.account_id, now))
    passed: set[int] = set()
    done = 0
    while True:
        if cancel is not None and cancel.is_set():
            summary.cancelled = True
            break
        got = _claim_next(work, me, now, policy_check, passed)
        if got is None:
            break
        if isinstance(got, _Passed):
            passed.add(got.message_id)
            continue
        if isinstance(got, _Held):
            summary.held += 1
            summary.details.append(got.reason)
            continue
        result = sender.send(got.mail)
        status = _settle(work, got.message_id, result, now)
        if status == "sent":
            summary.sent += 1
        elif status == "failed":
            summary.failed += 1
            summary.details.append(result.detail)
        elif status == "unknown":
            summary.unknown += 1
            summary.details.append(result.detail)
        else:
            summary.retrying += 1
        done += 1
        if progress is not None:
            progress(done, max(total, done))
        if result.outcome == "account_error" or (
            result.outcome == "transient" and result.code is None
        ):
            summary.error = result.detail  # offline or wrong password: stop, keep the rest
            break
    return summary


def resolve_uncertain(s: Session, message_id: int, *, was_sent: bool) -> None:
    """The seller's decision on a `sending`/`unknown` message: mark sent, or queue it again
    (in the caller's transaction)."""
    now = utcnow()
    m = s.get(Message, message_id)
    if m is None or m.status not in ("sending", "unknown"):
        return
    if was_sent:
        m.status, m.sent_at, m.error = "sent", m.sent_at or now, None
    else:
        m.status, m.next_attempt_at, m.error = "queued", None, None
    m.updated_at = now
    s.add(
        Event(
            kind="send_resolved",
            thread_id=m.thread_id,
            message_id=m.id,
            detail="marked sent" if was_sent else "queued again by the seller",
        )
    )
    recompute_thread(s, m.thread_id)
