"""An exclusive or special offer and the cancelling of a subscription, found by word classes
in every language (ruleset 2026.12.04-2), not by whole phrases; a subscription named only as
one is the buyer's Amazon one when the message names Amazon's programme or account (-6). Written for this test, not
taken from the real corpus."""

from __future__ import annotations

import pytest

from inbox_app.policy import Context, Draft, check

REPLY = Context(buyer_initiated=True)

OFFERS = [
    "As a member you get exclusive offers and limited-time deals.",
    "Freuen Sie sich auf exklusive Angebote und besondere Aktionen!",
    "Profitez de nos offres exclusives réservées aux abonnés.",
    "Approfitta delle nostre offerte imperdibili.",
    "Aprovecha nuestras ofertas exclusivas para clientes.",
    "会員様限定のお得な情報をお届けします。",
    "最新のニュース、トレンド、独占オファーをお届けします。",
]

OPT_OUTS = [
    "To cancel your newsletter subscription, reply to this message.",
    "Newsletter abbestellen: {unsubscribe_link}",
    "Sie können Ihr Abonnement jederzeit kündigen.",
    "Pour résilier votre abonnement, cliquez ici.",
    "Annulla iscrizione",
    "Iscrizione alla newsletter annullata? Scrivici.",
    "Cancelar suscripción",
]

CLEAN_REPLIES = [
    "We can offer a special replacement part for your model at no cost.",
    "I have cancelled your order as you asked; the refund follows.",
    "Ich habe Ihre Bestellung storniert, die Erstattung folgt.",
    "J'ai annulé votre commande, le remboursement suit.",
    "Ho annullato il suo ordine; il rimborso seguirà.",
    "He cancelado su pedido; el reembolso llegará pronto.",
    "This special edition ships in a gift box.",
    "Votre inscription n'est pas nécessaire pour la garantie.",
]

# a reply about the buyer's own subscription on Amazon (Subscribe and Save): nothing to opt out of
AMAZON_SUBSCRIPTIONS = [
    "Sie können Ihr Spar-Abo jederzeit in Ihrem Amazon-Konto kündigen.",
    "Ihr Abo können Sie in Ihrem Amazon-Konto unter Spar-Abo beenden.",
    "Vous pouvez résilier votre abonnement Prévoyez et Économisez dans votre compte Amazon.",
    "Può annullare l'abbonamento Iscriviti e risparmia dal suo account Amazon.",
    "You can cancel your Subscribe and Save subscription in your Amazon account.",
]


@pytest.mark.parametrize("text", AMAZON_SUBSCRIPTIONS, ids=lambda t: t[:40])
def test_cancelling_a_subscription_on_amazon_is_no_opt_out(text: str) -> None:
    report = check(Draft("", text), REPLY)
    assert report.sendable, [(f.rule, text[f.start : f.end]) for f in report.findings]


@pytest.mark.parametrize("text", OFFERS, ids=lambda t: t[:40])
def test_an_exclusive_or_special_offer_is_marketing_in_every_language(text: str) -> None:
    report = check(Draft("", text), REPLY)
    found = [f for f in report.findings if f.rule == "marketing"]
    assert found, text
    assert all(f.severity == "block" and f.end > f.start for f in found)
    assert all(f.message for f in found)


@pytest.mark.parametrize("text", OPT_OUTS, ids=lambda t: t[:40])
def test_cancelling_a_subscription_is_an_opt_out_in_either_word_order(text: str) -> None:
    report = check(Draft("", text), REPLY)
    found = [f for f in report.findings if f.rule == "opt-out-link"]
    assert found, text
    shown = {text[f.start : f.end].lower() for f in found}
    assert any(
        w in s for s in shown for w in ("abo", "iscrizion", "suscrip", "newsletter", "abonnement")
    ), shown


@pytest.mark.parametrize("text", CLEAN_REPLIES, ids=lambda t: t[:40])
def test_a_cancelled_order_or_a_special_part_stays_clean(text: str) -> None:
    report = check(Draft("", text), REPLY)
    assert report.sendable, [(f.rule, text[f.start : f.end]) for f in report.findings]
