"""A shop's template expressions hold no links, a status notice is a confirmation, an item
shared "with you" is a product shared, a subscription to "our list" is a newsletter, and
"your order on our website" is no invitation to buy there (ruleset 2026.12.04-3). Written for
this test, not taken from the real corpus."""

from __future__ import annotations

import pytest

from inbox_app.policy import Context, Draft, check

REPLY = Context(buyer_initiated=True)
SELLER = Context(buyer_initiated=False, order_id="123-1234567-1234567")
ORDER = "Order 123-1234567-1234567\n"


def rules(text: str, context: Context = REPLY) -> set[str]:
    return {f.rule for f in check(Draft("", text), context).findings}


@pytest.mark.parametrize(
    "text",
    [
        "Your order: {{ rawUrl('frontend.account.order.single.page', "
        "{ 'deepLinkCode': order.deepLinkCode }, salesChannel.domains|first.url) }}",
        "{% if shop.url %}Visit {{ shop.url }}{% endif %}",
        "Status: {{ order.deliveries.first.stateMachineState.translated.name }}.",
    ],
    ids=["expression", "control-tag", "long-name"],
)
def test_a_template_expression_holds_no_link(text: str) -> None:
    assert "external-link" not in rules(text)


def test_a_domain_after_a_closed_template_tag_is_still_a_link() -> None:
    text = "{{ shop.name }} is also at www.example-shop.com"
    found = [f for f in check(Draft("", text), REPLY).findings if f.rule == "external-link"]
    assert [text[f.start : f.end] for f in found] == ["www.example-shop.com"]


@pytest.mark.parametrize(
    "text",
    [
        ORDER + "The new status is as follows: shipped.",
        ORDER + "Die Bestellung hat jetzt den Lieferstatus: versandt.",
        ORDER + "Le nouveau statut de votre commande : expédiée.",
        ORDER + "Il nuovo stato del suo ordine: spedito.",
        ORDER + "El nuevo estado de su pedido: enviado.",
    ],
    ids=lambda t: t[26:50],
)
def test_a_status_notice_alone_is_an_unnecessary_message(text: str) -> None:
    report = check(Draft("", text), SELLER)
    found = [f for f in report.findings if f.rule == "unnecessary-message"]
    assert found and found[0].severity == "warn"
    assert found[0].message


def test_a_new_status_that_is_a_delay_stays_a_critical_message() -> None:
    text = (
        ORDER
        + "The new status of your order is delayed: the carrier lost a day, it arrives Friday."
    )
    assert "unnecessary-message" not in rules(text, SELLER)


@pytest.mark.parametrize(
    "text",
    [
        "{sender} was shopping on {shop} and wanted to share the following item with you.",
        "{sender} souhaite partager l'article suivant avec vous : {product}",
        "{sender} möchte folgenden Artikel mit Ihnen teilen: {product}",
    ],
    ids=["en", "fr", "de"],
)
def test_an_item_shared_with_the_reader_is_cross_selling(text: str) -> None:
    assert "cross-selling" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "You can share the following item details with the carrier: weight 2 kg.",
        "Teilen Sie dem Spediteur bitte folgende Artikel mit: Lampe, Schirm.",
        "You can check the current status of your order on our website under My orders.",
    ],
    ids=["details", "de-details", "status-on-website"],
)
def test_sharing_details_or_an_order_on_our_website_is_no_cross_selling(text: str) -> None:
    assert "cross-selling" not in rules(text)


def test_ordering_now_on_our_website_is_cross_selling() -> None:
    assert "cross-selling" in rules("Order now on our website and save time.")


@pytest.mark.parametrize(
    "text",
    [
        "Click here to confirm your subscription to our list.",
        "Danke für Ihre Anmeldung in unserem Verteiler.",
        "Merci pour votre inscription à notre liste de diffusion.",
        "Grazie per l'iscrizione alla nostra lista!",
        "Gracias por tu suscripción a nuestra lista de correo.",
    ],
    ids=["en", "de", "fr", "it", "es"],
)
def test_a_subscription_to_our_list_is_marketing(text: str) -> None:
    report = check(Draft("", text), REPLY)
    assert any(f.rule == "marketing" and f.severity == "block" for f in report.findings)
