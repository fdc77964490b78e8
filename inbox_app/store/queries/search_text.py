"""What a user typed into the search box: the words to highlight, a safe FTS5 expression."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)


def search_terms(text: str | None) -> list[str]:
    """The words of a user's search, for highlighting matches."""
    return _WORD.findall(text or "")


def to_fts_query(text: str | None) -> str | None:
    """A safe FTS5 MATCH expression for anything a user types (never a syntax error).

    Each whitespace-separated chunk becomes a quoted phrase of its word characters
    (so `111-1234567-1234567` and `abc@marketplace.amazon.de` match as phrases); the
    last single word is a prefix search while the user is still typing.
    """
    if not text:
        return None
    chunks = [_WORD.findall(chunk) for chunk in text.split()]
    chunks = [c for c in chunks if c]
    if not chunks:
        return None
    parts = []
    for i, words in enumerate(chunks):
        phrase = '"' + " ".join(words) + '"'
        if i == len(chunks) - 1 and len(words) == 1 and not text[-1].isspace():
            phrase += "*"
        parts.append(phrase)
    return " AND ".join(parts)
