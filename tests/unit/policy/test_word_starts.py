"""The phrase index's one automaton pass for word starts finds a phrase wherever its regex
would: after any sign, space or run of separators, and only at a word start."""

from __future__ import annotations

import pytest

from inbox_app.policy import load_ruleset
from inbox_app.policy.literals import WordStarts
from inbox_app.policy.normalize import fold

SEPARATED = [
    "coupon",
    "«coupon»",
    "…coupon",
    "\u2028coupon",
    "\x85coupon",
    "\u1680coupon",
    "(coupon)",
    "x, coupon",
    "x,\n\n  coupon",
    "\U0001f600coupon",
    "ß coupon",
]


@pytest.mark.parametrize("text", SEPARATED)
def test_a_phrase_after_any_sign_or_space_is_found(text: str) -> None:
    folded = fold(text)
    found = load_ruleset().phrases.scan(folded, cjk=False)["marketing"]
    assert [folded[h.start : h.end] for h in found if h.trigger == "coupon"] == ["coupon"]


@pytest.mark.parametrize(
    "text",
    [
        "thank you",
        "thank  you",
        "thank\n\nyou",
        "thank -\n you",
        "thank\u2028you",
        "x  y thank you",
    ],
)
def test_a_phrase_of_two_words_spans_any_run_of_separators(text: str) -> None:
    folded = fold(text)
    found = load_ruleset().phrases.scan(folded, cjk=False)["thanks"]
    assert [folded[h.start : h.end] for h in found][:1] == [folded[folded.index("thank") :]]


@pytest.mark.parametrize(
    "text", ["xcoupon", "écoupon", "_coupon", "coupon_", "couponß", "お得なcoupon"]
)
def test_no_phrase_inside_a_word(text: str) -> None:
    # kana are word characters too, as `\w` reads them
    found = load_ruleset().phrases.scan(fold(text), cjk=False)["marketing"]
    assert not [h for h in found if h.trigger == "coupon"]


def test_starts_are_word_starts_in_text_order_with_their_keys() -> None:
    starts = WordStarts({"coupon": (True, "cou"), "thank you": (True, "tha"), "ab": (False, "")})
    text = fold("Abc coupon,  «thank   you» coupons thank you. xcoupon ab")
    found = starts.starts(text)
    assert found == sorted(found)
    assert [(text[p : p + 6], key) for p, key in found] == [
        ("abc co", "abc"),  # a short head that goes on: its key is the text's word
        ("coupon", "cou"),
        ("thank ", "tha"),
        ("thank ", "tha"),
        ("ab", "ab"),
    ]


def test_starts_name_the_categories_of_the_heads_found_there() -> None:
    starts = WordStarts(
        {"coupon": (True, "cou"), "cou": (False, ""), "thank you": (True, "tha")},
        {
            "coupon": frozenset({"marketing"}),
            "cou": frozenset({"other"}),
            "thank you": frozenset({"thanks"}),
        },
    )
    text = fold("coupon, thank you, courage")
    assert starts.starts_and_categories(text) == [
        (0, "cou", frozenset({"marketing", "other"})),  # two heads at one start
        (8, "tha", frozenset({"thanks"})),
        (19, "cou", frozenset({"other"})),
    ]


def test_trying_only_the_categories_of_the_heads_found_gives_the_same_hits() -> None:
    import random

    rs = load_ruleset()
    index = rs.phrases
    words: list[str] = []
    for by_lang in _phrase_lists().values():
        for lang, phrases in by_lang.items():
            if lang not in ("patterns", "ja"):
                words += [p.replace("~", "your").rstrip("*") for p in phrases]
    rng = random.Random(5)
    heads = index._heads
    assert heads is not None
    every = WordStarts.__new__(WordStarts)
    every.__dict__.update(heads.__dict__)
    every._categories = tuple(None for _ in heads._categories)  # try every category
    for _ in range(300):
        text = fold(
            " ".join(rng.choice(words) + rng.choice(["", ",", ".", " x", "s"]) for _ in range(12))
        )
        filtered = index.scan(text, cjk=False)
        index._heads = every
        try:
            plain = index.scan(text, cjk=False)
        finally:
            index._heads = heads
        assert {c: h for c, h in filtered.items() if h} == {c: h for c, h in plain.items() if h}


def _phrase_lists() -> dict[str, dict[str, list[str]]]:
    import json
    from importlib import resources

    path = resources.files("inbox_app.resources") / "policy" / "phrases.json"
    categories: dict[str, dict[str, list[str]]] = json.loads(path.read_text(encoding="utf-8"))[
        "categories"
    ]
    return categories
