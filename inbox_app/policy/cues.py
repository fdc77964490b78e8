"""Word-class cues: patterns over classes of words, not lists of whole phrases.

A cue says "a word of class A, then up to N other words, then a word of class B, in
the same sentence" ("leave" ... "review", "if" ... "satisfied", "update" ... "rating",
"20" "percent" "off"). The classes are data (resources/policy/cues.json), per
language: a word, a word with any ending (`satisf*`), or a few words (`good
experience`); Japanese entries are substrings and the gap counts characters.

Speed: each cue has a key class (its rarest words). All cues' key words join the phrase
lists in the rule set's one phrase index, walked once over the text's words; only a
window around each key hit is tried with the whole cue, so a draft without key words
costs nothing more than that walk.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from inbox_app.policy.literals import PhraseHit
from inbox_app.policy.normalize import fold
from inbox_app.policy.regex_starts import StartScan

# The category prefix of a cue's key words in the phrase index.
KEY = "\x00key:"

_LATIN_SEP = r"[^\w.!?;:\n\u3002\uff01\uff1f]+"
# Within a clause: a comma ends it too ("if you need anything, we are happy to help").
_CLAUSE_SEP = r"[^\w.,!?;:\n\u3002\u3001\uff01\uff1f]+"
# Across sentences of one paragraph ("Thank you for your review. Your bonus ...").
_PARA_SEP = r"[^\w\n]+"
# Anywhere in the message, within the window around the key ("back in stock" ... a line
# below it: "the product page: {product_link}").
_MESSAGE_SEP = r"[^\w]+"
# A word ends where no letter follows, nor a possessive: "this product's manual" names
# the manual, not the product.
_WORD_END = r"(?!\w|['\u2019]s(?!\w))"
_JA_GAP = "[^\u3002\uff01\uff1f\n]"
# How far around a key hit a cue may reach (characters); cues are short by design.
_WINDOW = 160
# Key hits tried per cue and field: a message has a few; a wall of "review review ..."
# must not cost a window search per word (the phrase lists still read all of it).
MAX_KEY_TRIES = 32
# How far a `not_after` look-ahead reads past a cue ("..., dass", " to know that").
_NOT_AFTER_REACH = 40


def _entry_regex(entry: str, *, latin: bool) -> str:
    text = fold(entry.strip())
    if not latin:
        return re.escape(text)
    star = text.endswith("*")
    if star:
        text = text[:-1]
    # An inner word may end in a star too ("unser* neue*"): any ending of that word.
    words = [
        re.escape(w.rstrip("*")).replace("ß", "(?:ß|ss)") + (r"[^\W_]*" if w.endswith("*") else "")
        for w in re.split(r"[\s\-]+", text)
        if w
    ]
    body = r"[\s\-]+".join(words)
    if star and "_" not in text:
        # A star ends a word, not a placeholder: `sponsor*` is not `{sponsored_firstname}`.
        return body + r"[^\W_]*" + _WORD_END
    return body + (r"\w*" if star else _WORD_END)


def _class_regex(entries: Sequence[str], *, latin: bool) -> str:
    alts = sorted({_entry_regex(e, latin=latin) for e in entries}, key=len, reverse=True)
    body = "(?:" + "|".join(alts) + ")"
    return r"(?<!\w)" + body if latin else body


def _entries(classes: Mapping[str, Mapping[str, Sequence[str]]], name: str) -> list[str]:
    """The Latin-script words of class `name` (every language but Japanese)."""
    if name not in classes:
        raise ValueError(f"unknown class {name!r}")
    return [e for lang, words in classes[name].items() if lang != "ja" for e in words]


@dataclass(frozen=True)
class Refusals:
    """Words that refuse what a hit names ("we cannot remove a review"): `before` ends just
    before the hit (up to three words between), `inside` stands within it, `after` follows
    it (Japanese: 削除はできません)."""

    before: re.Pattern[str] | None
    inside: re.Pattern[str] | None
    after: re.Pattern[str] | None

    def refuse(self, folded: str, start: int, end: int) -> bool:
        if self.before is not None and self.before.search(folded, max(0, start - 90), start):
            return True
        if self.inside is not None and self.inside.search(folded, start, end):
            return True
        return self.after is not None and self.after.match(folded, end, end + 40) is not None


def _refusals(spec: Mapping[str, Any]) -> Refusals:
    def entries(part: str) -> list[str]:
        return [e for words in spec.get(part, {}).values() for e in words]

    before, inside, after = entries("before"), entries("inside"), entries("after")
    gap = r"[^\w.,!?;:\n]+"
    return Refusals(
        re.compile(_class_regex(before, latin=True) + rf"(?:{gap}[\w']+){{0,3}}{gap}$")
        if before
        else None,
        re.compile(_class_regex(inside, latin=True)) if inside else None,
        re.compile(f"{_JA_GAP}{{0,12}}?" + _class_regex(after, latin=False)) if after else None,
    )


@dataclass(frozen=True)
class SentenceVeto:
    """Hits of `target` that hold a word of `holding` are dropped when their sentence holds
    a word of `by`: "visit our website and go to My Orders" sends the buyer to the account,
    not to the shop's goods. `by` is searched only in such a hit's sentence, so a message
    without a target hit pays nothing."""

    target: str
    by: re.Pattern[str]
    holding: re.Pattern[str]


def _words_regex(names: Sequence[str], classes: Mapping[str, Mapping[str, Sequence[str]]]) -> str:
    """One regex for the words of classes `names`, Latin and Japanese."""
    latin = [e for name in names for e in _entries(classes, name)]
    ja = [e for name in names for e in classes[name].get("ja", ())]
    alts = [_class_regex(latin, latin=True)] if latin else []
    return "|".join(alts + ([_class_regex(ja, latin=False)] if ja else []))


def _veto(
    target: str, spec: Mapping[str, Any], classes: Mapping[str, Mapping[str, Sequence[str]]]
) -> SentenceVeto:
    by = _words_regex([str(spec["by"])], classes)
    return SentenceVeto(target, re.compile(by), re.compile(_words_regex(spec["holding"], classes)))


@dataclass(frozen=True)
class Cue:
    id: str  # name/script: the category of its key words in the key index
    category: str
    whole: re.Pattern[str]
    key_words: Mapping[str, Sequence[str]]  # by language, as written in the data
    # Where the key class sits in the cue's one order of Latin words: "start" (the cue
    # starts at a key hit: one anchored match), "end" (it ends at the key: the window
    # before it is searched), "" (either order, or a middle key: the whole window).
    anchor: str = ""
    # `whole` tried only where it can start (its first class's words), not at every
    # position of a window.
    scan: StartScan | None = None
    # How far past the key's end the cue reads (its `not_after` look-ahead).
    reach: int = 0

    def windows(self, text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
        """What `whole.finditer(text, lo, hi)` yields."""
        if self.scan is None:
            return self.whole.finditer(text, lo, hi)
        return self.scan.finditer(text, lo, hi)


def _start_scan(whole: re.Pattern[str]) -> StartScan | None:
    """A StartScan for a cue whose words the regex engine cannot skip to (a Latin cue
    starts with a look-behind), when its first words are rare enough to be worth it: a
    window has few places where "trust" or "hoping" starts, but many for "a" or "se"."""
    scan = StartScan(whole)
    if not scan.fast or not whole.pattern.startswith("(?<!"):
        return None
    return scan if min(map(len, scan.literal_starts), default=0) >= 3 else None


class CueIndex:
    """Every cue of the data, compiled once; `scan` adds hits to phrase categories."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        classes: Mapping[str, Mapping[str, Sequence[str]]] = data.get("classes", {})
        self.cues: list[Cue] = []
        for spec in data.get("cues", ()):
            self.cues.extend(self._compile(spec, classes))
        # Every cue's key words, as categories of the rule set's one phrase index (a single
        # walk over the words finds them with every phrase list); `KEY` + cue id names them.
        self.key_categories = {KEY + cue.id: cue.key_words for cue in self.cues}
        self._order = {KEY + cue.id: i for i, cue in enumerate(self.cues)}
        # Incentives no message may carry at all (gift cards, money): tied to a review
        # mention anywhere in the message, not only in the same sentence.
        self.strong_incentives = frozenset(data.get("strong_incentives", ()))
        # Cue categories that join a rule's category only when the field has none of some
        # others: "back in stock" promotes a product unless the message is about the
        # buyer's own order being delayed or shipped.
        self.conditional: dict[str, tuple[str, tuple[str, ...]]] = {
            name: (str(spec["category"]), tuple(spec.get("unless", ())))
            for name, spec in data.get("conditional", {}).items()
        }
        self.refusals = _refusals(data.get("refusals", {}))
        self.vetoes = tuple(
            _veto(target, spec, classes)
            for target, spec in data.get("sentence_vetoes", {}).items()
            if target != "comment"
        )

    @staticmethod
    def _compile(spec: Mapping[str, Any], classes: Mapping[str, Any]) -> list[Cue]:
        seq: list[str] = list(spec["seq"])
        for name in seq:
            if name not in classes:
                raise ValueError(f"cue {spec['name']!r}: unknown class {name!r}")
        key_name = spec.get("key", seq[-1])
        out = []
        for script in spec.get("scripts", ("latin", "ja")):
            latin = script == "latin"
            parts = []
            for name in seq:
                by_lang = classes[name]
                langs = spec.get("langs")
                entries = [
                    e
                    for lang, words in by_lang.items()
                    if (lang != "ja") == latin and (langs is None or lang in langs)
                    for e in words
                ]
                if not entries:
                    break
                parts.append((name, entries))
            else:
                between = spec.get("within", "sentence")
                if latin:
                    gap = int(spec.get("gap", 3))
                    one = {
                        "clause": _CLAUSE_SEP,
                        "paragraph": _PARA_SEP,
                        "message": _MESSAGE_SEP,
                    }.get(between, _LATIN_SEP)
                    # A gap word may hold inner dots ("{{ store.name }}", "e.g"): only a
                    # dot before a blank ends the sentence. `gap_not` names a class whose
                    # words may not stand in the gap ("visiting the account section of our
                    # store" visits an account, not the shop).
                    word = r"[\w']+(?:\.[\w']+)*"
                    if spec.get("gap_not"):
                        word = (
                            f"(?!{_class_regex(_entries(classes, spec['gap_not']), latin=True)})"
                            + word
                        )
                    sep = rf"(?:{one}{word}){{0,{gap}}}?{one}"
                else:
                    gap = int(spec.get("gap_ja", spec.get("gap", 3)))
                    gap_char = "." if between == "message" else _JA_GAP
                    sep = f"(?s:{gap_char}){{0,{gap}}}?"
                orders = [parts]
                if spec.get("either") and len(parts) == 2:
                    orders.append(parts[::-1])
                # Words that may not follow the cue (`not_after`): "might also interest you to
                # know that ..." tells the buyer something, it offers no goods.
                neg = ""
                if latin and spec.get("not_after"):
                    neg = _class_regex(_entries(classes, spec["not_after"]), latin=True)
                    neg = f"(?![^\\w\\n]*{neg})"
                # Words that may not stand right before the cue (`not_before`, each one
                # blank away): "please do not reply to this message" offers no help.
                lead = ""
                if latin and spec.get("not_before"):
                    lead = "".join(
                        f"(?<!{re.escape(fold(w))} )"
                        for w in _entries(classes, spec["not_before"])
                        if "*" not in w
                    )
                whole = "|".join(
                    lead + sep.join(_class_regex(e, latin=latin) for _, e in order) + neg
                    for order in orders
                )
                key_words = {
                    (lang if latin else "ja"): list(words)
                    for lang, words in classes[key_name].items()
                    if (lang != "ja") == latin and (langs is None or lang in langs)
                }
                anchor = ""
                if latin and len(orders) == 1:
                    anchor = "start" if key_name == seq[0] else "end" if key_name == seq[-1] else ""
                whole_re = re.compile(whole)
                out.append(
                    Cue(
                        f"{spec['name']}/{script}",
                        spec["category"],
                        whole_re,
                        key_words,
                        anchor,
                        None if anchor == "start" else _start_scan(whole_re),
                        _NOT_AFTER_REACH if neg else 0,
                    )
                )
        return out

    def scan(
        self, folded: str, keys: Mapping[str, list[PhraseHit]], found: dict[str, list[PhraseHit]]
    ) -> None:
        """Add each cue's matches in `folded` to `found[cue.category]`, trying the whole cue
        only around its key words' hits (`keys`: the phrase index's hits by category)."""
        order = self._order
        # Only the cues whose key words were found, in the data's order.
        tried = sorted(order[c] for c, hs in keys.items() if hs and c in order)
        for index in tried:
            cue = self.cues[index]
            key_hits = keys[KEY + cue.id]
            hits = found.setdefault(cue.category, [])
            seen_end = -1
            for key in key_hits[:MAX_KEY_TRIES]:
                start = key.start
                if start < seen_end:
                    continue
                hi = min(len(folded), key.end + _WINDOW)
                if cue.anchor == "start":
                    m = cue.whole.match(folded, start, hi)
                    if m is not None and m.end() > seen_end:
                        hits.append(PhraseHit(m.start(), m.end(), f"cue:{cue.id}", ""))
                        seen_end = m.end()
                    continue
                lo = max(0, start - _WINDOW)
                if cue.anchor == "end":
                    hi = min(len(folded), key.end + cue.reach)
                for m in cue.windows(folded, lo, hi):
                    if m.start() > start:
                        break  # no later match holds the key hit
                    if start < m.end():
                        if m.end() > seen_end:
                            hits.append(PhraseHit(m.start(), m.end(), f"cue:{cue.id}", ""))
                            seen_end = m.end()
                        break
