"""Pictographs are looked for from the first one in the text: one of the BMP (a bitmap
class to the regex engine) or the first character past U+FFFF; kana and kanji, which
pass the coarse U+231A+ check, are no pictographs."""

from __future__ import annotations

import pytest

from inbox_app.policy import Context, Draft, check
from inbox_app.policy.detectors import detectors
from inbox_app.policy.ruleset import load_ruleset

REPLY = Context(buyer_initiated=True, marketplace="JP", buyer_language="ja")
KANA = "お届けは金曜日の予定です。割れたシェードはご返送いただく必要はございません。"


def _emoji(body: str) -> list[tuple[int, int]]:
    report = check(Draft("", body), REPLY)
    return [(f.start, f.end) for f in report.findings if f.rule == "emoji"]


@pytest.mark.parametrize(
    ("tail", "span"),
    [
        ("☀", (0, 1)),  # U+2600, in the BMP
        ("〽", (0, 1)),  # U+303D, among the CJK signs
        ("🙏", (0, 1)),  # past U+FFFF
        ("🙏☀", (0, 2)),  # one run
        ("⌚\U0001f3fb", (0, 2)),  # a BMP one with a skin tone past U+FFFF
    ],
)
def test_a_pictograph_after_japanese_text_is_found_whatever_its_plane(
    tail: str, span: tuple[int, int]
) -> None:
    offset = len(KANA) * 3
    assert _emoji(KANA * 3 + tail + KANA) == [(offset + span[0], offset + span[1])]


def test_japanese_text_without_pictographs_has_none() -> None:
    assert _emoji(KANA * 20) == []
    assert _emoji(KANA + "𠮷野家" + KANA) == []  # a kanji past U+FFFF is no pictograph


def test_the_bmp_class_is_the_pictograph_ranges_below_u10000() -> None:
    det = detectors(load_ruleset())
    below = [chr(c) for c in range(0x2000, 0x10000) if det.pictographs.match(chr(c))]
    assert below and all(det.bmp_pictographs.match(ch) for ch in below)
    assert not det.bmp_pictographs.match("\U0001f600")
    assert not any(det.bmp_pictographs.match(ch) for ch in KANA)
