"""check(): runs every content, opt-out and attachment rule over a draft and its context."""

from __future__ import annotations

import re
from collections.abc import Mapping

from inbox_app.policy import attachments, optout
from inbox_app.policy.detectors import (
    ASTRAL,
    HIGH,
    ORDER_ID,
    Detectors,
    blank_lines_regex,
    detectors,
    line_breaks,
    order_ids,
)
from inbox_app.policy.fields import LANGUAGE_HEAD, Field
from inbox_app.policy.findings import FindingsBuilder, coalesce
from inbox_app.policy.link_hosts import skeleton
from inbox_app.policy.messages import short
from inbox_app.policy.normalize import fold
from inbox_app.policy.phones import find_phones
from inbox_app.policy.reviews import apply_reviews, unnecessary
from inbox_app.policy.ruleset import Ruleset, load_ruleset
from inbox_app.policy.types import AttachmentScan, Context, Draft, Report

_BREAK_CHARS = "\n\r\u2028\u2029\x0b\x0c\x85"
_TWO_BREAKS = re.compile(f"[{_BREAK_CHARS}][ \\t]*[{_BREAK_CHARS}]")

_PHRASE_RULES = (
    ("opt_out", "opt-out-link"),
    ("marketing", "marketing"),
    ("cross_selling", "cross-selling"),
)


def check(
    draft: Draft,
    context: Context,
    *,
    ruleset: Ruleset | None = None,
    scans: Mapping[str, AttachmentScan] | None = None,
    scan_missing: bool = True,
) -> Report:
    """Every finding for `draft` in `context`; pure and deterministic, never raises on text.

    `scans` maps sha256 -> AttachmentScan for attachments already scanned (off the GUI
    thread). An attachment without one is scanned here, or, with scan_missing=False,
    only counted and sized (the GUI shows it as "being checked" meanwhile).
    """
    rs = ruleset or load_ruleset()
    det = detectors(rs)
    out = FindingsBuilder(rs)
    texts = (Field("subject", draft.subject or ""), Field("body", draft.body or ""))
    subject, body = texts
    region = rs.marketplace(context.marketplace).region

    for text in texts:
        _links_and_emails(out, det, rs, text)
        _phones(out, text, region)
        _emoji(out, det, text)
        for category, rule in _PHRASE_RULES:
            for hit in text.hits(rs, category):
                out.add(
                    rule,
                    text.name,
                    hit.start,
                    hit.end,
                    trigger=hit.trigger,
                    text=short(text.original[hit.start : hit.end]),
                )
    _body_form(out, det, rs, body)
    review = apply_reviews(out, rs, texts, context)

    seller_initiated = not context.buyer_initiated
    if seller_initiated:
        _order_rules(out, rs, texts, context)
    content = optout.classify(rs, texts, review)
    if seller_initiated and not content.critical and not draft.attachments:
        unnecessary(out, rs, det, body)
    _language(out, rs, det, body, context)
    optout.apply(out, rs, subject.original, context, content)
    attachments.apply(out, rs, draft.attachments, scans, scan_missing=scan_missing)
    by_field = {t.name: t for t in texts}
    findings = tuple(
        by_field[f.field].raw_span(f) if f.field in by_field else f for f in out.sorted()
    )
    return Report(
        findings=findings,
        ruleset_version=rs.version,
        content_class="critical" if content.critical else "non-critical",
        content_trigger=content.trigger,
    )


def _links_and_emails(out: FindingsBuilder, det: Detectors, rs: Ruleset, text: Field) -> None:
    links, emails = det.links.find(text.original, text.folded)
    for link in links:
        shown = text.original[link.start : link.end]
        if link.scheme in ("http", "hxxp"):
            out.add("insecure-link", text.name, link.start, link.end, trigger=shown, host=link.host)
        if rs.is_allowed_host(link.host):
            continue
        variant = "external-link"
        if link.obfuscated:
            variant = "external-link.obfuscated"
        elif "amazon" in skeleton(link.host):
            variant = "external-link.lookalike"
        out.add(
            "external-link",
            text.name,
            link.start,
            link.end,
            variant=variant,
            trigger=shown,
            host=link.host,
        )
    for email in emails:
        shown = text.original[email.start : email.end]
        variant = "email-address.obfuscated" if email.obfuscated else "email-address"
        out.add(
            "email-address",
            text.name,
            email.start,
            email.end,
            variant=variant,
            trigger=shown,
            text=short(shown),
        )


def _phones(out: FindingsBuilder, text: Field, region: str) -> None:
    for phone in find_phones(text.folded, region):
        shown = text.original[phone.start : phone.end]
        out.add("phone-number", text.name, phone.start, phone.end, trigger=shown, text=shown)


def _emoji(out: FindingsBuilder, det: Detectors, text: Field) -> None:
    folded = text.folded
    spans: list[tuple[int, int]] = []
    if text.holds(HIGH):
        if "\ufe0f" in folded:
            spans = list(coalesce((m.start(), m.end()) for m in det.emoji.finditer(folded)))
        else:
            # A pictograph starts every match: none before the first one of the BMP or the
            # first character past it (kana and kanji pass HIGH, but are no pictographs).
            astral = ASTRAL.search(folded)
            end = astral.start() if astral else len(folded)
            bmp = det.bmp_pictographs.search(folded, 0, end)
            start = bmp.start() if bmp else end
            found = det.pictographs.finditer(folded, start) if start < len(folded) else ()
            spans = list(coalesce((m.start(), m.end()) for m in found))
    emoticons = []
    hinted = any(map(folded.__contains__, det.emoticon_hints))
    for m in det.emoticons.finditer(folded) if hinted else ():
        before = folded[m.start() - 1] if m.start() else " "
        after = folded[m.end()] if m.end() < len(folded) else " "
        if before.isspace() and (after.isspace() or after in ".,!?"):
            emoticons.append((m.start(), m.end()))
    spans += coalesce(emoticons)
    for start, end in spans:
        shown = text.original[start:end]
        out.add("emoji", text.name, start, end, trigger=short(shown), text=short(shown))


def _body_form(out: FindingsBuilder, det: Detectors, rs: Ruleset, body: Field) -> None:
    if "<" in body.folded or "&" in body.folded:
        for start, end in coalesce((m.start(), m.end()) for m in det.html.finditer(body.folded)):
            shown = body.original[start:end]
            out.add("html-content", "body", start, end, trigger=short(shown), text=short(shown))
    limit = rs.settings.max_consecutive_line_breaks
    # Two breaks with only blanks between them, found by a character class the regex
    # engine scans fast; without one there can be no run of blank lines.
    blank = _TWO_BREAKS.search(body.original) is not None
    for m in blank_lines_regex(limit).finditer(body.original) if blank else ():
        count = line_breaks(m.group())
        out.add(
            "blank-lines",
            "body",
            m.start(),
            m.end(),
            trigger=f"{count} line breaks",
            count=str(count),
        )
    length = len(body.original)
    if length > rs.settings.message_max_chars:
        out.add(
            "message-too-long",
            "body",
            rs.settings.message_max_chars,
            length,
            trigger=f"{length} characters",
            length=str(length),
            limit=str(rs.settings.message_max_chars),
        )


def _order_rules(
    out: FindingsBuilder, rs: Ruleset, texts: tuple[Field, Field], context: Context
) -> None:
    ids = {m.group() for t in texts for m in order_ids(t.folded)}
    wanted = fold(context.order_id).strip() if context.order_id else None
    if wanted and ORDER_ID.fullmatch(wanted):
        if wanted not in ids:
            out.add(
                "missing-order-id",
                "body",
                0,
                0,
                variant="missing-order-id.specific",
                trigger=wanted,
                order_id=wanted,
            )
    elif not ids:
        out.add("missing-order-id", "body", 0, 0, trigger=r"\d{3}-\d{7}-\d{7}")
    days = context.delivered_days_ago
    limit = rs.settings.order_window_days
    if days is not None and days > limit:
        out.add(
            "order-window", "body", 0, 0, trigger=f"{days} days", days=str(days), limit=str(limit)
        )


def _language(
    out: FindingsBuilder, rs: Ruleset, det: Detectors, body: Field, context: Context
) -> None:
    wanted = det.language.code(context.buyer_language)
    if wanted is None or wanted not in det.language.known or not body.folded.strip():
        return
    min_words = rs.settings.language_min_words
    # The first 800 characters tell the language; only a mismatch reads the rest
    # (a bilingual message may switch to the buyer's language later).
    guessed, votes = body.language(det.language, min_words)
    if guessed is None or guessed == wanted:
        return
    if len(body.folded) > LANGUAGE_HEAD:
        guessed, votes = body.language(det.language, min_words, whole=True)
        if guessed is None or guessed == wanted:
            return
    if votes.get(wanted, 0) >= 3:
        return  # a bilingual message that includes the buyer's language
    names = rs.languages.get("names", {})
    out.add(
        "language-mismatch",
        "body",
        0,
        0,
        trigger=guessed,
        detected=names.get(guessed, guessed),
        expected=names.get(wanted, wanted),
    )
