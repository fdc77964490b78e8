"""A parcel handed over to the carrier is a shipping confirmation and "let us know" an offer of
help in every language, a parcel that could not be delivered stays critical, and the seller's
other creations or listings are cross-selling (ruleset 2026.12.04-4). Written for this test,
not taken from the real corpus."""

from __future__ import annotations

import pytest

from inbox_app.policy import Context, Draft, check

SELLER = Context(buyer_initiated=False, order_id="123-1234567-1234567")
REPLY = Context(buyer_initiated=True)
ORDER = "123-1234567-1234567: "


def findings(text: str, context: Context) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in check(Draft("", text), context).findings:
        out.setdefault(f.rule, []).append(text[f.start : f.end])
    return out


@pytest.mark.parametrize(
    "text",
    [
        ORDER + "Your parcel has been handed over to the carrier today.",
        ORDER + "Ihre Ware wurde heute dem Paketdienst übergeben.",
        ORDER + "Votre commande a été remise au transporteur le {date}.",
        ORDER + "La sua merce è stata affidata al corriere oggi.",
        ORDER + "Su mercancía ha sido entregada a la agencia de transporte.",
        ORDER + "ご注文の商品は本日、配送業者に引き渡しました。",
    ],
    ids=["en", "de", "fr", "it", "es", "ja"],
)
def test_a_parcel_handed_to_the_carrier_is_an_unnecessary_message(text: str) -> None:
    report = check(Draft("", text), SELLER)
    found = [f for f in report.findings if f.rule == "unnecessary-message"]
    assert found and found[0].severity == "warn" and found[0].end > found[0].start


@pytest.mark.parametrize(
    "text",
    [
        ORDER + "Your parcel was handed to the carrier but could not be delivered. "
        "Please send us your full address.",
        ORDER + "Das Paket wurde dem Paketdienst übergeben, konnte aber nicht zugestellt werden.",
        ORDER + "Le colis a été remis au transporteur mais n'a pas pu être livré.",
        ORDER + "Il pacco è stato affidato al corriere ma non è stato consegnato.",
        ORDER + "El paquete fue entregado a la agencia de transporte pero nos ha sido devuelto.",
        ORDER + "配送業者に引き渡しましたが、お届けできませんでした。",
    ],
    ids=["en", "de", "fr", "it", "es", "ja"],
)
def test_a_parcel_that_could_not_be_delivered_is_critical(text: str) -> None:
    report = check(Draft("", text), SELLER)
    assert report.content_class == "critical"
    assert "unnecessary-message" not in {f.rule for f in report.findings}


@pytest.mark.parametrize(
    "text",
    [
        ORDER + "Thank you for your order! If anything is wrong, just let us know.",
        ORDER + "Danke für Ihre Bestellung! Bei Problemen geben Sie uns Bescheid.",
        ORDER + "Merci pour votre commande ! En cas de souci, faites-le-nous savoir.",
        ORDER + "Grazie per il suo ordine! Se ci sono problemi, ce lo faccia sapere.",
        ORDER + "¡Gracias por su pedido! Si hay algún problema, háganoslo saber.",
        ORDER + "ご注文ありがとうございました。何かあればお知らせください。",
    ],
    ids=["en", "de", "fr", "it", "es", "ja"],
)
def test_thanks_and_let_us_know_alone_are_an_unnecessary_message(text: str) -> None:
    assert "unnecessary-message" in findings(text, SELLER)


def test_let_us_know_in_a_reply_is_no_finding() -> None:
    assert findings("Die Lampe kommt morgen. Geben Sie uns Bescheid, ob sie passt.", REPLY) == {}


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Descubre todas nuestras creaciones en nuestra tienda.", "creaciones"),
        ("Here is a link to our other listings: {storefront_link}", "listings"),
    ],
)
def test_the_sellers_other_creations_or_listings_are_cross_selling(text: str, shown: str) -> None:
    found = findings(text, REPLY).get("cross-selling", [])
    assert any(shown in s for s in found), found
