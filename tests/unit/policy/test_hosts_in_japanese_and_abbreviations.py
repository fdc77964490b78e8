"""A host glued to Japanese text ends and starts where the kana or ideographs do, and
abbreviations that run into a word without a blank ("i.e.it", "GmbH & Co.KG") are no hosts
(ruleset 2026.12.04-7). Written for this test, not taken from the real corpus."""

from __future__ import annotations

import pytest

from inbox_app.policy import Context, Draft, check

REPLY = Context(buyer_initiated=True, marketplace="JP")


def links(text: str, context: Context = REPLY) -> list[str]:
    return [
        text[f.start : f.end]
        for f in check(Draft("", text), context).findings
        if f.rule == "external-link"
    ]


def test_amazon_host_followed_by_japanese_is_the_whole_amazon_host() -> None:
    # Before: "amazon.co" (Colombia's TLD) was blocked, the "jp" read into the next word.
    assert links("Amazon.co.jpの注文履歴から領収書を発行できます。") == []
    assert links("amazon.co.jp/gp/your-account/order-historyからご確認ください。") == []


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("詳細はshop.example.comをご覧ください。", "shop.example.com"),
        ("詳細はwww.example.jpの通りです", "www.example.jp"),
        ("商品ページshop.example.com/itemからどうぞ", "shop.example.com/item"),
    ],
)
def test_a_shop_host_glued_to_japanese_is_found_without_the_japanese(text: str, host: str) -> None:
    assert links(text) == [host]


@pytest.mark.parametrize(
    "text",
    [
        "Muster GmbH & Co.KG, Musterstraße 1",
        "The cable, i.e.it is not the charger, ships today.",
        "Zubehör z.B.de Kabel liegt bei.",
        "Bitte Art.Nr.DE angeben.",
    ],
)
def test_abbreviations_run_into_a_word_are_no_hosts(text: str) -> None:
    assert links(text, Context(buyer_initiated=True)) == []


@pytest.mark.parametrize(
    "host", ["shop.COM", "SHOP.COM", "Shop.com", "t.co/abc", "x.com", "www.Shop.COM"]
)
def test_hosts_in_one_case_or_with_one_letter_label_stay_links(host: str) -> None:
    assert links(f"Visit {host} today", Context(buyer_initiated=True)) == [host]
