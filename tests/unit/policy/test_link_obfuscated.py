"""Spelled and spaced forms (policy/link_obfuscated.py): "bob at shop dot com" is a mailbox,
"order at shop dot com" a place (one link), "www. shop .com" a link, "today. Com" prose."""

from __future__ import annotations

import pytest

from inbox_app.policy import Context, Draft, check
from inbox_app.policy.link_hosts import HostRules
from inbox_app.policy.link_obfuscated import obfuscated_emails, spaced_links
from inbox_app.policy.link_scan import Taken

REPLY = Context(buyer_initiated=True)
RULES = HostRules.of(frozenset({"com", "it", "uk", "co"}), (), ("com", "it", "uk"))


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Order at shop dot com today.", "shop dot com"),
        ("See our store at myshop dot com for more.", "myshop dot com"),
        ("Buy at www dot shop dot com.", "www dot shop dot com"),
        ("Find more at example dot co dot uk.", "example dot co dot uk"),
    ],
)
def test_a_place_at_a_spelled_domain_is_one_link_not_an_email(text: str, shown: str) -> None:
    report = check(Draft("", text), REPLY)
    rules = [f.rule for f in report.findings]
    assert rules == ["external-link"], rules
    finding = report.findings[0]
    assert text[finding.start : finding.end] == shown


@pytest.mark.parametrize(
    "text",
    ["Write to bob at shop dot com.", "Mail info at shop dot com.", "anna.b at shop dot com"],
)
def test_a_mailbox_at_a_spelled_domain_stays_an_email(text: str) -> None:
    report = check(Draft("", text), REPLY)
    assert [f.rule for f in report.findings] == ["email-address"]


def test_a_bracketed_at_is_an_address_and_claims_its_span() -> None:
    folded = "write to anna (at) shop (dot) it today"
    taken = Taken()
    (email,) = obfuscated_emails(folded, RULES, taken)
    assert folded[email.start : email.end] == "anna (at) shop (dot) it"
    assert email.obfuscated
    assert taken.overlaps(email.start, email.end)
    assert obfuscated_emails(folded, RULES, taken) == []  # taken spans are not found again


def test_an_address_with_an_unlikely_tld_for_obfuscation_is_not_one() -> None:
    assert obfuscated_emails("anna (at) shop (dot) xyz", RULES, Taken()) == []


@pytest.mark.parametrize(
    ("original", "host"),
    [("Visit www. shop .com for more.", "www.shop.com"), ("see shop . it", "shop.it")],
)
def test_dots_with_spaces_make_a_link(original: str, host: str) -> None:
    (link,) = spaced_links(original, original.lower(), RULES, Taken())
    assert link.host == host
    assert link.obfuscated


def test_a_capitalised_word_after_a_full_stop_starts_a_sentence() -> None:
    original = "It arrived today . Com is short for company."
    assert spaced_links(original, original.lower(), RULES, Taken()) == []
