"""Amazon messages (Messaging API) for seller-initiated contact, checked before they go.

The compose pane and the CLI ask which actions Amazon accepts for an order now, then
send one: the text goes through the policy checker first (the relay-mail opt-out
rules aside: Amazon delivers its own actions to opted-out buyers), attachments go
through the Uploads API. `opt_out_finding` tells the truth to a seller whose new mail
to an opted-out buyer is blocked: the [Important] tag no longer overrides opt-out,
an Amazon action does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from inbox_app.amazon.messaging import ActionSpec, Upload, offered_actions, problems, send
from inbox_app.mail.names import sniff_media_type
from inbox_app.policy.types import AttachmentInput, Context, Draft, Finding, Report
from inbox_app.services.amazon_connections import ConnectionInfo
from inbox_app.services.amazon_orders_common import marketplace_of, order_row
from inbox_app.services.amazon_thread import record_amazon_message
from inbox_app.services.compose_target import context_for_order
from inbox_app.services.policy_checks import run_check
from inbox_app.services.sentences import say
from inbox_app.store.schema import Event, utcnow

if TYPE_CHECKING:  # the client (httpx) is imported when a connection is opened
    from sqlalchemy.orm import Session

    from inbox_app.amazon.client import SpApiClient
    from inbox_app.services.amazon_work import AmazonWork

# the opt-out rules that stop relay mail to an opted-out buyer
OPT_OUT_RULES = frozenset(
    {"opted-out-noncritical", "important-tag-required", "opted-out-new-thread"}
)
CRITICAL_FIRST = ("unexpectedProblem", "confirmDeliveryDetails", "confirmCustomizationDetails")


class AmazonMessageError(Exception):
    """The message cannot go as asked; the text is for the seller (one or more sentences)."""


@dataclass(frozen=True, slots=True)
class AmazonMessage:
    """One Amazon message as the seller wrote it: the action (e.g. `unexpectedProblem`),
    its text, its files and, for a warranty, the coverage dates."""

    action: str
    text: str = ""
    uploads: tuple[Upload, ...] = field(default=())
    coverage: tuple[datetime, datetime] | None = None


def actions_for_order(
    work: AmazonWork, info: ConnectionInfo, client: SpApiClient, amazon_order_id: str
) -> list[ActionSpec]:
    """The seller-initiated actions Amazon accepts for this order right now."""
    with work.reading() as s:
        mp = marketplace_of(order_row(s, amazon_order_id), info)
    answer = client.call(
        "getMessagingActionsForOrder",
        path={"amazonOrderId": amazon_order_id},
        query={"marketplaceIds": [mp]},
    )
    return offered_actions(answer)


def check_amazon_message(
    session: Session, order_pk: int, text: str, uploads: Sequence[Upload]
) -> Report:
    """The policy checker on an Amazon message (a new contact; opt-out does not bind it).
    Amazon files the message under its order, so the order id counts as named."""
    ctx: Context = replace(context_for_order(session, order_pk), buyer_initiated=False)
    draft = Draft(
        subject=f"Order {ctx.order_id}" if ctx.order_id else "",
        body=text,
        attachments=tuple(AttachmentInput(u.name, u.data) for u in uploads),
    )
    report = run_check(draft, replace(ctx, opted_out=False))
    kept = tuple(f for f in report.findings if f.rule not in OPT_OUT_RULES)
    return replace(report, findings=kept)


def send_amazon_message(
    work: AmazonWork,
    info: ConnectionInfo,
    client: SpApiClient,
    amazon_order_id: str,
    message: AmazonMessage,
) -> Report:
    """Check, then send one Amazon message; AmazonMessageError says why it did not go."""
    action, text, coverage = message.action, message.text, message.coverage
    uploads = list(message.uploads)
    offered = {a.name: a for a in actions_for_order(work, info, client, amazon_order_id)}
    spec = offered.get(action)
    if spec is None:
        names = ", ".join(a.label for a in offered.values()) or "none"
        raise AmazonMessageError(
            say("amazon_refuses_action", action=action, order=amazon_order_id, names=names)
        )
    wrong = problems(spec, text, uploads, coverage)
    if wrong:
        raise AmazonMessageError(" ".join(wrong))
    with work.reading() as s:
        order = order_row(s, amazon_order_id)
        order_pk, mp = order.id, marketplace_of(order, info)
    with work.snapshot() as s:
        report = check_amazon_message(s, order_pk, text, uploads)
    if not report.sendable:
        blocking = [f.message for f in report.findings if f.severity == "block"]
        raise AmazonMessageError("Not sent: " + " ".join(blocking))
    send(client, amazon_order_id, mp, spec, text=text, uploads=uploads, coverage=coverage)
    now = utcnow()
    with work.writing() as s:
        order = order_row(s, amazon_order_id)
        row = record_amazon_message(work.blobs, s, order, spec, text=text, uploads=uploads, now=now)
        detail = f"{amazon_order_id} {spec.name} {len(uploads)} attachment(s)"
        s.add(
            Event(
                at=now,
                kind="amazon_message",
                detail=detail,
                thread_id=row.thread_id if row else None,
                message_id=row.id if row else None,
            )
        )
    return report


def best_action(offered: list[ActionSpec]) -> ActionSpec | None:
    """The action a critical message to an opted-out buyer should take."""
    names = {a.name: a for a in offered}
    best = next((names[n] for n in CRITICAL_FIRST if n in names), None)
    return best or (offered[0] if offered else None)


def opt_out_finding(report: Report, ctx: Context, offered: list[ActionSpec]) -> Finding | None:
    """For a blocked new contact to an opted-out buyer: point to the Amazon action."""
    if ctx.buyer_initiated or not ctx.opted_out or not report.rules() & OPT_OUT_RULES:
        return None
    best = best_action(offered)
    if best is None:
        message = (
            "This buyer opted out, and Amazon no longer lets [Important] override it; Amazon "
            "offers no message action for this order now, so wait for the buyer to write."
        )
    else:
        message = (
            "This buyer opted out, and Amazon no longer lets [Important] override it: send a "
            f"critical message as Amazon's '{best.label}' message instead (Amazon message)."
        )
    return Finding(
        rule="use-amazon-action",
        severity="info",
        message=message,
        field="subject",
        start=0,
        end=0,
        message_id="use-amazon-action",
        params=(("action", best.name if best else ""),),
    )


def read_upload(path: str) -> Upload:
    """A file to attach, its media type sniffed from the bytes (OSError if unreadable)."""
    data = Path(path).read_bytes()
    return Upload(Path(path).name, sniff_media_type(data), data)


def parse_coverage(dates: list[str] | None) -> tuple[datetime, datetime] | None:
    """Two ISO dates (START END) for a warranty; ValueError with a sentence when bad."""
    if not dates:
        return None
    try:
        start, end = (datetime.fromisoformat(d) for d in dates)
    except ValueError:
        raise ValueError("Give the coverage as two dates, e.g. 2026-12-01 2027-12-01.") from None
    return (start.replace(tzinfo=start.tzinfo or UTC), end.replace(tzinfo=end.tzinfo or UTC))
