"""Where links and plain e-mail addresses can be in folded text, found in linear time:
bare-domain candidates, "@" addresses, and the spans already claimed by a finding."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from inbox_app.policy.link_patterns import (
    BRACKET_DOT_HINT,
    DOMAIN,
    DOMAIN_HINT,
    DOT_BEFORE_LABEL,
    DOT_LETTER,
    EMAIL_DOMAIN,
    LOCAL_CHARS,
    MAX_LOCAL_PART,
    MAX_RUN,
    NOT_BEFORE_DOMAIN,
    RUN_CHARS,
    TRAIL,
)


@dataclass(frozen=True, slots=True)
class Link:
    start: int
    end: int
    host: str
    scheme: str  # "http", "https", ... or "" for bare and www forms
    obfuscated: bool
    text: str


@dataclass(frozen=True, slots=True)
class Email:
    start: int
    end: int
    obfuscated: bool
    text: str


def domains(folded: str) -> Iterable[re.Match[str]]:
    """DOMAIN's matches in `folded`, as DOMAIN.finditer finds them; none in a text without
    a dot before a letter (no top-level domain starts with a digit)."""
    if "dot" in folded or (
        any(c in folded for c in "[({<") and BRACKET_DOT_HINT.search(folded) is not None
    ):
        return DOMAIN.finditer(folded) if DOMAIN_HINT.search(folded) or "dot" in folded else ()
    if DOT_LETTER.search(folded) is None:
        return ()  # what DOMAIN_HINT asks, without a written dot
    found: list[re.Match[str]] = []
    floor = 0
    ideographic = "\u3002" in folded
    last_dot, last_start = -1, -1  # the previous dot and where its run starts
    for dot in DOT_BEFORE_LABEL.finditer(folded):
        i = dot.start()
        if i < floor:
            continue
        # Walk left over the run of label characters and dots the dot is in: a match can
        # only start where that run starts, or right after an ideographic full stop
        # (which DOMAIN's look-behind does not forbid). A run already walked for the
        # previous dot is not walked again.
        p, lo = i, max(floor, i - MAX_RUN, last_dot)
        while p > lo and folded[p - 1] in RUN_CHARS:
            p -= 1
        if p == last_dot and last_start >= floor:
            p = last_start
        elif p == lo > floor and folded[p - 1] in RUN_CHARS:
            return DOMAIN.finditer(folded)  # a run too long for a host: the full scan
        last_dot, last_start = i, p
        starts = [p]
        if ideographic and "\u3002" in folded[p:i]:
            starts += [j + 1 for j in range(p, i) if folded[j] == "\u3002"]
        for start in starts:
            if start < floor:
                continue
            if start and NOT_BEFORE_DOMAIN.match(folded, start - 1):
                continue
            m = DOMAIN.match(folded, start)
            if m is not None:
                found.append(m)
                floor = m.end()
                break
    return found


def trim(start: int, text: str) -> tuple[int, int]:
    """The span of `text` (found at `start`) without the punctuation that ends a sentence."""
    stripped = text.rstrip(TRAIL)
    return start, start + len(stripped)


class Taken:
    """Non-overlapping spans already claimed, kept sorted: overlap tests in O(log n)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start)
        if i and self._ends[i - 1] > start:
            return True
        return i < len(self._starts) and self._starts[i] < end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


def plain_emails(folded: str) -> list[tuple[int, int]]:
    """Plain e-mail addresses in linear time: one domain match per "@"."""
    out: list[tuple[int, int]] = []
    at = folded.find("@")
    floor = 0
    while at != -1:
        start = at
        while start > floor and at - start < MAX_LOCAL_PART:
            ch = folded[start - 1]
            if not (ch.isalnum() or ch in LOCAL_CHARS):
                break
            start -= 1
        while start < at and not (folded[start].isalnum() or folded[start] == "_"):
            start += 1
        domain = EMAIL_DOMAIN.match(folded, at + 1)
        ends_word = folded[at - 1].isalnum() or folded[at - 1] == "_"
        if domain is not None and start < at and ends_word:
            out.append((start, domain.end()))
            floor = domain.end()
        else:
            floor = at + 1
        at = folded.find("@", floor)
    return out
