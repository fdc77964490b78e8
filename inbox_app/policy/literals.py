"""Literal substring phrases (Japanese) found in one Aho-Corasick pass, and the hit type.

The automaton (ahocorasick-rs, Rust) reads the text once for every category's phrases,
where a regex per category read it once each; the Python loop then runs only over the
phrases that occur.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from typing import NamedTuple

from ahocorasick_rs import AhoCorasick, MatchKind

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
        self.matcher = (
            AhoCorasick(self.patterns, matchkind=MatchKind.Standard) if self.patterns else None
        )

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
        for index, start, end in self.matcher.find_matches_as_indexes(text, overlapping=True):
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
