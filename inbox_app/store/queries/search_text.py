"""What a user typed into the search box: the words to look for and to leave out
(`-word`), the words to highlight, a safe FTS5 expression, and why a text is no search."""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class ParsedSearch:
    """A search as typed: phrases to find (each a tuple of words), phrases to leave out
    (`-word`, `-two-words`), and whether the last phrase is still being typed (a prefix)."""

    wanted: tuple[tuple[str, ...], ...]
    excluded: tuple[tuple[str, ...], ...]
    prefix_last: bool

    @property
    def empty(self) -> bool:
        return not self.wanted


def parse_search(text: str | None) -> ParsedSearch:
    """Split a typed search into phrases: each whitespace-separated chunk is one phrase of
    its word characters (so `111-1234567-1234567` and `abc@marketplace.amazon.de` stay
    phrases); a chunk starting with `-` is left out of the results."""
    wanted: list[tuple[str, ...]] = []
    excluded: list[tuple[str, ...]] = []
    prefix_last = False
    raw = text or ""
    for chunk in raw.split():
        negative = chunk.startswith("-") and len(chunk) > 1
        words = tuple(_WORD.findall(chunk[1:] if negative else chunk))
        if not words:
            continue
        (excluded if negative else wanted).append(words)
        prefix_last = not negative and len(words) == 1
    if prefix_last and raw[-1:].isspace():
        prefix_last = False
    return ParsedSearch(tuple(wanted), tuple(excluded), prefix_last)


def search_terms(text: str | None) -> list[str]:
    """The words a search looks for (not the excluded ones), for highlighting matches."""
    return [w for phrase in parse_search(text).wanted for w in phrase]


def excluded_terms(text: str | None) -> list[str]:
    """The words after a `-`: a message with one of them is not a match."""
    return [w for phrase in parse_search(text).excluded for w in phrase]


def wanted_text(text: str | None) -> str:
    """The searched part of the text as typed, the `-word`s left out (for substring
    matches: `302-1234567-7654321` keeps its dashes)."""
    return " ".join(c for c in (text or "").split() if not (c.startswith("-") and len(c) > 1))


def not_a_search(text: str | None) -> bool:
    """Something was typed, but nothing to look for: `*`, punctuation, only `-word`s."""
    return bool((text or "").strip()) and parse_search(text).empty


def to_fts_query(text: str | None) -> str | None:
    """A safe FTS5 MATCH expression for anything a user types (never a syntax error);
    None when there is nothing to look for.

    Each wanted phrase is quoted; the last single word is a prefix search while the
    user is still typing; each `-phrase` is taken out with NOT.
    """
    parsed = parse_search(text)
    if parsed.empty:
        return None
    parts = []
    for i, words in enumerate(parsed.wanted):
        phrase = '"' + " ".join(words) + '"'
        if i == len(parsed.wanted) - 1 and parsed.prefix_last:
            phrase += "*"
        parts.append(phrase)
    expression = " AND ".join(parts)
    if parsed.excluded:
        expression = f"({expression})" + "".join(
            ' NOT "' + " ".join(words) + '"' for words in parsed.excluded
        )
    return expression
