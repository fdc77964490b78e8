"""Compiled matchers for one rule set (emoji, HTML, blank lines, order ids, links, language)."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from inbox_app.policy.language import LanguageGuesser
from inbox_app.policy.link_hosts import SpelledDot
from inbox_app.policy.links import LinkFinder
from inbox_app.policy.ruleset import Ruleset

# Anything that could start an emoji: pictograph blocks, or U+FE0F after a text symbol.
HIGH = re.compile("[\u231a-\U0010ffff]")
ASTRAL = re.compile("[\U00010000-\U0010ffff]")
ORDER_ID = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
# Cheaper first pass for ORDER_ID: no look-behind at every position.
ORDER_ID_FAST = re.compile(r"\d{3}-\d{7}-\d{7}")
# Its tail, which starts with a literal: the regex engine jumps from "-" to "-" in C
# instead of trying a match at every character (ten times faster on prose).
_ORDER_ID_TAIL = re.compile(r"-\d{7}-\d{7}")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")
WORD = re.compile(r"[^\W\d_]+")


def order_ids(folded: str) -> list[re.Match[str]]:
    """Amazon order ids (ddd-ddddddd-ddddddd) not glued to other digits."""
    if "-" not in folded:
        return []
    out = []
    floor = 0
    for tail in _ORDER_ID_TAIL.finditer(folded):
        s = tail.start() - 3
        if s < floor:
            continue
        m = ORDER_ID_FAST.match(folded, s)
        if m is None:
            continue
        e = m.end()
        if (s == 0 or not folded[s - 1].isdigit()) and (
            e == len(folded) or not folded[e].isdigit()
        ):
            out.append(m)
            floor = e
    return out


_LINE_BREAK = r"(?>\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x85)"
# The same line break as a character class first (a CRLF's LF taken possessively, as the
# atomic group takes it): a regex that starts with a class lets the engine skip from break
# to break in C, where one that starts with a group is tried at every character.
_LINE_BREAK_FIRST = r"[\r\n\u2028\u2029\x0b\x0c\x85](?:(?<=\r)\n)?+"


def _char_class(ranges: Iterable[Sequence[str]]) -> str:
    parts = []
    for lo, hi in ranges:
        a, b = int(lo, 16), int(hi, 16)
        parts.append(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}")
    return "[" + "".join(parts) + "]"


def _emoji_regex(chars: Mapping[str, Any]) -> re.Pattern[str]:
    pict = _char_class(chars["emoji_ranges"])
    text_sym = _char_class((c, c) for c in chars["text_symbols"])
    cluster = (
        rf"(?:{pict}|{text_sym}\ufe0f)"
        rf"(?:\ufe0f|\u20e3|[\U0001F3FB-\U0001F3FF]|\u200d(?:{pict}|{text_sym}\ufe0f?))*"
    )
    # A run of emoji is one match (a megabyte of them is one finding, found in C).
    return re.compile(rf"(?:{cluster})+")


def _pict_regex(chars: Mapping[str, Any]) -> re.Pattern[str]:
    # Without U+FE0F in the text no text symbol can be an emoji: a single class is enough.
    pict = _char_class(chars["emoji_ranges"])
    # One character class, repeated: the regex engine runs it in a tight C loop, so a
    # megabyte of emoji is one match in milliseconds (a ZWJ joins, a keycap closes).
    inner = pict[1:-1]
    return re.compile(rf"{pict}[{inner}\u20e3\u200d\U0001F3FB-\U0001F3FF]*")


def _bmp_pict_regex(chars: Mapping[str, Any]) -> re.Pattern[str]:
    # The pictographs below U+10000 alone: a class within the BMP is a bitmap to the regex
    # engine (one look-up a character), where one that reaches past it is a list of ranges
    # tried in turn (the 48 ranges cost ~25 µs on 1,000 characters of Japanese).
    bmp = [
        (lo, f"{min(int(hi, 16), 0xFFFF):X}")
        for lo, hi in chars["emoji_ranges"]
        if int(lo, 16) <= 0xFFFF
    ]
    return re.compile(_char_class(bmp))


def _emoticon_regex(chars: Mapping[str, Any]) -> re.Pattern[str]:
    # Starts with a literal, so the regex engine skips ahead fast; the whitespace
    # boundaries are checked in Python (see engine._emoji).
    emoticons = "|".join(re.escape(e.lower()) for e in sorted(chars["emoticons"], key=len)[::-1])
    return re.compile(rf"(?:{emoticons})")


def _emoticon_hints(chars: Mapping[str, Any]) -> tuple[str, ...]:
    hints = set()
    for emoticon in chars["emoticons"]:
        low = emoticon.lower()
        hints.add(next((c for c in low if not c.isalnum()), low))
    return tuple(sorted(hints))


def _html_regex(chars: Mapping[str, Any]) -> re.Pattern[str]:
    tags = "|".join(sorted(chars["html_tags"], key=len, reverse=True))
    entities = "|".join(chars["html_entities"])
    return re.compile(
        rf"<\s*/?\s*(?:{tags})(?=[\s/>])[^<>]{{0,500}}>"
        rf"|<!--|<!doctype"
        rf"|&(?:{entities});|&#\d{{1,7}};|&#x[0-9a-f]{{1,6}};"
    )


@dataclass(frozen=True)
class Detectors:
    links: LinkFinder
    language: LanguageGuesser
    emoji: re.Pattern[str]
    pictographs: re.Pattern[str]
    # Where the first pictograph below U+10000 is (see _bmp_pict_regex); past it, ASTRAL.
    bmp_pictographs: re.Pattern[str]
    emoticons: re.Pattern[str]
    # One substring of each emoticon (its first sign, or the whole of an all-letter one):
    # a text with none of them holds no emoticon, and the regex is not run.
    emoticon_hints: tuple[str, ...]
    html: re.Pattern[str]
    filler_words: frozenset[str]


_LOCK = threading.Lock()


def detectors(ruleset: Ruleset) -> Detectors:
    """The rule set's compiled detectors, built once and shared (thread-safe)."""
    found = ruleset._compiled.get("detectors")
    if isinstance(found, Detectors):
        return found
    with _LOCK:
        found = ruleset._compiled.get("detectors")
        if isinstance(found, Detectors):
            return found
        chars = ruleset.characters
        langs = ruleset.languages
        stop = {w for words in langs["stopwords"].values() for w in words}
        det = Detectors(
            links=LinkFinder(
                ruleset.tlds,
                ruleset.domain_data.get("bare_domain_ignore_tlds", ()),
                ruleset.domain_data.get("obfuscation_common_tlds", ()),
                ruleset.domain_data.get("not_a_mailbox_words", ()),
                _spelled_dots(ruleset.domain_data.get("spelled_dots", {}), langs["stopwords"]),
            ),
            language=LanguageGuesser(langs["stopwords"], langs.get("aliases", {})),
            emoji=_emoji_regex(chars),
            pictographs=_pict_regex(chars),
            bmp_pictographs=_bmp_pict_regex(chars),
            emoticons=_emoticon_regex(chars),
            emoticon_hints=_emoticon_hints(chars),
            html=_html_regex(chars),
            filler_words=frozenset(stop),
        )
        ruleset._compiled["detectors"] = det
        return det


def _spelled_dots(
    data: Mapping[str, Mapping[str, Sequence[str]]], stopwords: Mapping[str, Sequence[str]]
) -> dict[str, SpelledDot]:
    """domains.json's spelled dots, each with its languages' function words."""
    return {
        word: SpelledDot(
            frozenset(entry["tlds"]),
            frozenset(w for lang in entry.get("languages", ()) for w in stopwords.get(lang, ())),
        )
        for word, entry in data.items()
    }


@functools.lru_cache(maxsize=8)
def blank_lines_regex(max_breaks: int) -> re.Pattern[str]:
    """More than `max_breaks` line breaks in a row (blank lines may hold spaces)."""
    return re.compile(rf"{_LINE_BREAK_FIRST}(?:[ \t]*{_LINE_BREAK}){{{max(1, max_breaks)},}}")


def line_breaks(text: str) -> int:
    return len(re.findall(_LINE_BREAK, text))
