"""One field of a draft (subject or body), folded once, with its phrase and cue hits.

The rules read a field's hits by category; every category (and every cue's key words) is
found in one walk over the field's words, on the first read.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import unicodedata

from inbox_app.policy.detectors import CJK
from inbox_app.policy.language import SCRIPTS, LanguageGuesser
from inbox_app.policy.literals import PhraseHit
from inbox_app.policy.normalize import fold_text
from inbox_app.policy.ruleset import LAZY_CATEGORIES, Ruleset
from inbox_app.policy.types import FieldName, Finding

# The first characters of a field tell its language; a mismatch reads the rest.
LANGUAGE_HEAD = 800


class Field:
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
        folded, self._wide = fold_text(self.original)
        self.folded = join_soft_wraps(self.original, folded) if "\n" in folded else folded
        self.cjk = self.holds(CJK)
        self._hits: dict[str, list[PhraseHit]] | None = None
        self._lazy: dict[str, list[PhraseHit]] | None = None
        self._ends: list[int] | None = None
        self._languages: dict[tuple[bool, int], tuple[str | None, dict[str, int]]] = {}

    def holds(self, chars: re.Pattern[str]) -> bool:
        """Whether the folded field holds a character of `chars`, a class of characters
        outside ASCII only: asked of its few such characters when fold() read them."""
        if self._wide is None:
            return chars.search(self.folded) is not None
        return any(chars.match(c) for c in self._wide)

    def hits(self, rs: Ruleset, category: str) -> list[PhraseHit]:
        if category in LAZY_CATEGORIES:
            return self._lazy_hits(rs, category)
        if self._hits is None:
            hits = rs.phrases.scan(self.folded, cjk=self.cjk)
            _add_cues(rs, self.folded, hits)
            if hits["critical"]:
                hits["critical"] = [
                    h
                    for h in not_hypothetical(self, hits["critical"], hits["hypothetical"])
                    if not _field_label(self.folded, h, heading=True)
                ]
            if hits["marketing"]:
                hits["marketing"] = [
                    h
                    for h in hits["marketing"]
                    if not _field_label(self.folded, h) and not _field_value(self.folded, h)
                ]
            _apply_conditional(rs, hits)
            self._hits = hits
            self._apply_vetoes(rs, hits)
        return self._hits.get(category) or []

    def _apply_vetoes(self, rs: Ruleset, hits: dict[str, list[PhraseHit]]) -> None:
        """Drop the hits a sentence veto of the cue data names (cues.SentenceVeto)."""
        folded = self.folded
        for veto in rs.cues.vetoes:
            target = hits.get(veto.target)
            if not target:
                continue
            kept = []
            for h in target:
                if veto.holding.search(folded, h.start, h.end) is not None:
                    lo, hi = self._sentence_span(h.start)
                    if veto.by.search(folded, lo, hi) is not None:
                        continue
                kept.append(h)
            hits[veto.target] = kept

    def _sentence_span(self, pos: int) -> tuple[int, int]:
        """Where the sentence that holds `pos` starts and ends."""
        i = self.sentence(pos)
        ends = self._ends or []
        return (ends[i - 1] + 1 if i else 0), (ends[i] if i < len(ends) else len(self.folded))

    def _lazy_hits(self, rs: Ruleset, category: str) -> list[PhraseHit]:
        if self._lazy is None:
            self._lazy = rs.lazy_phrases.scan(self.folded, cjk=self.cjk)
        return self._lazy.get(category) or []

    def language(
        self, guesser: LanguageGuesser, min_words: int, *, whole: bool = False
    ) -> tuple[str | None, dict[str, int]]:
        """The guessed language of the field's first 800 characters (the whole field with
        `whole`) and the votes, guessed once per field (two rules ask for it)."""
        key = (whole, min_words)
        found = self._languages.get(key)
        if found is None:
            text = self.folded if whole else self.folded[:LANGUAGE_HEAD]
            scripts = self.holds(SCRIPTS)  # none in the field: none in its head
            found = self._languages[key] = guesser.guess(text, min_words, scripts=scripts)
        return found

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


# What may stand before a field label on its line: blanks and list bullets ("■お届け先：").
_LABEL_LEAD = " \t\u25a0\u25a1\u25cf\u25cb\u25c6\u25c7\u25ce\u30fb*\u2022\u25aa\u25ba\u25b6>-"
_SENTENCE_END_RE = re.compile("[.!?\n\u3002\uff01\uff1f]")
# One short word (a possessive or an article) between a line's start and a heading's words.
_HEADING_LEAD = re.compile(r"(?:^|(?<=\n))[^\W\d_]{1,6}[ \t]+$")


# A line break inside a sentence of hard-wrapped plain text: after a word, a comma or a
# closing bracket, before a lower-case letter ("... your order {order_number}\nhas been
# received and\nwill be processed shortly."). A line that starts with a capital, a digit,
# a bullet or kana is a line of its own (a list item, a heading, a sign-off). The search
# starts at the line break (a literal, so the regex engine skips to it); the character
# before it is read by hand. Past _MAX_WRAPS breaks the rest stays as it is (a paste of
# short lines must not cost a Python step per line).
_WRAP_NEXT = re.compile(r"\n[ \t]*(?=[^\W\d_])")
_WRAP_AFTER = frozenset(",;)}]'\"%")
_MAX_WRAPS = 2_000


def join_soft_wraps(original: str, folded: str) -> str:
    """`folded` with the line breaks of soft wraps made blanks (same length), so a wrapped
    sentence is one sentence for the cues and the sentence index."""
    pieces: list[str] = []
    last = 0
    for m in _WRAP_NEXT.finditer(original):
        if len(pieces) >= 2 * _MAX_WRAPS:
            break
        if not original[m.end()].islower():
            continue
        i = m.start()
        j = i - 1
        while j >= 0 and original[j] in " \t\r":
            j -= 1
        if j < 0:
            continue
        before = original[j]
        if before not in _WRAP_AFTER and (not before.isalnum() or before == "_"):
            continue
        pieces.append(folded[last : j + 1])
        pieces.append(folded[j + 1 : i + 1].replace("\r", " ").replace("\n", " "))
        last = i + 1
    if not pieces:
        return folded
    pieces.append(folded[last:])
    return "".join(pieces)


def not_hypothetical(
    text: Field, critical: list[PhraseHit], cues: list[PhraseHit]
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


def _add_cues(rs: Ruleset, folded: str, hits: dict[str, list[PhraseHit]]) -> None:
    """Word-class cues join the phrase hits; a cue within a phrase hit adds nothing."""
    found: dict[str, list[PhraseHit]] = {}
    rs.cues.scan(folded, hits, found)
    for category, extra in found.items():
        if not extra:
            continue
        have = hits.get(category) or []
        new = [h for h in extra if not any(o.start <= h.start and h.end <= o.end for o in have)]
        if new:
            hits[category] = sorted(have + new, key=lambda h: h.start)


def _apply_conditional(rs: Ruleset, hits: dict[str, list[PhraseHit]]) -> None:
    """A conditional cue category joins its rule's category only when the field has no hit
    of the categories it names (`unless`); it never stays a category of its own."""
    for name, (target, unless) in rs.cues.conditional.items():
        held = hits.pop(name, None)
        if held and not any(hits.get(u) for u in unless):
            hits[target] = sorted([*(hits.get(target) or ()), *held], key=lambda h: h.start)


def _field_label(folded: str, hit: PhraseHit, *, heading: bool = False) -> bool:
    """A word that names a field of an order summary ("Discounts: 0,00 €", "お届け先：..."),
    not an offer or a problem; with `heading`, also a phrase alone on its line (a summary's
    "Shipping address" above the address)."""
    i = hit.start
    while i > 0 and folded[i - 1] in _LABEL_LEAD:
        i -= 1
    if heading and i > 0 and folded[i - 1] not in "\n\r" and not hit.trigger.startswith("cue:"):
        # A heading may open with one short word: "Your delivery address", "Votre adresse
        # de livraison", "Ihre Lieferadresse" above the address (a listed phrase; a cue is
        # a statement: "The payment for your order has failed").
        m = _HEADING_LEAD.search(folded, max(0, hit.start - 8), hit.start)
        if m is not None:
            i = m.start()
    if i > 0 and folded[i - 1] not in "\n\r":
        return False  # words before it on its line
    rest = folded[hit.end : hit.end + 3].lstrip(" \t")
    if rest.startswith((":", "\uff1a")):
        return True
    if _PLACEHOLDER_VALUE.match(folded, hit.end) is not None:
        return True  # "Discount {discount}": a summary line's label and its value
    return heading and (not rest or rest[0] in "\n\r")


# A template placeholder that is the whole rest of its line ("{discount}", "{{ order.discount }}",
# "%discount%", "[discount]"), after a label's blanks or colon.
_PLACEHOLDER_VALUE = re.compile(
    r"[ \t]*[:\uff1a]?[ \t]*"
    r"(?:\{\{[^{}\n]{1,80}\}\}|\{[^{}\n]{1,60}\}|%[\w.]{1,60}%|\[[^\[\]\n]{1,60}\])"
    r"[ \t]*(?:$|(?=[\r\n]))"
)
# A field label at a line's start: one to four words, then a colon or blanks.
_LABEL_BEFORE = re.compile(
    r"(?:^|(?<=\n))[ \t]*[^\W\d_][^\W\d_' \t]*"
    r"(?:[ \t]+[^\W\d_][^\W\d_' \t]*){0,3}[ \t]*[:\uff1a]?[ \t]*$"
)


def _field_value(folded: str, hit: PhraseHit) -> bool:
    """A word inside the placeholder that is a summary line's value ("Discount: {discount}",
    "Rabatt {{ order.discount }}"): the shop fills in the order's own figure, which offers
    nothing."""
    line_start = folded.rfind("\n", 0, hit.start) + 1
    opened = max(
        folded.rfind("{", line_start, hit.start),
        folded.rfind("%", line_start, hit.start),
        folded.rfind("[", line_start, hit.start),
    )
    if opened < line_start:
        return False
    while opened > line_start and folded[opened - 1] == "{":
        opened -= 1
    m = _PLACEHOLDER_VALUE.match(folded, opened)
    if m is None or m.end() < hit.end:
        return False
    return _LABEL_BEFORE.search(folded, line_start, opened) is not None


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
