"""The review rules (request, steering, incentive, repeat) and the unnecessary-message rule."""

from __future__ import annotations

import re

from inbox_app.policy.detectors import CJK, WORD, Detectors, order_ids
from inbox_app.policy.fields import Field, not_hypothetical
from inbox_app.policy.findings import FindingsBuilder
from inbox_app.policy.literals import PhraseHit
from inbox_app.policy.messages import short
from inbox_app.policy.ruleset import Ruleset
from inbox_app.policy.types import Context


def apply_reviews(
    out: FindingsBuilder, rs: Ruleset, texts: tuple[Field, Field], context: Context
) -> tuple[str, str] | None:
    """Review rules; returns the first review request's (phrase, matched text), if any."""
    requests = [(t, h) for t in texts for h in t.hits(rs, "review_request")]
    steering = [(t, h) for t in texts for h in _not_a_scale(rs, t) if not _refused(rs, t, h)]
    steering += [(t, h) for t in texts for h in _tied(rs, t, "review_conditional", requests)]
    if requests:
        steering += [
            (t, h)
            for t in texts
            for h in _satisfied_questions(rs, t)
            if not any(o is t and o_h.start < h.end and h.start < o_h.end for o, o_h in steering)
        ]
    incentives = [(t, h) for t in texts for h in _tied(rs, t, "incentive", requests)]
    for rule, found in (("review-manipulation", steering), ("review-incentive", incentives)):
        for t, h in found:
            out.add(
                rule,
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


def _not_a_scale(rs: Ruleset, text: Field) -> list[PhraseHit]:
    """Steering hits, less star counts that are one end of a range ("a 5-star or a 1-star
    review": every rating welcome, nothing steered)."""
    found = text.hits(rs, "review_manipulation")
    if not found or not any(c.isdigit() for h in found for c in h.trigger[:2]):
        return found
    scales = text.hits(rs, "rating_scale")
    return [h for h in found if not any(s.start <= h.start < s.end for s in scales)]


def _refused(rs: Ruleset, text: Field, hit: PhraseHit) -> bool:
    """A refusal before the hit ("I cannot remove or edit a review for you"): nothing asked."""
    return rs.cues.refusals.refuse(text.folded, hit.start, hit.end)


def _satisfied_questions(rs: Ruleset, text: Field) -> list[PhraseHit]:
    """A short question that opens with satisfaction ("Happy with your purchase?", "Love
    your bottle?", "Zufrieden mit Ihrem Kauf?", "お気に召しましたか？"), in a message that
    asks for a review: the request is put to the buyers who answer yes, as "if you are
    happy, ..." is. "How do you like it?" and "Not happy with it?" condition nothing."""
    found = []
    folded = text.folded
    for hit in text.hits(rs, "satisfied_lead"):
        cjk = CJK.match(folded, hit.start) is not None
        end = (_JA_QUESTION_END if cjk else _QUESTION_END).match(folded, hit.end)
        if end is None:
            continue
        lead = folded[max(0, hit.start - 40) : hit.start]
        lead = _SENTENCE_SPLIT.split(lead)[-1]
        if cjk:
            if len(lead) <= 12:
                found.append(PhraseHit(hit.start, end.end(), hit.trigger, hit.language))
            continue
        words = WORD.findall(lead)
        if len(words) <= 4 and not any(w in _NOT_A_CONDITION for w in words):
            found.append(PhraseHit(hit.start, end.end(), hit.trigger, hit.language))
    return found


# The rest of a short question after its satisfaction word (up to the question mark).
_QUESTION_END = re.compile(r"[^.!?;\n]{0,60}?\?")
_JA_QUESTION_END = re.compile("[^\u3002\uff01\uff1f?\n]{0,24}?[?\uff1f]")
_SENTENCE_SPLIT = re.compile("[.!?;:\n\u3002\uff01\uff1f]")
# Words before the satisfaction word that make the question open or negative.
_NOT_A_CONDITION = frozenset(
    {
        *("not", "no", "non", "nicht", "kein", "ne", "pas"),
        *("how", "what", "why", "wie", "was", "warum", "comment", "pourquoi", "quoi"),
        *("come", "perche", "cosa", "como", "que", "por"),
    }
)


def _tied(
    rs: Ruleset, text: Field, category: str, requests: list[tuple[Field, PhraseHit]]
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


def unnecessary(out: FindingsBuilder, rs: Ruleset, det: Detectors, body: Field) -> None:
    hits = [h for c in ("confirmation", "thanks", "contact_us") for h in body.hits(rs, c)]
    if not hits or out.has("review-incentive") or out.has("review-manipulation"):
        return  # a message that offers or steers says more than thanks (and is blocked)
    for category in ("critical", "review_request", "marketing", "cross_selling"):
        if body.hits(rs, category):
            return
    if _asks(body, hits) or _says_more(rs, det, body):
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


def _asks(body: Field, hits: list[PhraseHit]) -> bool:
    """A question that is not itself the confirmation or the offer of help ("Did it arrive?",
    "Any questions?"): the message asks the buyer something, so it is more than thanks."""
    folded = body.folded
    if "?" not in folded and "\uff1f" not in folded:
        return False
    answered = {body.sentence(h.start) for h in hits}
    return any(body.sentence(m.start()) not in answered for m in _QUESTION.finditer(folded))


def _says_more(rs: Ruleset, det: Detectors, body: Field) -> bool:
    """A refund, a return, an important notice: more than thanks, unless only offered
    ("if you want to return it"). The offer words are read in the message's own language
    (Italian "se" is "if", Spanish "se" is not)."""
    substance = body.hits(rs, "substance")
    if not substance:
        return False
    cues = body.hits(rs, "hypothetical")
    if cues:
        lang, _ = body.language(det.language, rs.settings.language_min_words)
        if lang is not None:
            cues = [c for c in cues if c.language in (lang, "")]
    return bool(not_hypothetical(body, substance, cues))


# What the words of a message do not include: template variables the shop software fills
# in ({firstname}, {{var order.increment_id}}, ${order.id}, [[buyer-name]], [order ID]) and
# the field labels of an order summary at the start of a line ("Payment Method:").
_QUESTION = re.compile("[?\uff1f]")
_NOT_WORDS = re.compile(
    r"\{\{.{0,120}?\}\}|\$\{[^{}\n]{0,80}\}|\{\$?[^{}\s]{1,60}\}"
    # A Smarty function tag with arguments: {format_money number=$PRICE currency_id=$CUR},
    # {config key="url_site"}, {format_money number={$TOTAL - $POSTAGE} currency_id=$CUR}.
    r"|\{\w{1,40}(?:[ \t]+\w{1,40}="
    r"(?:\{[^{}\n]{0,60}\}|\"[^\"\n]{0,60}\"|[^\s{}\"]{1,60})){1,6}[ \t]*\}"
    r"|\[\[[^\[\]\n]{0,60}\]\]|\[[^\[\]\n]{1,40}\]"
    r"|^[ \t]*[^\W\d_][^\W\d_' \t]*(?:[ \t]+[^\W\d_][^\W\d_' \t]*){0,3}[ \t]*[:\uff1a]",
    re.MULTILINE,
)


def _other_words(folded: str, spans: list[tuple[int, int]], det: Detectors) -> int:
    """Words outside `spans`, placeholders and field labels that are not filler; three
    CJK characters count as a word."""
    chars = list(folded)
    if "{" in folded or "[" in folded or ":" in folded or "\uff1a" in folded:
        spans = spans + [(m.start(), m.end()) for m in _NOT_WORDS.finditer(folded)]
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    words = [w for w in WORD.findall("".join(chars)) if w not in det.filler_words]
    return sum(max(1, len(w) // 3) if CJK.match(w) else 1 for w in words)
