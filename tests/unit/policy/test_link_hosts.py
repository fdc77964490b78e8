"""Judging a host (policy/link_hosts.py): top-level domains, look-alikes, template tags
that only look like domains, and the host of a URL."""

from __future__ import annotations

import pytest

from inbox_app.policy import Context, Draft, check
from inbox_app.policy.link_hosts import HostRules, placeholder, skeleton, url_host


def test_tlds_count_differently_for_plain_and_obfuscated_domains() -> None:
    rules = HostRules.of(frozenset({"com", "it", "txt"}), ("txt",), ("com",), ("shop",))
    assert rules.tld_ok("it", obfuscated=False)
    assert not rules.tld_ok("txt", obfuscated=False)  # file.txt is a file name
    assert not rules.tld_ok("it", obfuscated=True)
    assert rules.tld_ok("com", obfuscated=True)
    assert {"us", "shop"} <= rules.not_mailbox


@pytest.mark.parametrize("host", ["arnaz0n.com", "аmazon.de", "am4zon.it", "ama-zon.fr"])
def test_look_alikes_skeleton_to_amazon(host: str) -> None:
    assert "amazon" in skeleton(host)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.Shop.example/deal?x=1", ("www.shop.example", "https")),
        ("hxxps://evil.example", ("evil.example", "hxxps")),
        ("http://user@host.example:8080/", ("host.example", "http")),
        ("https://[::1]/", ("::1", "https")),
        ("https://shop\u3002example/", ("shop.example", "https")),
    ],
)
def test_the_host_of_a_url(url: str, expected: tuple[str, str]) -> None:
    assert url_host(url) == expected


def test_template_variables_are_placeholders() -> None:
    folded = "dear $order.name, see {{var store.url}} or shop.example"
    assert placeholder(folded, folded.index("order.name"), folded.index(","))
    start = folded.index("store.url")
    assert placeholder(folded, start, start + len("store.url"))
    start = folded.index("shop.example")
    assert not placeholder(folded, start, len(folded))


@pytest.mark.parametrize(
    "text",
    [
        "Take a look at the wish list of {{var customer.name}} on {{var store.getFrontendName()}}.",
        "Dear {{htmlescape var=$order.getCustomerName()}}, your order {{var order.increment_id}}",
    ],
)
def test_a_template_tag_is_not_a_link(text: str) -> None:
    report = check(Draft("", text), Context(buyer_initiated=True))
    assert "external-link" not in report.rules()


def test_a_domain_beside_a_template_tag_is_still_a_link() -> None:
    text = "Order {{var order.increment_id}} again on shop-example.com today."
    report = check(Draft("", text), Context(buyer_initiated=True))
    assert "external-link" in report.rules()


# Shop software fills a name between two % or in single braces before the message leaves
# (%order.id%, {buyer.name}); .id and .name are top-level domains, so these read as hosts.
@pytest.mark.parametrize(
    "text",
    [
        "Your order %order.id% from %shop.name% has shipped.",
        "Hallo %customer.firstname%, Ihre Bestellung %order.id% ist unterwegs.",
        "Hi {buyer.name}, your parcel for order {order.id} left today.",
        "Bonjour { buyer.name }, merci pour la commande { order.id }.",
        "Hi {{buyer_name}}, thanks for order {{order_id}}.",
    ],
)
def test_a_name_between_percent_signs_or_braces_is_a_template_tag(text: str) -> None:
    report = check(Draft("", text), Context(buyer_initiated=True))
    assert "external-link" not in report.rules()


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Get 20% off at shop-example.com, 10% more in store.", "shop-example.com"),
        ("Save 20% shop-example.com", "shop-example.com"),
        ("{see shop-example.com}", "shop-example.com"),
        ("Find us at {myshop.com} today.", "myshop.com"),
        ("Order {order.id} again on %myshop.de% today.", "myshop.de"),
    ],
)
def test_a_domain_near_percent_signs_or_braces_is_still_a_link(text: str, shown: str) -> None:
    report = check(Draft("", text), Context(buyer_initiated=True))
    links = [text[f.start : f.end] for f in report.findings if f.rule == "external-link"]
    assert links == [shown]
