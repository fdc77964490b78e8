"""StartScan tries a regex only where a match can start, and yields exactly what
`finditer` yields: the same matches, in the same order, whole text or window."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from inbox_app.policy import load_ruleset
from inbox_app.policy.fields import Field
from inbox_app.policy.literals import PhraseHit
from inbox_app.policy.regex_starts import StartScan, starts_of

# Shapes the start analysis reads: look-behinds and word boundaries before a start, runs
# of digits (a match further into a run is one at its start), alternations, optional and
# possessive parts, a look-behind inside a run's rest, classes of a few characters.
SHAPES = [
    r"\d+x",
    r"\d+?",  # a match that ends inside a run: the next one starts there
    r"\d+?5",
    r"(?:\d++)7",
    r"(?>\d+)5",
    r"\d+(?<=12)3",
    r"\b\d{1,3}%",
    r"(?<!\w)\d+5",
    r"(?<!1)\d+x",
    r"[0-9a-f]+z",
    r"x|\d+",
    r"\d+\d\d",
    r"\d{2,}-\d",
    r"1+2",
    r"[12]+21",
    r"(?:a|\d)+b",
    r"\$?\d+[.,]\d\d",
    r"(?<!\w)ab|b\d+c",
    r"\b(?:ab|a)c",
    r"(?<![\w-])ee\w*",
    r"\bé+\b",
    r"\b\.x",
    r"_\d+",
    r"(?<!\w)_a",
    r"x(?<!\w)y",
    r"(?<=a)b+",
    r"a?\d+",
    r"(?<!\w)a?b",
    r"(?:ab|cd)(?:ef)?g",
]
PIECES = [" ", " ", "-", "1", "12", "23", "3", "5", "5%", "7", "€", "$", ".", ",", "\n", "'", "_"]
PIECES += ["a", "ab", "b", "c", "e", "ee", "x", "y", "z", "f", "é", "ß", "ss", "★", "円", "。"]


def _patterns() -> list[re.Pattern[str]]:
    rs = load_ruleset()
    found = [scan.pattern for _, scan, _, _ in rs.phrases._patterns]
    found += [cue.whole for cue in rs.cues.cues]
    return found + [re.compile(s) for s in SHAPES]


def _text(rng: random.Random, words: list[str]) -> str:
    parts = [rng.choice(words) + (" " if rng.random() < 0.4 else "") for _ in range(40)]
    return "".join(parts[: rng.randint(0, 40)])


def test_random_texts_give_the_same_matches_as_finditer() -> None:
    rng = random.Random(11)
    compared = matched = 0
    for pattern in _patterns():
        scan = StartScan(pattern)
        # The pattern's own words, so that matches are common, and signs around them.
        words = re.findall(r"[a-zäöüéèàß]{2,}|[^\x00-\x7f]+", pattern.pattern) + PIECES
        for _ in range(120):
            text = _text(rng, words)
            pos = rng.randint(0, len(text))
            end = rng.randint(pos, len(text))
            plain = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in scan.finditer(text)] == plain, (pattern.pattern, text)
            window = [m.span() for m in pattern.finditer(text, pos, end)]
            assert [m.span() for m in scan.finditer(text, pos, end)] == window, (
                pattern.pattern,
                text,
                pos,
                end,
            )
            compared += 2
            matched += bool(plain) + bool(window)
    assert matched > compared // 10  # the texts do match, often


def test_the_rule_datas_patterns_and_latin_cues_get_the_fast_path() -> None:
    rs = load_ruleset()
    slow = [src for _, scan, src, _ in rs.phrases._patterns if not scan.fast]
    # `\w*(?:gutschein|rabatt)\w*` may start at any letter: the only one without starts.
    assert len(slow) <= 1
    scanned = [cue for cue in rs.cues.cues if cue.scan is not None]
    assert scanned and all(cue.scan.fast for cue in scanned if cue.scan is not None)


@pytest.mark.parametrize(
    ("source", "literals", "classes"),
    [
        (r"(?<!feel )(?<![\w-])free\s+x", {"free": 1}, ()),
        (r"(?:[$€]\s?\d+|\d+\s?eur)", {"$": 0, "€": 0}, ((r"\d", 0, True),)),
        (r"\b(?:\d{1,3}|one|two)[\s-]*%", {"one": 1, "two": 1}, ((r"\d", 1, True),)),
        (r"(?<!1)\d+x", {}, ((r"\d", 0, False),)),  # another look-behind: every digit
        (r"\b\.x", {".x": 0}, ()),  # \b before a sign promises no blank before it
        (r"[★⭐]{3,}", {"★": 0, "⭐": 0}, ()),
    ],
)
def test_starts_read_from_the_parse_tree(
    source: str, literals: dict[str, int], classes: tuple[tuple[str, int, bool], ...]
) -> None:
    found = starts_of(re.compile(source))
    assert found is not None
    assert found.literals == literals
    assert found.classes == classes


@pytest.mark.parametrize(
    "source",
    [r"\w+x", r".x", r"x?", r"(?:a|)b?", r"(a)\1", r"(?i)free", r"[^a]b", r"\s+x", r"(?=a)"],
)
def test_what_it_cannot_read_scans_plainly(source: str) -> None:
    pattern = re.compile(source)
    scan = StartScan(pattern)
    assert starts_of(pattern) is None
    assert not scan.fast
    text = "a aab b xx free Free a1 ab"
    assert [m.span() for m in scan.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_a_cue_window_gives_the_same_hits_through_its_start_scan() -> None:
    rs = load_ruleset()
    text = (
        "We hope the parcel arrived safely. Your order has been shipped today, and if you"
        " are happy with it, discover our other products in our shop. "
    ) * 3
    folded = Field("body", text).folded
    keys = rs.phrases.scan(folded, cjk=False)
    fast: dict[str, list[PhraseHit]] = {}
    rs.cues.scan(folded, keys, fast)
    cues = rs.cues.cues
    try:
        rs.cues.cues = [dataclasses.replace(c, scan=None) for c in cues]
        plain: dict[str, list[PhraseHit]] = {}
        rs.cues.scan(folded, keys, plain)
    finally:
        rs.cues.cues = cues
    assert any(fast.values())
    assert fast == plain
