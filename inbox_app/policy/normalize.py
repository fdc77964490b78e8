"""Length-preserving text folding: case, accents, full-width forms; spans stay valid."""

from __future__ import annotations

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


def fold(text: str) -> str:
    """Lower-case, accent-free, half-width text of exactly the same length as `text`."""
    folded = text.translate(_TABLE)
    if len(folded) != len(text):  # pragma: no cover - fold_char always returns 1 char
        raise AssertionError("fold changed the length")
    return folded
