"""Phone numbers, found by Google's libphonenumber (the `phonenumbers` port).

phonenumbers knows every region's numbering plan, so "+49 30 1234567" and
"(212) 555-0187" are numbers while "12.99" is not. It is slow on whole texts, so a
cheap regex first finds digit runs that could be numbers; order ids, dates, prices
and times are masked out, and only the remaining candidates go to the parser with
the marketplace's region.
"""

# phonenumbers itself is imported by _parse, on first use.

from __future__ import annotations

import re
from dataclasses import dataclass

_CANDIDATE = re.compile(r"(?<![a-z0-9.,/-])(?:\+|00)?\(?\d[\d\s().\-/]{5,24}\d(?![a-z0-9])")
# Where a candidate can start: "+", "(" or a digit not glued to a word, a number or a
# path. The character comes first, so the regex engine skips to the next one in C; the
# candidate regex is then tried at those few places, not at every character.
_CANDIDATE_START = re.compile(r"[+(\d](?<![a-z0-9.,/-].)")
_ORDER_ID_ONLY = re.compile(r"\d{3}-\d{7}-\d{7}")
_MASKS = (
    re.compile(r"\d{3}-\d{7}-\d{7}"),  # Amazon order ids
    re.compile(r"\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b"),  # 2024-05-01
    re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"),  # 01/05/2024, 1.5.24
    re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b"),  # times
    re.compile(r"(?:[$€£¥]\s?)\d[\d.,\s]*\d|\d[\d.,]*\d\s?(?:€|eur|usd|円)", re.I),  # prices
    re.compile(r"\b\d+[.,]\d{2}\b(?![.,]?\d)"),  # 12.99, 12,99
    re.compile(r"\b1z[0-9a-z]{16}\b", re.I),  # UPS tracking
)


@dataclass(frozen=True, slots=True)
class Phone:
    start: int
    end: int
    text: str


# The parser costs ~0.1 ms a call; a message has a handful of candidates at most.
MAX_CANDIDATES = 60
_DIGIT = re.compile(r"\d")
# A phone number has seven digits within some 30 characters: rule out texts without.
_SEVEN_DIGITS = re.compile(r"\d(?:\D{0,4}\d){6}")


def _digit_count(text: str) -> int:
    return len(_DIGIT.findall(text))


def find_phones(folded: str, region: str) -> list[Phone]:
    """Phone numbers valid in `region` (or anywhere, with a + prefix) in folded text."""
    found: list[Phone] = []
    if _SEVEN_DIGITS.search(folded) is None:
        return found  # fewer than seven digits in a row-ish: no number (a cheap C scan)
    budget = MAX_CANDIDATES
    for cand in _candidates(folded):
        if _digit_count(cand.group()) < 7 or _ORDER_ID_ONLY.fullmatch(cand.group()):
            continue
        budget -= 1
        if budget < 0:
            break  # a pasted table of numbers is not a message: stay fast
        # Mask order ids, dates, prices and times in a small window around the
        # candidate (they may reach a little beyond it), then look again.
        lo, hi = max(0, cand.start() - 4), min(len(folded), cand.end() + 6)
        window = folded[lo:hi]
        for mask in _MASKS:
            window = mask.sub(lambda m: "x" * len(m.group()), window)
        for inner in _CANDIDATE.finditer(window):
            if _digit_count(inner.group()) >= 7:
                found.extend(_parse(folded, lo + inner.start(), inner.group(), region))
    return found


def _candidates(folded: str) -> list[re.Match[str]]:
    """_CANDIDATE's matches, as its finditer would find them."""
    found: list[re.Match[str]] = []
    floor = 0
    for start in _CANDIDATE_START.finditer(folded):
        pos = start.start()
        if pos < floor:
            continue
        m = _CANDIDATE.match(folded, pos)
        if m is not None:
            found.append(m)
            floor = m.end()
    return found


def _parse(folded: str, offset: int, text: str, region: str) -> list[Phone]:
    # imported on first use: its metadata costs ~50 ms, which the window's first paint
    # should not wait for (the rule set's warm-up imports it on a worker)
    import phonenumbers

    out: list[Phone] = []
    try:
        matcher = phonenumbers.PhoneNumberMatcher(
            text, region, leniency=phonenumbers.Leniency.VALID, max_tries=5
        )
        for match in matcher:
            start, end = offset + match.start, offset + match.end
            out.append(Phone(start, end, folded[start:end]))
    except Exception:
        return []
    return out
