"""Aho-Corasick passes (ahocorasick-rs) over any Python text, lone surrogates included.

The automaton reads UTF-8, and a str may hold a lone surrogate (a mail part decoded with
`surrogateescape`, a paste from a broken source), which UTF-8 cannot encode: the
automaton then raised and so did check(). Such a text is read with each surrogate as
U+FFFD: one character for one (offsets stay), and like the surrogate a sign no phrase
holds (an automaton's patterns are UTF-8, so they never hold a surrogate; the few that
would hold U+FFFD are refused when it is built).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ahocorasick_rs import AhoCorasick, MatchKind

_SURROGATE = re.compile("[\ud800-\udfff]")
_STAND_IN = "\ufffd"


def automaton(patterns: Sequence[str]) -> AhoCorasick:
    """An automaton for `patterns` (standard match kind, for overlapping passes)."""
    if any(_STAND_IN in p for p in patterns):
        raise ValueError("a pattern holds U+FFFD, the stand-in for a lone surrogate")
    return AhoCorasick(list(patterns), matchkind=MatchKind.Standard)


def all_matches(matcher: AhoCorasick, text: str) -> list[tuple[int, int, int]]:
    """(pattern index, start, end) of every match, overlapping ones too; offsets in `text`."""
    try:
        return matcher.find_matches_as_indexes(text, overlapping=True)
    except UnicodeEncodeError:
        return matcher.find_matches_as_indexes(_SURROGATE.sub(_STAND_IN, text), overlapping=True)
