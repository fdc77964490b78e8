"""A bound on what one search may ask of the full-text index.

5,000 pasted words made a query of 5,000 phrases (9.8 s in SQLite, 45-78 s of a frozen
window with the highlighting); no real search needs more than a few words.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_SEARCH_TERMS = 12  # whitespace-separated chunks (each a phrase in the FTS query)
MAX_SEARCH_CHARS = 300
# How many of the newest matching messages a list's search reads, then reads again as
# the seller scrolls to the end (the thread list's fetchMore). On a team's PostgreSQL a
# first window of 200 is a short walk down the newest messages (2.5 ms on a million,
# where all 4,000 took 90 ms); SQLite's FTS5 reads its 4,000 (the store's
# SEARCH_WINDOW, the widest) at once.
SERVER_SEARCH_WINDOWS = (200, 1_000, 4_000)
FILE_SEARCH_WINDOWS = (4_000,)


@dataclass(frozen=True, slots=True)
class LimitedSearch:
    text: str
    cut: bool  # True when words beyond the limit were left out


def limit_search(text: str) -> LimitedSearch:
    """The first MAX_SEARCH_TERMS words (and MAX_SEARCH_CHARS characters) of `text`."""
    chunks = text[: MAX_SEARCH_CHARS * 4].split()
    kept = " ".join(chunks[:MAX_SEARCH_TERMS])[:MAX_SEARCH_CHARS].strip()
    # keep a trailing space: the last word is then a whole word, not a prefix
    if text[-1:].isspace() and kept:
        kept += " "
    return LimitedSearch(kept, kept.strip() != " ".join(text.split()))
