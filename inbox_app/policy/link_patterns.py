"""The regexes links and e-mail addresses are spelled in: labels, dots (plain, bracketed,
written as a word), at-signs, and the hints that tell whether a text can hold one at all."""

from __future__ import annotations

import re
from collections.abc import Iterable

# A label: letters (Latin incl. accents, Greek, Cyrillic for homoglyphs) and digits,
# never CJK, so "お届けしました。amazon.co.jp" yields just the Amazon host.
_L = r"[a-z0-9\u00b5\u00df-\u024f\u0370-\u03ff\u0400-\u04ff]"
# Atomic: a label never gives characters back, so a failed match costs one pass.
LABEL = rf"(?>{_L}(?:{_L}|-)*)"
PLAIN_DOT = r"[.\u3002]"
_OBF_WORDS = r"(?:dot|punto|punkt|point|ponto|ドット|\.)"
BRACKET_DOT = rf"\s*[\[\(\{{<]\s*{_OBF_WORDS}\s*[\]\)\}}>]\s*"
WORD_DOT = r"\s+dot\s+"
ANY_DOT = rf"(?:{PLAIN_DOT}|{BRACKET_DOT}|{WORD_DOT})"
_AT_WORDS = r"(?:at|chiocciola|arobase|arroba|klammeraffe|アット|@)"
BRACKET_AT = rf"\s*[\[\(\{{<]\s*{_AT_WORDS}\s*[\]\)\}}>]\s*"
WORD_AT = r"\s+at\s+"
TRAIL = ".,;:!?)]}>'\"\u3002\u3001"

# The first letter is matched before the look-behind: a pattern that starts with letters
# lets the regex engine skip to the next "h" or "f" in C.
SCHEME_URL = re.compile(
    r"(?:h(?<![a-z]h)(?:ttps?|xxps?)|f(?<![a-z]f)tp)"
    r"\s?:\s?//[^\s<>\"'`\u3000-\u30ff\u4e00-\u9fff]+"
)
# The domain after an "@"; the local part is found by walking left from the "@"
# (a regex started at every letter of a long word would make the search quadratic).
EMAIL_DOMAIN = re.compile(rf"(?:{LABEL}{PLAIN_DOT})+{LABEL}(?![\w-])")
LOCAL_CHARS = frozenset(".+'-_")
MAX_LOCAL_PART = 64  # RFC 5321
OBF_EMAIL = re.compile(
    rf"(?<![\w.+-])[\w.+-]*\w(?:{BRACKET_AT}|{WORD_AT})(?:{LABEL}{ANY_DOT})+{LABEL}(?![\w-])"
)
# Kana, CJK ideographs, Hangul and full-width forms start and end a host as a blank does:
# Japanese runs on without one ("amazon.co.jpの注文履歴" is amazon.co.jp, not amazon.co;
# "詳細はshop.example.com" holds shop.example.com).
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
HOST_END = rf"(?![@\-]|[^\W{_CJK}])"
DOMAIN = re.compile(
    rf"(?<![.@/\-]|[^\W{_CJK}]){LABEL}(?:{ANY_DOT}{LABEL})+{HOST_END}(?::\d{{1,5}})?(?:[/?#][^\s<>\"'{_CJK}]*)?"
)
# Dots written with spaces around them: "www. shop .com", "shop . com". Only with a
# www label or a space before the dot (prose never puts one there), so "today. Com"
# at a sentence end stays prose.
SPACED_WWW = re.compile(rf"www\s*\.\s*{LABEL}(?:\s*\.\s*{LABEL})+")
# From the space before a dot: " .com", " . com" (the label before is found by walking left).
SPACED_DOT = re.compile(rf"\s+\.\s*({LABEL})(?![\w@\-])")
LABEL_CHAR = re.compile(_L)


def spelled_dot_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    """A dot spelled as one of `words` ("punkt", "point", "punto": rule data) and the label
    after it ("punkt de"); None without words."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    if not alternatives:
        return None
    return re.compile(rf"({alternatives})[ \t]+({LABEL})(?![\w@\-])")


SPACES = re.compile(r"\s+")
OBF_AT_HINTS = (
    "(at",
    "[at",
    "{at",
    "<at",
    "(@",
    "[@",
    "{@",
    "<@",
    "chiocciola",
    "arobase",
    "arroba",
    "klammeraffe",
    "アット",
)
# A dot right before a letter, or a bracketed dot: without one there is no domain.
# Whether a text may hold a domain at all: a dot glued to a letter, or a bracketed dot
# (without BRACKET_DOT's leading blanks, which would make the engine try every position).
DOMAIN_HINT = re.compile(
    rf"[.\u3002][a-z\u00df-\u024f\u0400-\u04ff]|[\[\(\{{<]\s*{_OBF_WORDS}\s*[\]\)\}}>]"
)
# Without a written dot ("dot", a bracketed dot) every domain has a plain dot followed by
# a label's first letter; DOMAIN is tried only where such a dot's run of label characters
# starts, not at every word of the text.
BRACKET_DOT_HINT = re.compile(rf"[\[\(\{{<]\s*{_OBF_WORDS}\s*[\]\)\}}>]")
DOT_LETTER = re.compile(r"[.\u3002][a-z\u00df-\u024f\u0400-\u04ff]")
DOT_BEFORE_LABEL = re.compile(rf"[.\u3002](?={_L})")
# The characters of a run of labels and dots (what _L spells, as a set).
RUN_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyz0123456789\u00b5-.\u3002"
    + "".join(
        chr(c)
        for lo, hi in ((0xDF, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF))
        for c in range(lo, hi + 1)
    )
)
# A host name is at most 253 characters: a longer run is read the old way, in C.
MAX_RUN = 253
NOT_BEFORE_DOMAIN = re.compile(rf"[.@/\-]|[^\W{_CJK}]")
SEP_SPLIT = re.compile(rf"{BRACKET_DOT}|{WORD_DOT}|{PLAIN_DOT}")
AT_SPLIT = re.compile(rf"{BRACKET_AT}|{WORD_AT}|@")
PLAIN_AT = re.compile(rf".*?{WORD_AT}.*", re.S)
PATH_START = re.compile(r"[:/?#]")
