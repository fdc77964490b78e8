"""A field knows the characters outside ASCII of its folded text when fold() read them
on the way (a mostly-ASCII text): "does it hold kana / a pictograph / Cyrillic?" is then
asked of those few characters, with the answer a scan of the text gives."""

from __future__ import annotations

import random

import pytest

from inbox_app.policy.detectors import CJK, HIGH
from inbox_app.policy.fields import Field
from inbox_app.policy.language import SCRIPTS
from inbox_app.policy.normalize import fold, fold_text

CLASSES = {"cjk": CJK, "pictograph start": HIGH, "scripts": SCRIPTS}
POOLS = [(0x20, 0x7E), (0x20, 0x7E), (0x20, 0x7E), (0xC0, 0x24F), (0x370, 0x4FF)]
POOLS += [(0x2000, 0x27BF), (0x3000, 0x30FF), (0x4E00, 0x4E20), (0xFF01, 0xFF5E)]
POOLS += [(0xAC00, 0xAC10), (0x1F300, 0x1F320), (0xD800, 0xD810)]


def test_the_characters_read_on_the_way_are_the_folded_texts_outside_ascii() -> None:
    rng = random.Random(3)
    read = 0
    for _ in range(5_000):
        n = rng.randint(0, 80)
        text = "".join(chr(rng.randint(*rng.choice(POOLS))) for _ in range(n))
        folded, wide = fold_text(text)
        assert folded == fold(text)
        if wide is not None:
            read += 1
            assert wide == {c for c in folded if not c.isascii()}
    assert read > 1_000  # most of these texts are read on the way


@pytest.mark.parametrize("name", sorted(CLASSES))
@pytest.mark.parametrize(
    "text",
    [
        "Thank you, 49,99 € and a café",
        "Привет, das Paket ist da",
        "Your order 注文 arrived",
        "See you ☀ soon",
        "Hi \U0001f600 there",
        "ordinary ASCII text",
        "お届けは金曜日の予定です。" * 3,
        "x\ud800y",
    ],
)
def test_holds_answers_as_a_scan_of_the_folded_text(name: str, text: str) -> None:
    chars = CLASSES[name]
    field = Field("body", text)
    assert field.holds(chars) == (chars.search(field.folded) is not None)
