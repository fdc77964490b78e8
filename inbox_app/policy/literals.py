"""Literal passes in Aho-Corasick automata (ahocorasick-rs, Rust), and the hit type.

Japanese phrases: one automaton reads the text once for every category's phrases, where
a regex per category read it once each; the Python loop then runs only over the phrases
that occur. Latin-script phrases: one automaton finds the word starts where some
phrase's first word begins (WordStarts), where a regex tried every position of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from typing import NamedTuple

from inbox_app.policy.automata import all_matches, automaton

# Hits kept per category and field (and the last one); far more than any rule reads.
MAX_HITS = 64
# Raw literal hits collected per category before only the last is kept (overlapping
# hits are dropped when ordered, so a margin above MAX_HITS).
RAW_CAP = 4 * MAX_HITS


class PhraseHit(NamedTuple):
    """One hit (a tuple: built several dozen times a check, three times cheaper than a
    frozen dataclass)."""

    start: int
    end: int
    trigger: str  # the phrase (as written in the data) or pattern that matched
    language: str


# (category, phrase as written, language)
LiteralEntry = tuple[str, str, str]

_LONG_RUN = re.compile(" {2,}")
# Same length: every ASCII separator becomes a space (fold() already made the Unicode
# spaces plain ones), so a phrase's one space matches any run of them.
_SEP_BYTES = bytes.maketrans(b"\t\n\v\f\r\x1c\x1d\x1e\x1f-", b"          ")


class LiteralPhrases:
    """Phrases (keys: folded, separators written as one space) matched anywhere."""

    def __init__(self, entries: Mapping[str, list[LiteralEntry]]) -> None:
        self.patterns = sorted(entries)
        self.entries = tuple(tuple(entries[p]) for p in self.patterns)
        self.matcher = automaton(self.patterns) if self.patterns else None

    def add_hits(
        self, folded: str, hits: dict[str, list[PhraseHit]], tails: dict[str, PhraseHit]
    ) -> None:
        """Append every hit by category; past RAW_CAP hits a category keeps only its last
        (in `tails`). Offsets are the folded text's."""
        if self.matcher is None:
            return
        raw = folded.encode("utf-8", "surrogatepass").translate(_SEP_BYTES)
        text = raw.decode("utf-8", "surrogatepass")
        marks: list[int] = []  # text offsets where the shift to folded offsets grows
        shifts: list[int] = []
        if "  " in text:
            shift = 0
            for run in _LONG_RUN.finditer(text):
                shift += run.end() - run.start() - 1
                marks.append(run.end() - shift)
                shifts.append(shift)
            text = _LONG_RUN.sub(" ", text)
        entries = self.entries
        for index, start, end in all_matches(self.matcher, text):
            a, b = start, end
            if marks:
                i = bisect_right(marks, start)
                a += shifts[i - 1] if i else 0
                j = bisect_right(marks, end - 1)
                b += shifts[j - 1] if j else 0
            for category, phrase, lang in entries[index]:
                found = hits.get(category)
                if found is None:
                    found = hits[category] = []
                if len(found) < RAW_CAP:
                    found.append(PhraseHit(a, b, phrase, lang))
                else:
                    tails[category] = PhraseHit(a, b, phrase, lang)


# The word starts' text: every separator that a phrase's space matches (what `[\s\-]`
# spells in ASCII) becomes a space, every other ASCII sign NUL; same length.
_ASCII_SEPARATORS = b" \t\n\v\f\r\x1c\x1d\x1e\x1f-"
_ASCII_SIGNS = bytes(
    c for c in range(128) if not (chr(c).isalnum() or c == ord("_") or c in _ASCII_SEPARATORS)
)
_START_BYTES = bytes.maketrans(
    _ASCII_SEPARATORS + _ASCII_SIGNS,
    b" " * len(_ASCII_SEPARATORS) + b"\x00" * len(_ASCII_SIGNS),
)
# The separators `\s` finds beyond ASCII that fold() leaves (it makes the no-break and
# typographic spaces plain ones).
_WIDE_SPACES = ("\x85", "\u1680", "\u2028", "\u2029")
_WIDE_SPACE = re.compile(r"[^\S\x00-\x7f]")
_WORD_CHAR = re.compile(r"\w")
_WORD_RUN = re.compile(r"\w+")


def _by_start(start: tuple[int, str, frozenset[str] | None]) -> int:
    return start[0]


class WordStarts:
    r"""The word starts of a folded text where some phrase may begin, found in one pass.

    `heads` maps each phrase's literal head to (whole, key). A head is what its phrase
    must read from its start up to the first `~`, `*`, `ß` or sign outside ASCII: word
    characters, " " for a run of separators, NUL for an ASCII sign. `whole`: the head
    ends where the phrase's word ends (the next character is no word character). `key`:
    the phrase's group key (its first word's first three characters), "" when the head
    does not tell it (a short first word that goes on: then the text's word tells it).

    The text is read with the same alphabet, runs of separators as one space, and every
    head is looked for after a space or NUL (a word start, `(?<!\w)`): one automaton
    pass. After a sign outside ASCII ("«la", "…thank") a word starts too: those few
    starts come from a scan of the UTF-8 bytes. What is returned is a superset of where the phrases
    match (each phrase's regex still decides), in text order, each start once.
    """

    def __init__(
        self,
        heads: Mapping[str, tuple[bool, str]],
        categories: Mapping[str, frozenset[str]] | None = None,
    ) -> None:
        ordered = sorted(heads)
        patterns = [sep + h for h in ordered for sep in (" ", "\x00")]
        # The categories whose phrases have each head: at a start only those of the heads
        # found there can match (None: any category, as for the starts after a sign).
        self._categories: tuple[frozenset[str] | None, ...] = tuple(
            categories.get(h) if categories is not None else None for h in ordered for _ in (0, 1)
        )
        self._info = tuple(heads[h] for h in ordered for _ in (0, 1))
        self._matcher = automaton(patterns)
        # Where a sign outside ASCII may stand before a word start: the last byte of a
        # character outside ASCII (a continuation byte, made 1) before a head's first
        # byte (made 2), found by bytes.find in the UTF-8 text mapped this way.
        first = bytes(sorted({h.encode("utf-8", "surrogatepass")[0] for h in ordered}))
        others = bytes(c for c in range(256) if c not in first and not 0x80 <= c <= 0xBF)
        self._wide_bytes = bytes.maketrans(
            bytes(range(0x80, 0xC0)) + first + others,
            b"\x01" * 0x40 + b"\x02" * len(first) + b"\x00" * len(others),
        )

    def starts(self, folded: str) -> list[tuple[int, str]]:
        """(offset in `folded`, the first three characters of the word there)."""
        return [(pos, key) for pos, key, _ in self.starts_and_categories(folded)]

    def starts_and_categories(self, folded: str) -> list[tuple[int, str, frozenset[str] | None]]:
        """The starts, each with the categories whose heads were found there (None: any)."""
        data = folded.encode("utf-8", "surrogatepass")
        text = (b" " + data.translate(_START_BYTES)).decode("utf-8", "surrogatepass")
        ascii_text = len(data) == len(folded)
        if not ascii_text and any(map(folded.__contains__, _WIDE_SPACES)):
            text = _WIDE_SPACE.sub(" ", text)
        marks: list[int] = []  # offsets in `text` where its shift to `folded` grows
        shifts: list[int] = []
        at = text.find("  ")
        if at != -1:
            # Runs of spaces as one (str.find: a regex stops at every space of the text).
            parts = []
            shift = done = 0
            while at != -1:
                end = at + 2
                while end < len(text) and text[end] == " ":
                    end += 1
                parts.append(text[done : at + 1])
                shift += end - at - 1
                marks.append(end - shift)
                shifts.append(shift)
                done = end
                at = text.find("  ", end)
            parts.append(text[done:])
            text = "".join(parts)
        n = len(text)
        info = self._info
        categories = self._categories
        found: dict[int, tuple[str, frozenset[str] | None]] = {}
        # Overlapping matches come by where they end: a long head's and a later short
        # one's interleave, so the starts are sorted at the end (a few dozen).
        for index, start, end in all_matches(self._matcher, text):
            # `start` is the sign before the head; the head starts one on, which is
            # `start` in `folded` (the text has one leading space more).
            whole, key = info[index]
            if whole and end < n:
                after = text[end]
                if after not in " \x00" and (after < "\x80" or _WORD_CHAR.match(after)):
                    continue
            pos = start
            if marks:
                i = bisect_right(marks, start + 1)
                pos += shifts[i - 1] if i else 0
            cats = categories[index]
            was = found.get(pos)
            if was is not None:
                # Another head at the same word start (the same key): its categories too.
                if was[1] is not None and cats is not None and not cats <= was[1]:
                    found[pos] = (was[0], was[1] | cats)
                elif cats is None:
                    found[pos] = (was[0], None)
                continue
            if not key:
                word = _WORD_RUN.match(folded, pos)
                key = word.group()[:3] if word is not None else ""
            found[pos] = (key, cats)
        out = [(pos, key, cats) for pos, (key, cats) in sorted(found.items())]
        if not ascii_text:
            extra = self._after_signs(folded, data)
            if extra:
                out = sorted(out + [(pos, key, None) for pos, key in extra], key=_by_start)
        return out

    def _after_signs(self, folded: str, data: bytes) -> list[tuple[int, str]]:
        """Word starts right after a sign outside ASCII ("«la", "…thank"), found in the
        UTF-8 bytes; a space outside ASCII is the automaton's (it reads it as a space)."""
        out: list[tuple[int, str]] = []
        marked = data.translate(self._wide_bytes)
        at = marked.find(b"\x01\x02")
        at_byte = at_char = 0  # a byte offset and its character offset, walked forward
        while at != -1:
            b = at + 1
            at_char += len(data[at_byte:b].decode("utf-8", "surrogatepass"))
            at_byte = b
            at = marked.find(b"\x01\x02", b)
            sign = folded[at_char - 1]
            if sign.isspace() or _WORD_CHAR.match(sign):
                continue
            word = _WORD_RUN.match(folded, at_char)
            if word is not None:
                out.append((at_char, word.group()[:3]))
        return out
