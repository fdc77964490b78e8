"""Opt-out and the [Important] tag, exactly as POLICY.md's "Opt-out and the subject tag" says."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from inbox_app.policy.findings import FindingsBuilder
from inbox_app.policy.literals import PhraseHit
from inbox_app.policy.messages import short
from inbox_app.policy.ruleset import Ruleset
from inbox_app.policy.tags import find_important_tag, preferred_tag
from inbox_app.policy.types import Context

NO_CRITICAL_REASON = "no critical reason (address, customization, delivery, cancellation) found"


class _HasHits(Protocol):
    original: str

    def hits(self, rs: Ruleset, category: str) -> list[PhraseHit]: ...


@dataclass(frozen=True, slots=True)
class ContentClass:
    critical: bool
    trigger: str  # the phrase that decided it, as written in the data
    text: str = ""  # the words in the draft that matched it


def _decided(critical: bool, t: _HasHits, hit: PhraseHit) -> ContentClass:
    return ContentClass(critical, hit.trigger, short(t.original[hit.start : hit.end]))


def classify(
    rs: Ruleset, texts: Sequence[_HasHits], review: tuple[str, str] | None
) -> ContentClass:
    """Critical if a critical phrase appears and nothing non-critical rides along with it.

    A review request, marketing or cross-selling makes the whole message
    non-critical: they may not travel under the tag or to opted-out buyers.
    """
    if review is not None:
        return ContentClass(False, review[0], review[1])
    for category in ("marketing", "cross_selling"):
        for t in texts:
            found = t.hits(rs, category)
            if found:
                return _decided(False, t, found[0])
    for t in texts:
        found = t.hits(rs, "critical")
        if found:
            return _decided(True, t, found[0])
    for category in ("noncritical", "confirmation", "thanks", "contact_us"):
        for t in texts:
            found = t.hits(rs, category)
            if found:
                return _decided(False, t, found[0])
    return ContentClass(False, "")


def opt_out_applies(rs: Ruleset, context: Context) -> bool:
    """Opt-out binds seller-initiated messages, except handmade/custom (and wine) orders."""
    if context.buyer_initiated or not context.opted_out:
        return False
    order_type = (context.order_type or "standard").lower()
    if order_type in rs.opt_out_exempt:
        return False
    return not (order_type == "wine" and rs.settings.wine_exempt_from_opt_out)


def apply(
    out: FindingsBuilder, rs: Ruleset, subject: str, context: Context, content: ContentClass
) -> None:
    tag_match = find_important_tag(subject, context.marketplace, rs)
    tag = tag_match.group() if tag_match else preferred_tag(context.marketplace, rs)
    tag_span = (tag_match.start(), tag_match.end()) if tag_match else (0, 0)
    trigger = content.trigger or NO_CRITICAL_REASON
    text = content.text or NO_CRITICAL_REASON
    applies = opt_out_applies(rs, context)

    if applies and not content.critical:
        out.add("opted-out-noncritical", "body", 0, 0, trigger=trigger, tag=tag, text=text)
    if applies and content.critical:
        if not rs.settings.important_tag_overrides_opt_out:
            out.add("opted-out-new-thread", "subject", *tag_span, trigger=trigger)
        elif tag_match is None:
            out.add("important-tag-required", "subject", 0, 0, trigger=trigger, tag=tag, text=text)
    if tag_match is None:
        return
    if not content.critical:
        out.add("important-tag-misuse", "subject", *tag_span, trigger=trigger, tag=tag, text=text)
    elif not applies:
        if context.buyer_initiated:
            variant = "important-tag-unneeded.reply"
        elif not context.opted_out:
            variant = "important-tag-unneeded"
        else:
            variant = "important-tag-unneeded.exempt"
        out.add(
            "important-tag-unneeded",
            "subject",
            *tag_span,
            variant=variant,
            trigger=tag,
            tag=tag,
            order_type=(context.order_type or "standard").lower(),
        )
