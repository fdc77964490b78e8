"""The threading headers of a reply: In-Reply-To and References (RFC 5322 §3.6.4).

Drafts and queued messages both ask here, so a reply from the compose pane and one
queued by a script thread the same way.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from inbox_app.mail.compose import reply_references
from inbox_app.store.schema import Message


def reply_headers(
    session: Session, thread_id: int, parent_id: str | None = None
) -> tuple[str | None, str | None]:
    """(In-Reply-To, References) for a reply on the thread.

    The parent is the buyer message whose Message-ID is `parent_id`, else the thread's
    newest buyer message (never a bounce or another notice).
    """
    query = select(Message.message_id_header, Message.references, Message.in_reply_to).where(
        Message.thread_id == thread_id,
        Message.direction == "in",
        Message.notice_kind.is_(None),
        Message.message_id_header.is_not(None),
    )
    if parent_id is not None:
        query = query.where(Message.message_id_header == parent_id)
    row = session.execute(
        query.order_by(Message.created_at.desc(), Message.id.desc()).limit(1)
    ).first()
    if row is None or row[0] is None:
        return parent_id, parent_id
    parent: str = row[0]
    chain = reply_references(parent, (row[1] or "").split(), row[2])
    return parent, " ".join(chain)
