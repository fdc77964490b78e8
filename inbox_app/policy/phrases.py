"""Phrase lists compiled to one trie-shaped regex per category, matched on folded text.

A phrase is literal text with three small conveniences: a space or hyphen matches
any run of spaces and hyphens (`5 star` finds `5-star`), `~` stands for up to four
other words (`leave ~ review` finds `leave us an honest review`), and a trailing `*`
allows any word ending (`unsubscrib*`). Latin-script phrases match on word
boundaries; Japanese phrases match as substrings (the literal ones in one
Aho-Corasick pass for every category, literals.py). Patterns are plain regexes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from inbox_app.policy.automata import all_matches, automaton
from inbox_app.policy.literals import (
    MAX_HITS,
    LiteralEntry,
    LiteralPhrases,
    PhraseHit,
    WordStarts,
)
from inbox_app.policy.normalize import fold
from inbox_app.policy.regex_starts import StartScan

SEP = "\x00SEP"
GAP = "\x00GAP"
STAR = "\x00STAR"
END = "\x00END"

_ATOM_RE = {
    SEP: r"[\s\-]+",
    # A word in a gap may be a template placeholder ("{id_order}", "[order ID]").
    GAP: r"(?:[\s\-]+[\w'’{}\[\]$]+){0,4}[\s\-]+",
    STAR: r"\w*",
    END: r"(?!\w)",
}
SUBSTRING_LANGUAGES = frozenset({"ja", "zh", "ko"})
_CANON_SEP = re.compile(r"[\s\-]+")


def _atoms(phrase: str, bounded: bool) -> list[str]:
    """Split a folded phrase into regex atoms (characters and the markers above)."""
    out: list[str] = []
    text = phrase.strip()
    star = text.endswith("*")
    if star:
        text = text[:-1]
    words = [w for w in re.split(r"[\s\-]+", text) if w]
    for i, word in enumerate(words):
        if i:
            out.append(SEP)
        if word == "~":
            out.append(GAP)
            continue
        out.extend(word)
    # `a ~ b` -> a SEP GAP SEP b: the GAP atom carries its own separators.
    cleaned: list[str] = []
    for atom in out:
        if atom == SEP and cleaned and cleaned[-1] == GAP:
            continue
        if atom == GAP and cleaned and cleaned[-1] == SEP:
            cleaned[-1] = GAP
            continue
        cleaned.append(atom)
    if star:
        cleaned.append(STAR)
    elif bounded and (not cleaned or cleaned[-1] in _ATOM_RE or cleaned[-1].isalnum()):
        # A word boundary after a word; a phrase ending in a sign ("invoice #") may be
        # followed by anything ("invoice #4711").
        cleaned.append(END)
    return cleaned


def _atom_regex(atom: str) -> str:
    if atom in _ATOM_RE:
        return _ATOM_RE[atom]
    if atom == "ß":
        return "(?:ß|ss)"
    return re.escape(atom)


def _trie_regex(sequences: Sequence[list[str]]) -> str:
    """A regex equivalent to the alternation of `sequences`, shared prefixes factored."""
    trie: dict[str, object] = {}
    for seq in sequences:
        node = trie
        for atom in seq:
            node = node.setdefault(atom, {})  # type: ignore[assignment]
        node[""] = {}

    def emit(node: Mapping[str, object]) -> str:
        terminal = "" in node
        branches = [
            _atom_regex(atom) + emit(child)  # type: ignore[arg-type]
            for atom, child in sorted(node.items())
            if atom != ""
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if terminal:
            return ("(?:" + body + ")?") if len(branches) == 1 else body + "?"
        return body

    return emit(trie)


def canonical(text: str) -> str:
    return _CANON_SEP.sub(" ", text.replace("ß", "ss")).strip()


_WORD_RUN = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_ALNUM = re.compile(r"[^\W_]")


def _key(word: str) -> str:
    return word[:3]


class Hits(dict[str, list[PhraseHit]]):
    """Hits by category; a category without hits reads as an empty list (a fresh one, not
    stored), so a scan does not build a list for each of the many categories."""

    def __missing__(self, category: str) -> list[PhraseHit]:
        return []


class PhraseIndex:
    """Every category's phrases, matched in one pass over the words of a folded text.

    Latin-script phrases are grouped by the first three letters of their first
    word; one automaton pass over the text finds the word starts where some phrase's
    literal head is (literals.WordStarts), and only the groups whose key matches are
    tried (anchored) there. Japanese phrases (no word boundaries) and
    raw patterns get one regex pass each, the Japanese one only on CJK text.
    """

    def __init__(self, categories: Mapping[str, Mapping[str, Sequence[Any]]]) -> None:
        grouped: dict[str, dict[str, list[list[str]]]] = {}
        substr: dict[str, list[list[str]]] = {}
        literal: dict[str, list[LiteralEntry]] = {}
        heads: dict[str, tuple[bool, str]] = {}
        head_categories: dict[str, set[str]] = {}
        self._names: dict[
            str, tuple[dict[str, tuple[str, str]], list[tuple[re.Pattern[str], str, str]]]
        ] = {}
        self._patterns: list[tuple[str, StartScan, str, tuple[str, ...]]] = []
        self.categories = tuple(categories)
        for category, by_lang in categories.items():
            exact: dict[str, tuple[str, str]] = {}
            fuzzy: list[tuple[re.Pattern[str], str, str]] = []
            self._names[category] = (exact, fuzzy)
            for lang in sorted(by_lang):
                if lang == "patterns":
                    for spec in by_lang[lang]:
                        source = spec if isinstance(spec, str) else spec["re"]
                        needs = () if isinstance(spec, str) else tuple(spec.get("if", ()))
                        # Tried only where a match can start (most start with a
                        # look-behind, where the regex engine tries every position).
                        scan = StartScan(re.compile(source))
                        self._patterns.append((category, scan, source, needs))
                    continue
                bounded = lang not in SUBSTRING_LANGUAGES
                for phrase in by_lang[lang]:
                    folded = fold(phrase)
                    atoms = _atoms(folded, bounded)
                    if bounded:
                        first = _WORD_RUN.match(folded)
                        if first is None:
                            raise ValueError(f"phrase {phrase!r} must start with a letter or digit")
                        keys = {_key(first.group()), _key(first.group().replace("ß", "ss"))}
                        for key in keys:
                            grouped.setdefault(key, {}).setdefault(category, []).append(atoms)
                        head = _add_head(heads, atoms, _key(first.group()))
                        head_categories.setdefault(head, set()).add(category)
                    elif "~" in folded or folded.endswith("*"):
                        substr.setdefault(category, []).append(atoms)
                    else:
                        key = _CANON_SEP.sub(" ", folded).strip()
                        literal.setdefault(key, []).append((category, phrase, lang))
                    if "~" in folded or folded.endswith("*"):
                        single = re.compile("".join(_atom_regex(a) for a in atoms))
                        fuzzy.append((single, phrase, lang))
                    else:
                        exact.setdefault(canonical(folded), (phrase, lang))
        self._groups: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
            key: tuple((cat, re.compile(_trie_regex(seqs))) for cat, seqs in sorted(cats.items()))
            for key, cats in grouped.items()
        }
        # One automaton pass finds the word starts where some phrase's first word begins;
        # only there are the per-category regexes tried. A phrase without a literal head
        # (one that starts with "ß") makes it a regex pass, which tries every position.
        self._heads = (
            WordStarts(heads, {h: frozenset(c) for h, c in head_categories.items()})
            if heads and all(h[:1].isalnum() for h in heads)
            else None
        )
        every = [seq for cats in grouped.values() for seqs in cats.values() for seq in seqs]
        self._starts = (
            re.compile(r"(?<!\w)(?=" + _trie_regex(every) + ")")
            if every and self._heads is None
            else None
        )
        self._name_cache: dict[tuple[str, str], tuple[str, str]] = {}
        self._hints = tuple(sorted({h for *_, needs in self._patterns for h in needs}))
        # All hints looked for in one automaton pass (26 substring searches took ~8 µs).
        self._hint_matcher = automaton(self._hints) if self._hints else None
        # Literal Japanese phrases: one Aho-Corasick pass for every category, where a
        # regex per category read the whole text once each.
        self._cjk = LiteralPhrases(literal)
        self._substr = tuple(
            (cat, re.compile(_trie_regex(seqs))) for cat, seqs in sorted(substr.items())
        )

    def _name(self, category: str, matched: str) -> tuple[str, str]:
        key = (category, matched)
        cached = self._name_cache.get(key)
        if cached is None:
            cached = self._lookup(category, matched)
            if len(self._name_cache) < 4096:
                self._name_cache[key] = cached
        return cached

    def _lookup(self, category: str, matched: str) -> tuple[str, str]:
        exact, fuzzy = self._names[category]
        found = exact.get(canonical(matched))
        if found is not None:
            return found
        for regex, phrase, lang in fuzzy:
            if regex.fullmatch(matched):
                return phrase, lang
        return matched, ""

    def scan(self, folded: str, *, cjk: bool = True) -> Hits:
        """All hits in folded text by category; `cjk=False` skips the Japanese pass.

        A category keeps its first MAX_HITS hits and its last one: a rule needs one hit to
        fire and the last to show how far the offences reach (a wall of "coupon coupon ..."
        costs a regex match per word only until its categories are full).
        """
        hits = Hits()
        ends: dict[str, int] = {}
        full: dict[str, list[int]] = {}  # a full category -> its later candidate starts
        groups = self._groups
        # Every Latin-script phrase starts with a letter or digit: a text without one
        # (a wall of emoji) skips the word pass.
        for pos, key, cats in self._word_starts(folded):
            candidates = groups.get(key)
            if candidates is None:
                continue
            for category, regex in candidates:
                if cats is not None and category not in cats:
                    continue  # none of its phrases has a head found here
                later = full.get(category)
                if later is not None:
                    later.append(pos)
                    continue
                m = regex.match(folded, pos)
                if m is not None and m.end() > ends.get(category, -1):
                    ends[category] = m.end()
                    phrase, lang = self._name(category, m.group())
                    found = hits.setdefault(category, [])
                    found.append(PhraseHit(pos, m.end(), phrase, lang))
                    if len(found) >= MAX_HITS:
                        full[category] = []
        for category, later in full.items():
            self._add_last(folded, category, later, hits[category])
        if cjk:
            self._add_substrings(folded, hits)
        # Each pattern's hints ("if": one of them must occur) looked up once for all.
        present: set[str] = set()
        if self._hint_matcher is not None:
            hints = self._hints
            present = {hints[i] for i, _, _ in all_matches(self._hint_matcher, folded)}
        for category, scan, source, needs in self._patterns:
            if needs and present.isdisjoint(needs):
                continue
            _add_capped(scan, folded, hits.setdefault(category, []), None, source)
        return hits

    def _word_starts(self, folded: str) -> Iterable[tuple[int, str, frozenset[str] | None]]:
        """(position, first three characters of its word, the categories that may match
        there or None for any) where a phrase may start."""
        # Every Latin-script phrase starts with a letter or digit: a text without one
        # (a wall of emoji) skips the word pass.
        if _ALNUM.search(folded) is None:
            return ()
        if self._heads is not None:
            return self._heads.starts_and_categories(folded)
        if self._starts is None:
            return ()
        out: list[tuple[int, str, frozenset[str] | None]] = []
        for start in self._starts.finditer(folded):
            word = _WORD_RUN.match(folded, start.start())
            if word is not None:
                out.append((start.start(), word.group()[:3], None))
        return out

    def _add_substrings(self, folded: str, hits: dict[str, list[PhraseHit]]) -> None:
        """Japanese hits as one regex scan per category finds them: leftmost, longest,
        none overlapping, at most MAX_HITS and the last one."""
        subs: dict[str, list[PhraseHit]] = {}
        tails: dict[str, PhraseHit] = {}
        self._cjk.add_hits(folded, subs, tails)
        for category, regex in self._substr:
            _add_capped(regex, folded, subs.setdefault(category, []), self._name, category)
        for category, found in subs.items():
            if category in tails:
                found.append(tails[category])
            if not found:
                continue
            found.sort(key=lambda h: (h.start, -h.end))
            kept = hits.setdefault(category, [])
            last_end = -1
            for hit in found:
                if hit.start >= last_end:
                    kept.append(hit)
                    last_end = hit.end
            if len(kept) > MAX_HITS + 1:
                kept[MAX_HITS:] = kept[-1:]

    def _add_last(
        self, folded: str, category: str, later: list[int], found: list[PhraseHit]
    ) -> None:
        """The last hit of a full category: its candidate starts tried from the end."""
        for pos in reversed(later):
            word = _WORD_RUN.match(folded, pos)
            if word is None:
                continue
            for cat, regex in self._groups.get(word.group()[:3], ()):
                if cat != category:
                    continue
                m = regex.match(folded, pos)
                if m is not None and m.end() > found[-1].end:
                    phrase, lang = self._name(category, m.group())
                    found.append(PhraseHit(pos, m.end(), phrase, lang))
                    return


def _add_head(heads: dict[str, tuple[bool, str]], atoms: list[str], key: str) -> str:
    """Record a phrase's literal head for WordStarts (see there): what its atoms read up
    to the first `~`, `*`, "ß" (which may be "ss") or sign outside ASCII."""
    head: list[str] = []
    whole = False
    for atom in atoms:
        if atom == SEP:
            head.append(" ")
        elif atom == GAP:
            head.append(" ")  # a gap starts with separators; what follows is open
            break
        elif atom == END:
            whole = True
            break
        elif atom in (STAR, "ß"):
            break
        elif _WORD_CHAR.match(atom):
            head.append(atom)
        elif atom < "\x80":
            head.append("\x00")
        else:
            whole = True  # a sign outside ASCII: the word before it ends there
            break
    text = "".join(head)
    first = _WORD_RUN.match(text)
    word = first.group() if first is not None else ""
    # The head tells the text word's first three characters when it holds them, or
    # when its first word ends inside it (or where the phrase's word ends).
    known = len(word) >= 3 or len(word) < len(text) or whole
    was = heads.get(text)
    if was is not None:
        whole = whole and was[0]
    heads[text] = (whole, key if known else "")
    return text


def _add_capped(
    regex: re.Pattern[str] | StartScan,
    folded: str,
    found: list[PhraseHit],
    name: Callable[[str, str], tuple[str, str]] | None,
    label: str,
) -> None:
    """A regex pass's hits, at most MAX_HITS of them and the last one."""
    last: re.Match[str] | None = None
    for m in regex.finditer(folded):
        if m.end() == m.start():
            continue
        if len(found) < MAX_HITS:
            phrase, lang = name(label, m.group()) if name is not None else (label, "")
            found.append(PhraseHit(m.start(), m.end(), phrase, lang))
        else:
            last = m
    if last is not None:
        phrase, lang = name(label, last.group()) if name is not None else (label, "")
        found.append(PhraseHit(last.start(), last.end(), phrase, lang))
