"""What the compose pane needs to know about a thread or an order: the policy Context,
the marketplace's subject tag and the values that fill template placeholders."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from inbox_app.policy import (
    AttachmentInput,
    AttachmentScan,
    Context,
    Draft,
    Finding,
    Report,
    load_ruleset,
    render_message,
)
from inbox_app.policy import check as _check
from inbox_app.policy import scan_attachment as _scan_attachment
from inbox_app.policy.optout import opt_out_applies
from inbox_app.policy.tags import preferred_tag, tag_words
from inbox_app.store.marketplaces import BY_CODE, BY_ID
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Buyer, Message, Order, OrderItem, SellerAccount, Thread

REPLY_PREFIX = "Re: "
# C0/C1 line breaks that a Subject header refuses (TESTING-NOTES 7.19).
_HEADER_BREAKS = dict.fromkeys(map(ord, "\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029"), " ")


@dataclass(frozen=True, slots=True)
class ComposeInfo:
    """Everything the compose pane shows and checks against, as plain data."""

    thread_id: int | None  # None: a new message from an order whose thread does not exist yet
    order_id: int | None
    context: Context
    important_tag: str  # the marketplace's spelling: "[Important]", "[Wichtig]"
    default_subject: str
    buyer_label: str  # buyer's name, else the alias, for the pane's header
    values: dict[str, str] = field(default_factory=dict)  # template placeholders
    has_buyer: bool = True  # False: an order whose buyer (relay alias) is not known yet

    @property
    def marketplace(self) -> str:
        return self.context.marketplace


class NoSuchTargetError(LookupError):
    """The thread or order to write to does not exist (any more)."""


def clean_subject(text: str) -> str:
    """A subject that can become a header: no line-break characters of any kind."""
    return text.translate(_HEADER_BREAKS)


def reply_subject(subject: str) -> str:
    subject = clean_subject(subject).strip()
    if subject.lower().startswith(("re:", "aw:", "r:", "rv:", "sv:")):
        return subject
    return f"{REPLY_PREFIX}{subject}" if subject else ""


def days_since(when: datetime | None, now: datetime) -> int | None:
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0, math.floor((now - when).total_seconds() / 86400))


def _marketplace_code(marketplace_id: str | None) -> str:
    mp = BY_ID.get(marketplace_id or "")
    return mp.code if mp else "US"


def _order_values(session: Session, order: Order | None) -> dict[str, str]:
    if order is None:
        return {}
    product = session.scalar(
        select(OrderItem.product_name).where(OrderItem.order_id == order.id).order_by(OrderItem.id)
    )
    delivery = order.delivered_at or order.delivery_end or order.promise_date
    return {
        "order_id": order.amazon_order_id,
        "product": product or "",
        "delivery_date": delivery.date().isoformat() if delivery else "",
    }


def _answers_buyer(session: Session, thread: Thread) -> bool:
    # A reply to a buyer's inquiry is never unsolicited, even on a thread the seller began.
    if thread.buyer_initiated:
        return True
    received = session.scalar(
        select(Message.id)
        .where(
            Message.thread_id == thread.id,
            Message.direction == "in",
            Message.status == "received",
            Message.notice_kind.is_(None),
        )
        .limit(1)
    )
    return received is not None


def _seller_name(session: Session, account_id: int | None) -> str:
    stmt = select(SellerAccount.display_name, SellerAccount.name)
    if account_id is not None:
        stmt = stmt.where(SellerAccount.id == account_id)
    row = session.execute(stmt.order_by(SellerAccount.id).limit(1)).first()
    return (row[0] or row[1]) if row else ""


def _build(
    session: Session,
    *,
    thread: Thread | None,
    order: Order | None,
    buyer: Buyer | None,
    now: datetime,
) -> ComposeInfo:
    mp_id = (thread.marketplace_id if thread else None) or (order.marketplace_id if order else None)
    code = _marketplace_code(mp_id or (buyer.marketplace_id if buyer else None))
    mp = BY_CODE.get(code)
    delivered = None
    if order is not None:
        delivered = order.delivered_at or order.delivery_end
    amazon_order_id = (order.amazon_order_id if order else None) or (
        thread.amazon_order_id if thread else None
    )
    review_requested = order is not None and order.review_requested_at is not None
    ctx = Context(
        buyer_initiated=thread is not None and _answers_buyer(session, thread),
        opted_out=bool(buyer.opted_out) if buyer else False,
        order_type=order.order_type if order else "standard",
        marketplace=code,
        buyer_language=(buyer.language if buyer else None) or (mp.language if mp else None),
        delivered_days_ago=days_since(delivered, now),
        review_already_requested=review_requested,
        order_id=amazon_order_id,
    )
    buyer_name = (buyer.display_name if buyer else "") or ""
    values = {"buyer_name": buyer_name, "order_id": amazon_order_id or ""}
    values.update(_order_values(session, order))
    values["seller_name"] = _seller_name(session, thread.account_id if thread else None)
    values["marketplace"] = mp.name if mp else ""
    if thread is not None:
        default_subject = reply_subject(thread.subject)
    elif amazon_order_id:
        default_subject = f"Order {amazon_order_id}"
    else:
        default_subject = ""
    return ComposeInfo(
        thread_id=thread.id if thread else None,
        order_id=order.id if order else None,
        context=ctx,
        important_tag=preferred_tag(code),
        default_subject=default_subject,
        buyer_label=buyer_name or (buyer.alias if buyer else ""),
        values=values,
        has_buyer=buyer is not None,
    )


def info_for_thread(session: Session, thread_id: int, now: datetime | None = None) -> ComposeInfo:
    thread = session.get(Thread, thread_id)
    if thread is None:
        raise NoSuchTargetError(f"thread {thread_id} does not exist")
    order = session.get(Order, thread.order_id) if thread.order_id is not None else None
    buyer = session.get(Buyer, thread.buyer_id)
    return _build(session, thread=thread, order=order, buyer=buyer, now=now or datetime.now(UTC))


def info_for_order(session: Session, order_id: int, now: datetime | None = None) -> ComposeInfo:
    """A seller-initiated message about an order ("Contact buyer")."""
    order = session.get(Order, order_id)
    if order is None:
        raise NoSuchTargetError(f"order {order_id} does not exist")
    buyer = session.get(Buyer, order.buyer_id) if order.buyer_id is not None else None
    return _build(session, thread=None, order=order, buyer=buyer, now=now or datetime.now(UTC))


def compose_info(
    store: Store,
    *,
    thread_id: int | None = None,
    order_id: int | None = None,
    now: datetime | None = None,
) -> ComposeInfo:
    """The compose info for a reply (thread_id) or a new message (order_id)."""
    with store.session() as session:
        if thread_id is not None:
            return info_for_thread(session, thread_id, now)
        if order_id is not None:
            return info_for_order(session, order_id, now)
    raise ValueError("pass a thread_id or an order_id")


def context_for_thread(store: Store, thread_id: int, now: datetime | None = None) -> Context:
    return compose_info(store, thread_id=thread_id, now=now).context


def context_for_order(store: Store, order_id: int, now: datetime | None = None) -> Context:
    return compose_info(store, order_id=order_id, now=now).context


def last_received_header(session: Session, thread_id: int) -> str | None:
    """The Message-ID of the buyer's newest message: what a reply answers."""
    return session.scalar(
        select(Message.message_id_header)
        .where(
            Message.thread_id == thread_id,
            Message.direction == "in",
            Message.message_id_header.is_not(None),
        )
        .order_by(Message.created_at.desc(), Message.id.desc())
        .limit(1)
    )


# --- the thin adapter over inbox_app.policy -----------------------------------------


@functools.cache
def _tag_pattern(marketplace: str) -> re.Pattern[str]:
    # The checker's own spelling rules (policy.tags): brackets (full-width too), any case.
    words = tag_words(marketplace)
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"[\[［]\s*(?:{alternatives})\s*[\]］]", re.IGNORECASE)


def important_tag(marketplace: str) -> str:
    """The tag the toggle writes: "[Important]", "[Wichtig]" on DE."""
    return preferred_tag(marketplace)


def tag_spans(subject: str, marketplace: str) -> list[tuple[int, int]]:
    """Where the subject tag stands in `subject` (any letter case, anywhere)."""
    return [m.span() for m in _tag_pattern(marketplace).finditer(subject)]


def has_tag(subject: str, marketplace: str) -> bool:
    return _tag_pattern(marketplace).search(subject) is not None


def add_tag(subject: str, marketplace: str, tag: str) -> str:
    """The subject with the marketplace's tag at its start (unchanged if it has one)."""
    if has_tag(subject, marketplace):
        return subject
    return f"{tag} {subject.lstrip()}" if subject.strip() else f"{tag} "


def remove_tag(subject: str, marketplace: str) -> str:
    """The subject without any tag, spaces around the removed tag collapsed."""
    out = subject
    for start, end in reversed(tag_spans(subject, marketplace)):
        before, after = out[:start], out[end:]
        if before.endswith(" ") and after.startswith(" "):
            after = after[1:]
        elif not before:
            after = after.lstrip(" ")
        out = before + after
    return out


def run_check(
    draft: Draft,
    ctx: Context,
    scans: Mapping[str, AttachmentScan] | None = None,
    *,
    scan_missing: bool = True,
) -> Report:
    """The policy checker on a draft; `scans` (by sha256) spares re-reading attachments.

    The live check passes `scan_missing=False` with byte-less inputs: a file whose scan
    is still running is judged when it lands, never on the GUI thread.
    """
    return _check(draft, ctx, scans=scans, scan_missing=scan_missing)


def opt_out_binds(ctx: Context) -> bool:
    """True when the buyer's opt-out applies to this message (the tag matters)."""
    return opt_out_applies(load_ruleset(), ctx)


def scan_attachment(name: str, data: bytes) -> AttachmentScan:
    """Sniff and check one attachment's bytes (pure; call it off the GUI thread)."""
    return _scan_attachment(name, data, load_ruleset().limits)


# Rules about the set of files, not about one file.
_SET_RULES = frozenset({"attachment-size", "attachment-count"})


def attachment_findings(name: str, scan: AttachmentScan) -> tuple[Finding, ...]:
    """What the checker says about this one file under this name (type, extension, links)."""
    draft = Draft("", "", (AttachmentInput(name, b"", scan.sha256),))
    report = _check(draft, Context(buyer_initiated=True), scans={scan.sha256: scan})
    return tuple(
        f
        for f in report.findings
        if f.field == "attachment" and f.attachment == name and f.rule not in _SET_RULES
    )


def describe_scan(name: str, scan: AttachmentScan) -> str | None:
    """Why this file may not be sent, in one line for the attachment list; None if it may."""
    blocking = [
        f.message.removeprefix(f"{name}: ")  # the list shows the name already
        for f in attachment_findings(name, scan)
        if f.severity == "block"
    ]
    return " ".join(dict.fromkeys(blocking)) or None


def size_finding(total: int, count: int) -> Finding | None:
    """The attachment-size finding for files whose bytes the caller did not hand over."""
    rs = load_ruleset()
    limit = rs.settings.attachment_total_limit_bytes
    if total <= limit:
        return None
    params = {"size_mb": f"{total / 1048576:.1f}", "limit_mb": f"{limit / 1048576:g}"}
    return Finding(
        rule="attachment-size",
        severity="block",
        message=render_message(rs, "attachment-size", params),
        field="attachment",
        start=0,
        end=0,
        trigger=f"{total} bytes in {count} files",
        message_id="attachment-size",
        params=tuple(sorted(params.items())),
    )
