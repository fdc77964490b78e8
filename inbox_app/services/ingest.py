"""Store relay mail: buyers, threads, messages, raw MIME, attachments and Amazon's notices.

Idempotent: a mail seen before (same IMAP location, same bytes, or same Message-ID)
adds nothing. Non-relay mail is recorded as seen and never imported.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inbox_app.mail.parse import parse_message
from inbox_app.mail.relay import RelayMessage, understand
from inbox_app.services.order_links import link_thread_to_order
from inbox_app.services.threads import recompute_thread
from inbox_app.store.blobs import BlobStore
from inbox_app.store.schema import (
    Attachment,
    Buyer,
    Event,
    MailSource,
    Message,
    MessageRaw,
    Thread,
    utcnow,
)

IngestStatus = Literal["imported", "duplicate", "ignored", "unmatched"]
_OUT_MATCHABLE = ("sent", "unknown", "sending", "bounced", "failed")


@dataclass(frozen=True, slots=True)
class MailOrigin:
    """Where a mail came from: an IMAP location, or a file import (account None, uid 0)."""

    account_id: int | None = None
    folder: str = ""
    uidvalidity: int = 0
    uid: int = 0
    internal_date: datetime | None = None


@dataclass(frozen=True, slots=True)
class IngestResult:
    status: IngestStatus
    kind: str
    message_id: int | None = None
    thread_id: int | None = None
    problem: str | None = None


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def ingest_raw(
    session: Session, blobs: BlobStore, raw: bytes, origin: MailOrigin | None = None
) -> IngestResult:
    """Parse, understand and store one mail inside the caller's transaction."""
    origin = origin or MailOrigin()
    digest = content_hash(raw)
    seen = _seen(session, origin, digest)
    if seen is not None:
        return seen
    relay = understand(parse_message(raw))
    return ingest_relay(session, blobs, relay, raw, origin=origin, digest=digest)


def _seen(session: Session, origin: MailOrigin, digest: str) -> IngestResult | None:
    if origin.uid:
        hit = session.execute(
            select(MailSource.message_id)
            .where(
                MailSource.account_id == origin.account_id,
                MailSource.folder == origin.folder,
                MailSource.uidvalidity == origin.uidvalidity,
                MailSource.uid == origin.uid,
            )
            .limit(1)
        ).first()
        if hit is not None:
            return IngestResult("duplicate", "seen", hit[0])
    row = session.execute(
        select(MailSource.message_id).where(MailSource.content_hash == digest).limit(1)
    ).first()
    if row is None:
        return None
    if origin.uid:  # the same bytes at a new place (UIDVALIDITY change, copied folder)
        _record_source(session, origin, digest, row[0])
    return IngestResult("duplicate", "seen", row[0])


def _record_source(
    session: Session, origin: MailOrigin, digest: str, message_id: int | None
) -> None:
    session.add(
        MailSource(
            account_id=origin.account_id,
            folder=origin.folder,
            uidvalidity=origin.uidvalidity,
            uid=origin.uid,
            content_hash=digest,
            message_id=message_id,
        )
    )


def ingest_relay(
    session: Session,
    blobs: BlobStore,
    relay: RelayMessage,
    raw: bytes,
    *,
    origin: MailOrigin,
    digest: str,
) -> IngestResult:
    if relay.kind == "other":
        _record_source(session, origin, digest, None)
        return IngestResult("ignored", relay.kind)
    if relay.message_id is not None:
        existing = session.execute(
            select(Message.id, Message.thread_id)
            .where(Message.message_id_header == relay.message_id)
            .limit(1)
        ).first()
        if existing is not None:
            _record_source(session, origin, digest, existing[0])
            return IngestResult("duplicate", relay.kind, existing[0], existing[1])
    if relay.kind == "buyer_message":
        result = _buyer_message(session, blobs, relay, raw, origin)
    elif relay.kind == "seller_central_copy":
        result = _copy(session, relay, raw, origin)
    else:
        result = _notice(session, relay, raw, origin)
    _record_source(session, origin, digest, result.message_id)
    return result


def _when(relay: RelayMessage, origin: MailOrigin) -> datetime:
    return origin.internal_date or relay.date or utcnow()


def _upsert_buyer(session: Session, relay: RelayMessage) -> Buyer:
    assert relay.alias is not None
    buyer = session.execute(select(Buyer).where(Buyer.alias == relay.alias)).scalar_one_or_none()
    if buyer is None:
        buyer = Buyer(
            alias=relay.alias,
            display_name=relay.buyer_name,
            marketplace_id=relay.marketplace_id,
            created_at=utcnow(),
        )
        session.add(buyer)
        session.flush()
    else:
        if relay.buyer_name and buyer.display_name != relay.buyer_name:
            buyer.display_name = relay.buyer_name
        if buyer.marketplace_id is None and relay.marketplace_id:
            buyer.marketplace_id = relay.marketplace_id
    return buyer


def _thread_by_headers(session: Session, relay: RelayMessage, buyer_id: int) -> Thread | None:
    ids = [i for i in (relay.in_reply_to, *relay.references) if i]
    if not ids:
        return None
    return session.execute(
        select(Thread)
        .join(Message, Message.thread_id == Thread.id)
        .where(Message.message_id_header.in_(ids[-20:]), Thread.buyer_id == buyer_id)
        .order_by(Message.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def _find_thread(session: Session, relay: RelayMessage, buyer: Buyer) -> Thread | None:
    thread = _thread_by_headers(session, relay, buyer.id)
    if thread is not None:
        if relay.order_id and thread.amazon_order_id not in (None, relay.order_id):
            thread = None  # a reply on an old thread about another order: its own thread
        else:
            return thread
    query = select(Thread).where(Thread.buyer_id == buyer.id)
    if relay.order_id:
        query = query.where(Thread.amazon_order_id == relay.order_id)
    else:
        query = query.where(Thread.amazon_order_id.is_(None))
    return session.execute(query.order_by(Thread.id.desc()).limit(1)).scalar_one_or_none()


def _buyer_message(
    session: Session, blobs: BlobStore, relay: RelayMessage, raw: bytes, origin: MailOrigin
) -> IngestResult:
    buyer = _upsert_buyer(session, relay)
    when = _when(relay, origin)
    thread = _find_thread(session, relay, buyer)
    if thread is None:
        thread = Thread(
            buyer_id=buyer.id,
            amazon_order_id=relay.order_id,
            marketplace_id=relay.marketplace_id,
            account_id=origin.account_id,
            subject=relay.subject,
            buyer_initiated=True,
            created_at=when,
            last_activity_at=when,
        )
        session.add(thread)
        session.flush()
        link_thread_to_order(session, thread)
    elif thread.amazon_order_id is None and relay.order_id:
        thread.amazon_order_id = relay.order_id
        link_thread_to_order(session, thread)
    if thread.account_id is None and origin.account_id is not None:
        thread.account_id = origin.account_id
    message = Message(
        thread_id=thread.id,
        direction="in",
        status="received",
        subject=relay.subject,
        body_text=relay.text,
        created_at=when,
        updated_at=utcnow(),
        read=False,
        message_id_header=relay.message_id,
        in_reply_to=relay.in_reply_to,
        references=" ".join(relay.references) or None,
        parse_problem=relay.problem,
    )
    session.add(message)
    session.flush()
    session.add(MessageRaw(message_id=message.id, raw=raw))
    for att in relay.attachments:
        digest = blobs.put(att.data)
        session.add(
            Attachment(
                message_id=message.id,
                filename=att.filename,
                media_type=att.media_type[:100],
                size=len(att.data),
                sha256=digest,
                problem=att.problem,
            )
        )
    session.add(Event(kind="received", thread_id=thread.id, message_id=message.id, at=utcnow()))
    recompute_thread(session, thread.id, reopen=True)
    return IngestResult("imported", relay.kind, message.id, thread.id, relay.problem)


def _copy(session: Session, relay: RelayMessage, raw: bytes, origin: MailOrigin) -> IngestResult:
    """A reply sent through Seller Central: an outgoing message, status sent."""
    thread = None
    if relay.order_id:
        thread = session.execute(
            select(Thread)
            .where(Thread.amazon_order_id == relay.order_id)
            .order_by(Thread.id.desc())
            .limit(1)
        ).scalar_one_or_none()
    if thread is None and relay.buyer_name:
        candidates = list(
            session.execute(
                select(Thread)
                .join(Buyer, Buyer.id == Thread.buyer_id)
                .where(Buyer.display_name == relay.buyer_name)
                .order_by(Thread.last_activity_at.desc())
                .limit(2)
            ).scalars()
        )
        thread = candidates[0] if len(candidates) == 1 else None
    if thread is None:
        return IngestResult("unmatched", relay.kind, problem="no thread for this copy")
    when = _when(relay, origin)
    message = Message(
        thread_id=thread.id,
        direction="out",
        status="sent",
        subject=relay.subject,
        body_text=relay.text,
        created_at=when,
        sent_at=when,
        updated_at=utcnow(),
        read=True,
        message_id_header=relay.message_id,
        notice_kind="copy",
        parse_problem=relay.problem,
    )
    session.add(message)
    session.flush()
    session.add(MessageRaw(message_id=message.id, raw=raw))
    session.add(Event(kind="sent_via_seller_central", thread_id=thread.id, message_id=message.id))
    recompute_thread(session, thread.id)
    return IngestResult("imported", relay.kind, message.id, thread.id)


def _target_outgoing(session: Session, relay: RelayMessage) -> Message | None:
    ids = [i for i in (relay.in_reply_to, *relay.references) if i]
    if ids:
        found = session.execute(
            select(Message)
            .where(Message.message_id_header.in_(ids), Message.direction == "out")
            .order_by(Message.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        if found is not None:
            return found
    query = select(Message).join(Thread, Thread.id == Message.thread_id)
    query = query.where(Message.direction == "out", Message.status.in_(_OUT_MATCHABLE))
    query = query.where(Message.notice_kind.is_(None) | (Message.notice_kind != "copy"))
    if relay.order_id:
        query = query.where(Thread.amazon_order_id == relay.order_id)
    elif relay.alias:
        query = query.join(Buyer, Buyer.id == Thread.buyer_id).where(Buyer.alias == relay.alias)
    else:
        return None
    return session.execute(
        query.order_by(Message.sent_at.desc(), Message.id.desc()).limit(1)
    ).scalar_one_or_none()


def _notice(session: Session, relay: RelayMessage, raw: bytes, origin: MailOrigin) -> IngestResult:
    """An opt-out bounce or a blocked-message notice: mark the outgoing message and buyer."""
    target = _target_outgoing(session, relay)
    notice_text = relay.notice_text or ""
    bounce = relay.kind == "opt_out_bounce"
    kind = "bounce" if bounce else "blocked"
    thread = session.get(Thread, target.thread_id) if target is not None else None
    if thread is None and relay.alias:
        thread = session.execute(
            select(Thread)
            .join(Buyer, Buyer.id == Thread.buyer_id)
            .where(Buyer.alias == relay.alias)
            .order_by(Thread.last_activity_at.desc())
            .limit(1)
        ).scalar_one_or_none()
    if thread is None:
        return IngestResult("unmatched", relay.kind, problem="no message matches this notice")
    now = utcnow()
    if target is not None:
        target.notice_kind = kind
        target.notice_text = notice_text
        target.status = "bounced" if bounce else "failed"
        if not bounce:
            target.error = notice_text
    if bounce:
        buyer = session.get(Buyer, thread.buyer_id)
        if buyer is not None and not buyer.opted_out:
            buyer.opted_out = True
            buyer.opted_out_at = now
    when = _when(relay, origin)
    notice = Message(
        thread_id=thread.id,
        direction="in",
        status="received",
        subject=relay.subject,
        body_text="",
        notice_kind=kind,
        notice_text=notice_text,
        created_at=when,
        updated_at=now,
        read=True,
        message_id_header=relay.message_id,
        in_reply_to=relay.in_reply_to,
        parse_problem=relay.problem,
    )
    session.add(notice)
    session.flush()
    session.add(MessageRaw(message_id=notice.id, raw=raw))
    session.add(
        Event(
            kind="bounced" if bounce else "blocked",
            thread_id=thread.id,
            message_id=target.id if target is not None else notice.id,
            detail=notice_text[:500],
        )
    )
    recompute_thread(session, thread.id)
    return IngestResult("imported", relay.kind, notice.id, thread.id)
