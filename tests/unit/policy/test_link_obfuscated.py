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


# A dot spelled in the language of the message: believed only before the TLDs listed for
# that word in domains.json (punkt: de com at ch eu; point: fr com be ch; punto: it com es).
SPELLED = [
    ("Besuchen Sie meinshop punkt de für mehr Modelle.", "DE", "meinshop punkt de", "meinshop.de"),
    (
        "Alles Weitere auf www punkt mein-laden punkt at.",
        "DE",
        "www punkt mein-laden punkt at",
        None,
    ),
    ("Notre catalogue : boutique-lumiere point fr", "FR", "boutique-lumiere point fr", None),
    ("Retrouvez-nous sur maboutique point com !", "FR", "maboutique point com", None),
    ("Trovi tutto su negoziocasa punto it, a presto.", "IT", "negoziocasa punto it", None),
    ("Escríbenos o visita tiendaluz punto es.", "ES", "tiendaluz punto es", "tiendaluz.es"),
    ("Más modelos en tiendaluz punto com para usted.", "ES", "tiendaluz punto com", None),
]


@pytest.mark.parametrize(("text", "market", "shown", "host"), SPELLED)
def test_a_dot_spelled_in_the_language_is_a_link(
    text: str, market: str, shown: str, host: str | None
) -> None:
    report = check(Draft("", text), Context(buyer_initiated=True, marketplace=market))
    links = [f for f in report.findings if f.rule == "external-link"]
    assert [text[f.start : f.end] for f in links] == [shown]
    assert links[0].severity == "block"
    if host:
        assert dict(links[0].params)["host"] == host


@pytest.mark.parametrize(
    ("text", "market"),
    [
        ("Aus Sicht des Kunden ist das ein wichtiger Punkt der Sache.", "DE"),
        ("Der letzte Punkt: die Lieferung kommt morgen.", "DE"),
        ("Sie punkt de", "DE"),  # a function word is no label
        ("Du point de vue du client, le colis est arrivé.", "FR"),
        ("Le point fr de la facture est corrigé.", "FR"),
        ("Dal mio punto di vista il prodotto è perfetto.", "IT"),
        ("El punto es que el paquete llegó tarde.", "ES"),
        ("Un buen punto es importante para nosotros.", "ES"),  # "es" here is a verb
        ("Amazon punkt de ist der richtige Ort für Ihre Rücksendung.", "DE"),  # allowed host
    ],
)
def test_a_spelled_dot_word_in_prose_is_no_link(text: str, market: str) -> None:
    report = check(Draft("", text), Context(buyer_initiated=True, marketplace=market))
    assert "external-link" not in report.rules(), report.findings
