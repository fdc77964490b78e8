"""check(): runs every content, opt-out and attachment rule over a draft and its context."""

from __future__ import annotations

import bisect
import dataclasses
import re
import unicodedata
from collections.abc import Mapping

from inbox_app.policy import attachments, optout
from inbox_app.policy.detectors import (
    CJK,
    HIGH,
    ORDER_ID,
    WORD,
    Detectors,
    blank_lines_regex,
    detectors,
    line_breaks,
    order_ids,
)
from inbox_app.policy.findings import FindingsBuilder, coalesce
from inbox_app.policy.links import skeleton
from inbox_app.policy.messages import short
from inbox_app.policy.normalize import fold
from inbox_app.policy.phones import find_phones
from inbox_app.policy.phrases import PhraseHit
from inbox_app.policy.ruleset import Ruleset, load_ruleset
from inbox_app.policy.types import AttachmentScan, Context, Draft, FieldName, Finding, Report

_PHRASE_RULES = (
    ("opt_out", "opt-out-link"),
    ("marketing", "marketing"),
    ("cross_selling", "cross-selling"),
)


class _Text:
    """One field, folded once; phrase hits computed once per category.

    Text typed as base letter + combining accent (NFD, e.g. pasted from macOS files)
    is composed first, so "de\u0301sabonner" matches "désabonner"; `raw_span` maps
    spans back to the caller's own text.
    """

    def __init__(self, name: FieldName, raw: str) -> None:
        self.name: FieldName = name
        self.raw = raw
        self._map: list[int] | None = None
        self.original = raw
        if not unicodedata.is_normalized("NFC", raw):
            self.original, self._map = _compose(raw)
        self.folded = fold(self.original)
        self.cjk = CJK.search(self.folded) is not None
        self._hits: dict[str, list[PhraseHit]] | None = None
        self._lazy: dict[str, list[PhraseHit]] = {}
        self._ends: list[int] | None = None

    def hits(self, rs: Ruleset, category: str) -> list[PhraseHit]:
        index = rs.lazy.get(category)
        if index is not None:
            found = self._lazy.get(category)
            if found is None:
                found = index.scan(self.folded, cjk=self.cjk)[category]
                self._lazy[category] = found
            return found
        if self._hits is None:
            hits = rs.phrases.scan(self.folded, cjk=self.cjk)
            _add_cues(rs, self.folded, hits, cjk=self.cjk)
            if hits["critical"]:
                cues = self.hits(rs, "hypothetical")
                hits["critical"] = _not_hypothetical(self, hits["critical"], cues)
            hits["marketing"] = [h for h in hits["marketing"] if not _field_label(self.folded, h)]
            self._hits = hits
        return self._hits[category]

    def sentence(self, pos: int) -> int:
        """Which sentence `pos` is in: the number of sentence ends before it (O(log n))."""
        if self._ends is None:
            self._ends = [m.start() for m in _SENTENCE_END_RE.finditer(self.folded)]
        return bisect.bisect_left(self._ends, pos)

    def raw_span(self, finding: Finding) -> Finding:
        if self._map is None:
            return finding
        return dataclasses.replace(
            finding, start=self._map[finding.start], end=self._map[finding.end]
        )


_BREAK_CHARS = "\n\r\u2028\u2029\x0b\x0c\x85"
_TWO_BREAKS = re.compile(f"[{_BREAK_CHARS}][ \\t]*[{_BREAK_CHARS}]")
_SENTENCE_END_RE = re.compile("[.!?\n\u3002\uff01\uff1f]")


def _not_hypothetical(
    text: _Text, critical: list[PhraseHit], cues: list[PhraseHit]
) -> list[PhraseHit]:
    """Critical hits that are not inside a condition ("if there is any problem with ...").

    An offer of help names a problem without reporting one: a critical phrase after a
    conditional word in the same sentence decides nothing.
    """
    if not cues or not critical:
        return critical
    cue_ends = sorted(c.end for c in cues)
    kept = []
    for hit in critical:
        i = bisect.bisect_right(cue_ends, hit.start)
        if i == 0 or text.sentence(cue_ends[i - 1]) != text.sentence(hit.start):
            kept.append(hit)
    return kept


def _add_cues(rs: Ruleset, folded: str, hits: dict[str, list[PhraseHit]], *, cjk: bool) -> None:
    """Word-class cues join the phrase hits; a cue within a phrase hit adds nothing."""
    found: dict[str, list[PhraseHit]] = {c: [] for c in hits}
    rs.cues.scan(folded, found, cjk=cjk)
    for category, extra in found.items():
        if not extra:
            continue
        have = hits[category]
        new = [h for h in extra if not any(o.start <= h.start and h.end <= o.end for o in have)]
        if new:
            hits[category] = sorted(have + new, key=lambda h: h.start)


def _field_label(folded: str, hit: PhraseHit) -> bool:
    """A word that names a field of an order summary ("Discounts: 0,00 €"), not an offer."""
    i = hit.start
    while i > 0 and folded[i - 1] in " \t":
        i -= 1
    if i > 0 and folded[i - 1] not in "\n\r":
        return False  # words before it on its line
    rest = folded[hit.end : hit.end + 3].lstrip(" \t")
    return rest.startswith((":", "\uff1a"))


def _compose(raw: str) -> tuple[str, list[int]]:
    """NFC-compose each base+combining cluster that becomes one character; index map back."""
    out: list[str] = []
    where: list[int] = []
    i, n = 0, len(raw)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(raw[j]):
            j += 1
        composed = unicodedata.normalize("NFC", raw[i:j]) if j - i > 1 else raw[i]
        if len(composed) == 1:
            out.append(composed)
            where.append(i)
        else:
            out.extend(raw[i:j])
            where.extend(range(i, j))
        i = j
    where.append(n)
    return "".join(out), where


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
    texts = (_Text("subject", draft.subject or ""), _Text("body", draft.body or ""))
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
    review = _reviews(out, rs, texts, context)

    seller_initiated = not context.buyer_initiated
    if seller_initiated:
        _order_rules(out, rs, texts, context)
    content = optout.classify(rs, texts, review)
    if seller_initiated and not content.critical and not draft.attachments:
        _unnecessary(out, rs, det, body)
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


def _links_and_emails(out: FindingsBuilder, det: Detectors, rs: Ruleset, text: _Text) -> None:
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


def _phones(out: FindingsBuilder, text: _Text, region: str) -> None:
    for phone in find_phones(text.folded, region):
        shown = text.original[phone.start : phone.end]
        out.add("phone-number", text.name, phone.start, phone.end, trigger=shown, text=shown)


def _emoji(out: FindingsBuilder, det: Detectors, text: _Text) -> None:
    folded = text.folded
    spans: list[tuple[int, int]] = []
    if not folded.isascii() and HIGH.search(folded):
        regex = det.emoji if "\ufe0f" in folded else det.pictographs
        spans = list(coalesce((m.start(), m.end()) for m in regex.finditer(folded)))
    emoticons = []
    for m in det.emoticons.finditer(folded):
        before = folded[m.start() - 1] if m.start() else " "
        after = folded[m.end()] if m.end() < len(folded) else " "
        if before.isspace() and (after.isspace() or after in ".,!?"):
            emoticons.append((m.start(), m.end()))
    spans += coalesce(emoticons)
    for start, end in spans:
        shown = text.original[start:end]
        out.add("emoji", text.name, start, end, trigger=shown, text=shown)


def _body_form(out: FindingsBuilder, det: Detectors, rs: Ruleset, body: _Text) -> None:
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


def _reviews(
    out: FindingsBuilder, rs: Ruleset, texts: tuple[_Text, _Text], context: Context
) -> tuple[str, str] | None:
    """Review rules; returns the first review request's (phrase, matched text), if any."""
    requests = [(t, h) for t in texts for h in t.hits(rs, "review_request")]
    steering = [(t, h) for t in texts for h in t.hits(rs, "review_manipulation")]
    steering += [(t, h) for t in texts for h in _tied(rs, t, "review_conditional", requests)]
    for t, h in steering:
        out.add(
            "review-manipulation",
            t.name,
            h.start,
            h.end,
            trigger=h.trigger,
            text=short(t.original[h.start : h.end]),
        )
    incentives = [(t, h) for t in texts for h in _tied(rs, t, "incentive", requests)]
    for t, h in incentives:
        out.add(
            "review-incentive",
            t.name,
            h.start,
            h.end,
            trigger=h.trigger,
            text=short(t.original[h.start : h.end]),
        )
    for t, h in requests:
        if context.review_already_requested:
            out.add(
                "repeat-review-request",
                t.name,
                h.start,
                h.end,
                trigger=h.trigger,
                text=short(t.original[h.start : h.end]),
            )
        elif not steering and not incentives:
            out.add(
                "review-request",
                t.name,
                h.start,
                h.end,
                trigger=h.trigger,
                text=short(t.original[h.start : h.end]),
            )
    if not requests:
        return None
    t, h = requests[0]
    return h.trigger, short(t.original[h.start : h.end])


def _tied(
    rs: Ruleset, text: _Text, category: str, requests: list[tuple[_Text, PhraseHit]]
) -> list[PhraseHit]:
    """Hits of `category` tied to a review: any, when the message asks for one; else
    those in the same sentence as a review noun ("a free gift for your honest review")."""
    found = text.hits(rs, category)
    if requests or not found:
        return found
    mentions = text.hits(rs, "review_mention")
    if not mentions:
        return []
    with_mention = {text.sentence(m.start) for m in mentions}
    strong = rs.cues.strong_incentives if category == "incentive" else frozenset()
    return [h for h in found if h.trigger in strong or text.sentence(h.start) in with_mention]


def _order_rules(
    out: FindingsBuilder, rs: Ruleset, texts: tuple[_Text, _Text], context: Context
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


def _unnecessary(out: FindingsBuilder, rs: Ruleset, det: Detectors, body: _Text) -> None:
    hits = [h for c in ("confirmation", "thanks", "contact_us") for h in body.hits(rs, c)]
    if not hits or out.has("review-incentive") or out.has("review-manipulation"):
        return  # a message that offers or steers says more than thanks (and is blocked)
    for category in ("critical", "review_request", "marketing", "cross_selling"):
        if body.hits(rs, category):
            return
    limit = rs.settings.unnecessary_message_max_other_words
    covered = sum(h.end - h.start for h in hits)
    if body.folded.count(" ") - covered // 4 > limit + 60:
        return  # a long message says more than thanks (cheap exit before counting words)
    spans = [(h.start, h.end) for h in hits]
    spans += [(m.start(), m.end()) for m in order_ids(body.folded)]
    if _other_words(body.folded, spans, det) > limit + 12:
        return  # far too much else to say; greetings and sign-offs cannot explain it away
    spans += [(h.start, h.end) for h in body.hits(rs, "filler")]
    if _other_words(body.folded, spans, det) > limit:
        return
    first = min(hits, key=lambda h: h.start)
    out.add(
        "unnecessary-message",
        "body",
        first.start,
        first.end,
        trigger=first.trigger,
        text=short(body.original[first.start : first.end]),
    )


def _other_words(folded: str, spans: list[tuple[int, int]], det: Detectors) -> int:
    """Words outside `spans` that are not filler; three CJK characters count as a word."""
    chars = list(folded)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    words = [w for w in WORD.findall("".join(chars)) if w not in det.filler_words]
    return sum(max(1, len(w) // 3) if CJK.match(w) else 1 for w in words)


def _language(
    out: FindingsBuilder, rs: Ruleset, det: Detectors, body: _Text, context: Context
) -> None:
    wanted = det.language.code(context.buyer_language)
    if wanted is None or wanted not in det.language.known or not body.folded.strip():
        return
    min_words = rs.settings.language_min_words
    # The first 800 characters tell the language; only a mismatch reads the rest
    # (a bilingual message may switch to the buyer's language later).
    guessed, votes = det.language.guess(body.folded[:800], min_words)
    if guessed is None or guessed == wanted:
        return
    if len(body.folded) > 800:
        guessed, votes = det.language.guess(body.folded, min_words)
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
