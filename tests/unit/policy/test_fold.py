"""fold() is fold_char on every character, whichever of its ways it takes: a text mostly
in ASCII (its few kinds of other characters replaced kind by kind), one mostly outside it
(runs through the table), one with a replacement that would fold again."""

from __future__ import annotations

import random

import pytest

from inbox_app.policy.normalize import fold, fold_char

POOLS = [
    (0x00, 0x7F),
    (0x00, 0x7F),
    (0x80, 0x24F),  # Latin accents, ß, ø
    (0x370, 0x4FF),  # Greek, Cyrillic
    (0x2000, 0x2190),  # dashes, spaces, ℃, Roman numerals, Kelvin sign
    (0x2FF0, 0x3110),  # CJK signs, kana
    (0xFF00, 0xFF60),  # full-width forms
    (0x1D400, 0x1D7FF),  # mathematical letters and digits
    (0x1F300, 0x1F6FF),  # pictographs
    (0xD800, 0xDFFF),  # lone surrogates
]


def _by_char(text: str) -> str:
    return "".join(c.lower() if c.isascii() else fold_char(c) for c in text)


@pytest.mark.parametrize("ascii_share", [0.0, 0.9, 0.99])
def test_fold_is_fold_char_on_every_character(ascii_share: float) -> None:
    rng = random.Random(int(ascii_share * 100))
    for _ in range(3_000):
        chars = [
            chr(rng.randint(0x20, 0x7E))
            if rng.random() < ascii_share
            else chr(rng.randint(*rng.choice(POOLS)))
            for _ in range(rng.randint(0, 120))
        ]
        text = "".join(chars)
        assert fold(text) == _by_char(text), repr(text)


def test_a_replacement_that_folds_again_is_folded_once() -> None:
    # U+FE31 (a vertical dash) folds to an em dash, which itself folds to "-": with both in
    # a text, replacing kind by kind could fold the first twice.
    text = "a\ufe31b \u2014 c\ufe58 d \u212a caf\u00e9 " * 3
    assert fold(text) == _by_char(text)
    assert fold("x\ufe31y\u2014z") == "x\u2014y-z"
    assert fold("Straße ÉTÉ ＡＢＣ") == "straße ete abc"


def test_a_long_paste_folds_as_fold_char_on_every_character() -> None:
    text = "Café ÉTÉ ＡＢＣ お届け。\U0001f600 \u212a " * 2_000  # past the short texts' way
    assert len(text) > 20_000
    assert fold(text) == _by_char(text)
