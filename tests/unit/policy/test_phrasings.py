"""Phrasings the issue names (numbers in words, satisfaction conditions, change/copy
requests, incentives in German and Italian, spaced domains, handles, plain requests,
thank-you-only messages), and the look-alike clean texts that must stay sendable."""

from __future__ import annotations

import pytest

from inbox_app.policy import Context, Draft, check

OID = "111-1234567-1234567"
REPLY = Context(buyer_initiated=True)
SELLER = Context(buyer_initiated=False, order_id=OID)

FIRES = [
    ("Enjoy twenty percent off your next order!", "marketing"),
    ("Use the code TWENTY at checkout.", "marketing"),
    ("Follow @ourshop on Instagram.", "marketing"),
    (
        "If you've had a good experience, we'd love to hear from you in a review.",
        "review-manipulation",
    ),
    ("Love your bottle? Share a photo in your review!", "review-manipulation"),
    ("If you are satisfied, please leave positive feedback.", "review-manipulation"),
    (
        "We're so glad you had a good experience! Would you leave us a review?",
        "review-manipulation",
    ),
    ("ご満足いただけましたら、評価をお願いいたします。", "review-manipulation"),
    ("Wenn Sie zufrieden sind, freuen wir uns über eine Bewertung.", "review-manipulation"),
    ("Se sei soddisfatto, lascia una recensione.", "review-manipulation"),
    ("Could you update your review now that the issue is fixed?", "review-manipulation"),
    ("Please remove the negative feedback you left.", "review-manipulation"),
    ("Could you copy your feedback as a product review?", "review-manipulation"),
    ("評価を削除していただけませんか。", "review-manipulation"),
    ("Für Ihre ehrliche Bewertung erhalten Sie ein Gratisprodukt.", "review-incentive"),
    ("Riceverai un regalo per la tua recensione onesta.", "review-incentive"),
    ("Ti rimborsiamo l'acquisto dopo la tua recensione.", "review-incentive"),
    ("Could you provide an evaluation of our service?", "review-request"),
    ("Click here to rate your purchase.", "review-request"),
    ("Please share your experience with other buyers.", "review-request"),
    ("Visit www. shop .com for more.", "external-link"),
    ("Find us at shop dot com today.", "external-link"),
    ("To find more of our products, visit our page.", "cross-selling"),
]


@pytest.mark.parametrize(("text", "rule"), FIRES, ids=[f"{r}:{t[:30]}" for t, r in FIRES])
def test_issue_phrasings_fire(text: str, rule: str) -> None:
    report = check(Draft("", text), REPLY)
    assert rule in report.rules(), sorted(report.rules())
    finding = next(f for f in report.findings if f.rule == rule)
    assert 0 <= finding.start < finding.end <= len(text)
    assert finding.message


@pytest.mark.parametrize(
    "text",
    [
        f"Thank you for your order! Order {OID}.",
        f"If you have any problems, please contact us. Order {OID}.",
    ],
)
def test_thanks_only_and_offer_of_help_are_unnecessary(text: str) -> None:
    report = check(Draft("", text), SELLER)
    assert "unnecessary-message" in report.rules()
    assert report.sendable  # a warning, never a block


CLEAN = [
    "Thanks for your feedback, we will send a free replacement today.",
    "If you like, you can review your order in Your Orders on Amazon.",
    "It arrived today. Com is short for company, as you asked.",
    "If there is a problem with the replacement, just reply here and we will help.",
    "Discounts: 0.00 EUR",
    "We are sorry for the delay: your parcel left our warehouse on Monday.",
    "Il tuo ordine è in ritardo: lo spediamo domani con corriere espresso.",
    "Ihre Bestellung verzögert sich um zwei Tage, wir bitten um Entschuldigung.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alike_clean_replies_stay_sendable(text: str) -> None:
    report = check(Draft("", text), REPLY)
    assert report.sendable, [(f.rule, f.trigger) for f in report.findings]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Please write an honest review, whether it's a 5-star or a 1-star.", "review-request"),
        (
            "Bitte schreiben Sie eine Bewertung, ob 5-Sterne- oder eine 1-Sterne-Bewertung.",
            "review-request",
        ),
        ("Please leave a 5-star review.", "review-manipulation"),
        ("Please write a review. Your gift will arrive in 30 days.", "review-incentive"),
        (
            "Votre avis a été publié ! La réception de votre cadeau prend 30 jours.",
            "review-incentive",
        ),
        ("Limitado a un producto por cuenta. Oferta válida solo para clientes.", "marketing"),
    ],
)
def test_star_ranges_gifts_and_offers(text: str, rule: str) -> None:
    report = check(Draft("", text), REPLY)
    assert rule in report.rules(), sorted(report.rules())
    if rule == "review-request":
        assert "review-manipulation" not in report.rules()


@pytest.mark.parametrize(
    ("text", "unnecessary"),
    [
        (f"Thank you for your return of order {OID}. We will refund the amount.", False),
        (f"Gracias. Se ha generado un vale de compra del pedido {OID}.", False),
        (f"Thank you for your order {OID}! If you want a refund, just ask.", True),
        (f"Le paiement pour votre commande {{id_order}} a été acceptée. {OID}", True),
    ],
)
def test_refunds_say_more_than_thanks(text: str, unnecessary: bool) -> None:
    report = check(Draft("", text), SELLER)
    assert ("unnecessary-message" in report.rules()) is unnecessary, sorted(report.rules())
