"""LinkFinder (policy/links.py): every form in one pass, each span claimed once, in order."""

from __future__ import annotations

from inbox_app.policy.link_scan import Email, Link
from inbox_app.policy.links import LinkFinder

FINDER = LinkFinder(frozenset({"com", "it", "de"}), (), ("com", "it"))


def test_each_form_claims_its_span_once_and_the_results_are_in_order() -> None:
    original = (
        "See https://www.shop.it/x, mail anna@shop.it, or bob (at) shop (dot) com, or www. b .de"
    )
    links, emails = FINDER.find(original, original.lower())
    assert [(x.host, x.scheme, x.obfuscated) for x in links] == [
        ("www.shop.it", "https", False),
        ("www.b.de", "", True),
    ]
    assert [(x.text, x.obfuscated) for x in emails] == [
        ("anna@shop.it", False),
        ("bob (at) shop (dot) com", True),
    ]
    assert all(isinstance(x, Link) for x in links) and all(isinstance(x, Email) for x in emails)


def test_a_sentence_break_without_a_space_is_no_domain() -> None:
    original = "It arrived today.Best regards"
    assert FINDER.find(original, original.lower()) == ([], [])


def test_text_without_a_dot_holds_no_link() -> None:
    assert FINDER.find("write to anna at shop", "write to anna at shop") == ([], [])
