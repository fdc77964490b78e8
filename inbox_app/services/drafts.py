"""Drafts: one per thread and seat, saved in one short transaction, attachments in the
BlobStore first.

A draft is a Message with status "draft". On a team inbox each seat (person) has its own
draft of a thread (`draft_seat_id`), so two people typing never replace each other's text;
a single seller's drafts have no seat. A draft from before seats (no seat) is taken by the
first seat that saves it. A new seller-initiated message about an order
("Contact buyer") gets its thread lazily, on the first save, and loses it again when the
draft is discarded before anything was sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, delete, or_, select
from sqlalchemy.orm import Session

from inbox_app.services.compose_target import clean_subject
from inbox_app.services.reply_headers import reply_headers
from inbox_app.services.sentences import say
from inbox_app.services.threads import lock_thread, recompute_thread
from inbox_app.store.blobs import BlobStore
from inbox_app.store.schema import Attachment, Event, Message, Order, Thread, utcnow


@dataclass(frozen=True, slots=True)
class DraftAttachment:
    """An attachment of a draft; its bytes are already in the BlobStore under `sha256`."""

    filename: str
    sha256: str
    size: int
    media_type: str = "application/octet-stream"
    problem: str | None = None  # why it may not be sent, as the scan said


@dataclass(frozen=True, slots=True)
class DraftContent:
    """What the seller wrote: the value a draft is saved from (and compared with)."""

    subject: str
    body: str
    important: bool = False
    attachments: tuple[DraftAttachment, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.attachments, tuple):  # a list is fine to pass
            object.__setattr__(self, "attachments", tuple(self.attachments))

    def is_empty(self, default_subject: str = "") -> bool:
        """Nothing worth keeping: no text, no files, no tag, the subject untouched."""
        return (
            not self.body.strip()
            and not self.attachments
            and not self.important
            and self.subject.strip() in ("", default_subject.strip())
        )


@dataclass(frozen=True, slots=True)
class DraftRow:
    message_id: int
    thread_id: int
    subject: str
    body: str
    important: bool
    attachments: tuple[DraftAttachment, ...]
    updated_at: datetime
    version: int = 1  # grows with every save; a save names the version it started from

    def content(self) -> DraftContent:
        return DraftContent(self.subject, self.body, self.important, self.attachments)


def both_texts(mine: DraftContent, theirs: DraftRow | None) -> DraftContent:
    """Mine, then theirs below it (their files added to mine): nothing of either is lost."""
    if theirs is None or not theirs.body.strip() or theirs.body.strip() in mine.body:
        body = mine.body
    else:
        body = mine.body.rstrip() + "\n\n" + theirs.body.strip() + "\n"
    files = mine.attachments + tuple(
        a for a in (theirs.attachments if theirs else ()) if a not in mine.attachments
    )
    return DraftContent(mine.subject, body, mine.important, files)


class DraftError(Exception):
    """A draft cannot be saved as asked (a user-facing message)."""


class DraftConflictError(DraftError):
    """Another window (or seat) saved this draft since the caller loaded it: nothing was
    written; `theirs` is what the store holds now."""

    def __init__(self, theirs: DraftRow | None) -> None:
        super().__init__("This draft was changed in another window.")
        self.theirs = theirs


def stash_attachment(blobs: BlobStore, filename: str, data: bytes) -> DraftAttachment:
    """Put the bytes in the BlobStore (atomic, fsync'd) before any row may reference them."""
    sha = blobs.put(data)
    return DraftAttachment(filename=filename, sha256=sha, size=len(data))


def owned_by(seat_id: str | None) -> ColumnElement[bool]:
    """The drafts `seat_id` may work on: its own and any without a seat (a single seller's,
    or one written before seats); None: only drafts without a seat."""
    if seat_id is None:
        return Message.draft_seat_id.is_(None)
    return or_(Message.draft_seat_id == seat_id, Message.draft_seat_id.is_(None))


def _draft_message(session: Session, thread_id: int, seat_id: str | None = None) -> Message | None:
    return session.scalars(
        select(Message)
        .where(
            Message.thread_id == thread_id,
            Message.status == "draft",
            Message.direction == "out",
            owned_by(seat_id),
        )
        # the seat's own draft before one without a seat
        .order_by(Message.draft_seat_id.is_(None), Message.id)
        .limit(1)
    ).first()


def _attachments(session: Session, message_id: int) -> tuple[DraftAttachment, ...]:
    rows = session.execute(
        select(
            Attachment.filename,
            Attachment.sha256,
            Attachment.size,
            Attachment.media_type,
            Attachment.problem,
        )
        .where(Attachment.message_id == message_id)
        .order_by(Attachment.id)
    )
    return tuple(DraftAttachment(*r) for r in rows)


def _row(message: Message, attachments: tuple[DraftAttachment, ...]) -> DraftRow:
    return DraftRow(
        message_id=message.id,
        thread_id=message.thread_id,
        subject=message.subject,
        body=message.body_text,
        important=message.important,
        attachments=attachments,
        updated_at=message.updated_at,
        version=message.version,
    )


def load_draft(session: Session, thread_id: int, seat_id: str | None = None) -> DraftRow | None:
    """The thread's draft (this seat's on a team inbox), with its attachments, or None."""
    message = _draft_message(session, thread_id, seat_id)
    if message is None:
        return None
    return _row(message, _attachments(session, message.id))


def thread_for_order_draft(
    session: Session, order_id: int, seat_id: str | None = None
) -> int | None:
    """The seller-initiated thread about this order that holds an unsent draft (this
    seat's on a team inbox), if any."""
    return session.scalar(
        select(Thread.id)
        .join(Message, Message.thread_id == Thread.id)
        .where(
            Thread.order_id == order_id,
            Thread.buyer_initiated.is_(False),
            Thread.has_draft.is_(True),
            Message.status == "draft",
            owned_by(seat_id),
        )
        .order_by(Thread.id.desc())
        .limit(1)
    )


def _new_thread_for_order(session: Session, order_id: int, subject: str) -> Thread:
    order = session.get(Order, order_id)
    if order is None:
        raise DraftError(say("order_gone", order=order_id))
    if order.buyer_id is None:
        raise DraftError(say("order_without_buyer", order=order.amazon_order_id))
    thread = Thread(
        buyer_id=order.buyer_id,
        order_id=order.id,
        amazon_order_id=order.amazon_order_id,
        marketplace_id=order.marketplace_id,
        subject=subject,
        buyer_initiated=False,
        # nothing is owed on a thread the seller starts; a buyer's reply reopens it
        state="answered",
        unread=False,
        last_activity_at=utcnow(),
    )
    session.add(thread)
    session.flush()
    session.add(Event(kind="thread_started", thread_id=thread.id, detail=order.amazon_order_id))
    return thread


def check_blobs(blobs: BlobStore, attachments: Sequence[DraftAttachment]) -> None:
    """DraftError unless every attachment's bytes are in the BlobStore (checked before the
    save's transaction)."""
    for a in attachments:
        if not blobs.exists(a.sha256):
            raise DraftError(say("file_not_stored", name=repr(a.filename)))


def save_draft(
    session: Session,
    thread_id: int | None,
    content: DraftContent,
    *,
    order_id: int | None = None,
    expect_version: int | None = None,
    seat_id: str | None = None,
) -> DraftRow:
    """Create or update the thread's one draft (of `seat_id` on a team inbox) in
    `session`'s transaction (the façade's: one short, durable BEGIN IMMEDIATE); the
    attachments' bytes were checked with check_blobs first.

    With `thread_id=None` and an `order_id`, a seller-initiated thread is created for the
    order first; the returned row carries its id. `expect_version`: the version the caller
    loaded (0: it saw no draft); when the store's draft moved on since and holds other text,
    DraftConflictError is raised and nothing is written. None saves unconditionally.
    """
    if thread_id is None and order_id is None:
        raise ValueError("pass a thread_id or an order_id")
    subject = clean_subject(content.subject)
    body, important, wanted = content.body, content.important, content.attachments
    created = False
    if thread_id is None:
        assert order_id is not None
        thread_id = _new_thread_for_order(session, order_id, subject).id
    message = _draft_message(session, thread_id, seat_id)
    if expect_version is not None:
        _check_version(session, message, expect_version, content)
    if message is None:
        # the thread's row lock first: two seats each inserting a draft (a key-share
        # lock on the thread) and then recomputing it would deadlock
        if lock_thread(session, thread_id) is None:
            raise DraftError(say("thread_gone", thread=thread_id))
        in_reply_to, references = reply_headers(session, thread_id)
        message = Message(
            thread_id=thread_id,
            direction="out",
            status="draft",
            subject=subject,
            body_text=body,
            important=important,
            in_reply_to=in_reply_to,
            references=references,
            read=True,
            draft_seat_id=seat_id,
        )
        session.add(message)
        session.flush()
        created = True
    elif (message.subject, message.body_text, message.important) != (
        subject,
        body,
        important,
    ):
        message.subject, message.body_text, message.important = subject, body, important
        message.updated_at = utcnow()
        message.version += 1
    if message.draft_seat_id is None and seat_id is not None:
        message.draft_seat_id = seat_id  # a draft from before seats: this seat's now
    current = () if created else _attachments(session, message.id)
    if current != wanted:
        if current:
            session.execute(delete(Attachment).where(Attachment.message_id == message.id))
        session.add_all(
            Attachment(
                message_id=message.id,
                filename=a.filename[:255],
                media_type=a.media_type[:100],
                size=a.size,
                sha256=a.sha256,
                problem=a.problem,
            )
            for a in wanted
        )
        message.updated_at = utcnow()
        if not created:
            message.version += 1
    if created:
        recompute_thread(session, thread_id)
    session.flush()
    return _row(message, wanted)


def _check_version(
    session: Session, message: Message | None, expected: int, content: DraftContent | None
) -> None:
    """Raise DraftConflictError when the stored draft is not the one the caller started from
    (unless it already holds exactly what the caller wants to save)."""
    stored = 0 if message is None else message.version
    if stored == expected or message is None:
        return  # unchanged, or gone (sent or discarded elsewhere): saving loses nothing
    theirs = _row(message, _attachments(session, message.id))
    if content is not None and theirs.content() == _clean(content):
        return
    raise DraftConflictError(theirs)


def _clean(content: DraftContent) -> DraftContent:
    return DraftContent(
        clean_subject(content.subject), content.body, content.important, content.attachments
    )


def discard_draft(
    session: Session,
    thread_id: int,
    *,
    expect_version: int | None = None,
    seat_id: str | None = None,
) -> bool:
    """Delete the thread's draft (this seat's); a seller-started thread left empty goes
    with it.

    With `expect_version`, a draft saved elsewhere since is not deleted (DraftConflictError)."""
    message = _draft_message(session, thread_id, seat_id)
    if expect_version is not None:
        _check_version(session, message, expect_version, None)
    if message is None:
        return False
    session.delete(message)
    session.flush()
    thread = session.get(Thread, thread_id)
    if thread is None:
        return True
    others = session.scalar(select(Message.id).where(Message.thread_id == thread_id).limit(1))
    if others is None and not thread.buyer_initiated:
        session.delete(thread)
    else:
        recompute_thread(session, thread_id)
    session.add(Event(kind="draft_discarded", thread_id=thread_id if others else None))
    return True


def thread_exists(session: Session, thread_id: int) -> bool:
    return session.get(Thread, thread_id) is not None
