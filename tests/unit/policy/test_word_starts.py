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
