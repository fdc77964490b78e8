"""Length-preserving text folding: case, accents, full-width forms; spans stay valid."""

from __future__ import annotations

import re
import unicodedata

# Characters folded by hand: typographic apostrophes and dashes, and the full stops
# that people use to disguise a domain (`example．com` is NFKC-folded already).
_EXTRA = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u3000": " ",
}


def fold_char(ch: str) -> str:
    """Fold one character to exactly one character (so offsets never move)."""
    if ch in _EXTRA:
        return _EXTRA[ch]
    out = ch
    nfkc = unicodedata.normalize("NFKC", ch)
    if len(nfkc) == 1:
        out = nfkc
    low = out.lower()
    if len(low) == 1:
        out = low
    # Strip accents only from Latin, Greek and Cyrillic letters: in Japanese the
    # voicing marks change the word (か/が), so kana keep theirs.
    if ord(out) < 0x0530 and not out.isascii():
        nfd = unicodedata.normalize("NFD", out)
        if len(nfd) > 1 and all(unicodedata.combining(c) for c in nfd[1:]):
            out = nfd[0].lower()
    return out


class _FoldTable(dict[int, str]):
    """A str.translate table that folds and remembers each character on first sight."""

    def __missing__(self, key: int) -> str:
        value = fold_char(chr(key))
        self[key] = value
        return value


_TABLE = _FoldTable()
# Pre-fill ASCII so that typical text never calls fold_char at all.
for _code in range(128):
    _TABLE[_code] = chr(_code).lower()


# Blocks whose every character folds to itself (a test checks each one): ZWJ, symbols
# and dingbats, kana, CJK ideographs, Hangul syllables, variation selectors, pictographs.
# Runs of them need no table: a megabyte of emoji folded through it took 30 ms.
KEPT_RANGES = (
    (0x200D, 0x200D),
    (0x2600, 0x27BF),
    (0x3001, 0x3035),
    (0x3041, 0x30FF),
    (0x4E00, 0x9FFF),
    (0xAC00, 0xD7A3),
    (0xFE00, 0xFE0F),
    (0x1F300, 0x1FAFF),
)
_KEPT = "".join(f"{chr(lo)}-{chr(hi)}" if lo != hi else chr(lo) for lo, hi in KEPT_RANGES)
_NON_ASCII = re.compile(f"[^\\x00-\\x7f{_KEPT}]+")
# Past this many non-ASCII runs one translate() of the whole text is cheaper than a
# Python call per run (30,000 spaced accented letters were 30,000 calls).
_MAX_RUNS = 64


def _fold_run(m: re.Match[str]) -> str:
    return m.group().translate(_TABLE)


# The ASCII bytes, deleted from a text's UTF-8 to leave the characters outside ASCII.
_ASCII_BYTES = bytes(range(128))
# Up to this length, this many UTF-8 bytes beyond one a character, and this many kinds of
# characters that fold to others, a text's characters outside ASCII are read from its
# UTF-8 and replaced one kind at a time.
_MAX_DISTINCT_TEXT = 20_000
_MAX_WIDE_BYTES = 200
_MAX_REPLACED = 12


def fold(text: str) -> str:
    """Lower-case, accent-free, half-width text of exactly the same length as `text`."""
    return fold_text(text)[0]


def fold_text(text: str) -> tuple[str, frozenset[str] | None]:
    """fold(text) and, when it was read on the way, the set of the folded text's
    characters outside ASCII (a mostly-ASCII text: "is there any kana / pictograph?" is
    then a question to a handful of characters, not a scan of the text); else None."""
    if text.isascii():
        return text.lower(), frozenset()  # what the table does to ASCII, in one C call
    # bytes.lower() touches ASCII only (UTF-8 continuation bytes are >= 0x80), so the
    # ASCII letters are lowered in C and only the non-ASCII characters need the table.
    if len(text) > _MAX_DISTINCT_TEXT:
        # A long paste: its UTF-8 is not read again, so it is not kept while lowered.
        low = text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
        return _fold_runs(text, low), None
    data = text.encode("utf-8", "surrogatepass")
    low = data.lower().decode("utf-8", "surrogatepass")
    # A text mostly in ASCII ("€" in English, the accents of French): its characters
    # outside ASCII are read from the UTF-8 in C (a regex over the text to find them
    # costs ~10 ns a character), and each kind that folds to another ("é", "ü") is
    # replaced in one C pass. A replacement that is itself replaced would fold twice:
    # then, and for a text mostly outside ASCII (Japanese), the runs below.
    wide_bytes = len(data) - len(text)  # the continuation bytes: about the wide chars
    if wide_bytes <= _MAX_WIDE_BYTES:
        wide = set(data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass"))
        changes = {c: f for c in wide if (f := _TABLE[ord(c)]) != c}
        if len(changes) <= _MAX_REPLACED and changes.keys().isdisjoint(changes.values()):
            for c, f in changes.items():
                low = low.replace(c, f)
            kept = {changes.get(c, c) for c in wide}
            return low, frozenset(c for c in kept if not c.isascii())
    return _fold_runs(text, low), None


def _fold_runs(text: str, low: str) -> str:
    """`low` (the lowered `text`) with each run outside ASCII and the kept blocks folded
    through the table."""
    folded, runs = _NON_ASCII.subn(_fold_run, low, count=_MAX_RUNS)
    if runs == _MAX_RUNS:
        folded = low.translate(_TABLE)  # ASCII maps to itself: the same text, in one pass
    if len(folded) != len(text):  # pragma: no cover - fold_char always returns 1 char
        raise AssertionError("fold changed the length")
    return folded
