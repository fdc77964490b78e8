"""The [Important] subject tag helpers used by the compose pane's toggle."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inbox_app.policy import add_important_tag, has_important_tag, remove_important_tag


@pytest.mark.parametrize(
    ("subject", "market", "tagged"),
    [
        ("[Important] Your order", "US", True),
        ("Your order [important]", "US", True),
        ("Your [IMPORTANT] order", "UK", True),
        ("Your order [ Important ]", "US", True),
        ("Your order ［Important］", "JP", True),
        ("Important: your order", "US", False),
        ("(Important) your order", "US", False),
        ("[Wichtig] Ihre Bestellung", "DE", True),
        ("[Important] Ihre Bestellung", "DE", True),
        ("[Wichtig] Your order", "US", False),
        ("[Importantissimo] ordine", "IT", False),
        ("", "US", False),
    ],
)
def test_has_important_tag(subject: str, market: str, tagged: bool) -> None:
    assert has_important_tag(subject, market) is tagged


def test_add_uses_the_marketplace_spelling() -> None:
    assert add_important_tag("Your order", "US") == "[Important] Your order"
    assert add_important_tag("Ihre Bestellung", "DE") == "[Wichtig] Ihre Bestellung"
    assert add_important_tag("", "US") == "[Important]"


def test_add_is_idempotent_and_respects_a_hand_typed_tag() -> None:
    assert add_important_tag("Your order [important]", "US") == "Your order [important]"
    assert add_important_tag("[Important] Ihre Bestellung", "DE") == "[Important] Ihre Bestellung"


@pytest.mark.parametrize(
    ("subject", "market", "result"),
    [
        ("[Important] Your order", "US", "Your order"),
        ("Your [important] order", "US", "Your order"),
        ("Your order [IMPORTANT]", "US", "Your order"),
        ("[Wichtig] Ihre Bestellung", "DE", "Ihre Bestellung"),
        ("[Important] Ihre [Wichtig] Bestellung", "DE", "Ihre Bestellung"),
        ("Your order", "US", "Your order"),
    ],
)
def test_remove(subject: str, market: str, result: str) -> None:
    assert remove_important_tag(subject, market) == result
    assert not has_important_tag(remove_important_tag(subject, market), market)


@given(st.text(max_size=60), st.sampled_from(["US", "DE", "JP", "IT", "XX"]))
def test_toggle_round_trip(subject: str, market: str) -> None:
    added = add_important_tag(subject, market)
    assert has_important_tag(added, market)
    assert not has_important_tag(remove_important_tag(added, market), market)


def test_the_tag_words_are_read_without_building_the_rule_set() -> None:
    # the compose pane asks for them before the window's first paint; compiling the
    # whole rule set (about 1,400 patterns) waits until after it
    import subprocess
    import sys

    from inbox_app.policy import load_ruleset
    from inbox_app.policy.tags import _bundled_tags

    assert _bundled_tags() == load_ruleset().important_tags
    code = (
        "from inbox_app.services.subject_tags import has_tag\n"
        "from inbox_app.policy.ruleset import load_ruleset\n"
        "assert has_tag('[Wichtig] Lieferung', 'DE') and not has_tag('Lieferung', 'DE')\n"
        "print(load_ruleset.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
