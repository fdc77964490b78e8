"""An Amazon message that went out, as a message on its order's conversation.

The Messaging API delivers it, not relay mail, so it is stored already sent, marked
`notice_kind = "amazon"` (the conversation says "sent via Amazon"), with its files in
the blob store. The order's newest thread gets it; with none, a seller-initiated
thread is started for the order's buyer, or for a placeholder buyer of the order when
the inbox does not know the buyer yet (a relay alias comes only with the buyer's mail
or a report; the thread moves to that buyer then).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from inbox_app.amazon.messaging import ActionSpec, Upload
from inbox_app.services.threads import order_thread, recompute_thread
from inbox_app.store.blobs import BlobStore
from inbox_app.store.schema import Attachment, Message, Order

AMAZON_KIND = "amazon"


def message_text(spec: ActionSpec, text: str, uploads: Sequence[Upload]) -> str:
    """What the conversation shows: the text, else what the action carried."""
    if text.strip():
        return text
    names = ", ".join(u.name for u in uploads)
    return f"{spec.label}: {names}" if names else spec.label


def record_amazon_message(
    blobs: BlobStore,
    session: Session,
    order: Order,
    spec: ActionSpec,
    *,
    text: str,
    uploads: Sequence[Upload],
    now: datetime,
) -> Message:
    """Store the sent Amazon message on the order's thread (in the caller's transaction)."""
    subject = f"{spec.label} (Amazon message) – order {order.amazon_order_id}"
    thread = order_thread(session, order, subject, now)
    message = Message(
        thread_id=thread.id,
        direction="out",
        status="sent",
        subject=subject,
        body_text=message_text(spec, text, uploads),
        created_at=now,
        updated_at=now,
        sent_at=now,
        read=True,
        notice_kind=AMAZON_KIND,  # not a notice from Amazon: the card is the seller's
    )
    session.add(message)
    session.flush()
    for upload in uploads:
        sha = blobs.put(upload.data)  # bytes on disk before the row names them
        session.add(
            Attachment(
                message_id=message.id,
                filename=upload.name[:255],
                media_type=upload.media_type[:100],
                size=len(upload.data),
                sha256=sha,
            )
        )
    recompute_thread(session, thread.id)
    return message
