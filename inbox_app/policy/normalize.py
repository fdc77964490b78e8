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


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(m: re.Match[str]) -> str:
    return m.group().translate(_TABLE)


def fold(text: str) -> str:
    """Lower-case, accent-free, half-width text of exactly the same length as `text`."""
    if text.isascii():
        return text.lower()  # what the table does to ASCII, in one C call
    # bytes.lower() touches ASCII only (UTF-8 continuation bytes are >= 0x80), so the
    # ASCII letters are lowered in C and only the non-ASCII runs go through the table.
    low = text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
    folded = _NON_ASCII.sub(_fold_run, low)
    if len(folded) != len(text):  # pragma: no cover - fold_char always returns 1 char
        raise AssertionError("fold changed the length")
    return folded
