"""A seller-initiated message that only confirms, only thanks or only offers help is found in
every language, order summaries and template variables included; a message that carries a
refund, an invoice, a delay or a question stays sendable. The sentences are written for this
test, not taken from the real corpus."""

from __future__ import annotations

import pytest

from inbox_app.policy import Context, Draft, check

OID = "111-1234567-1234567"
SUMMARY = "\nOrder: {order_name}\nPayment: {payment}\nTotal: {total_paid}\n"

ONLY_CONFIRMS = [
    f"Hello {{firstname}},\nyour order {OID} has been shipped today.\nThank you for shopping with us!",
    f"Hallo {{firstname}},\nIhre Bestellung {OID} wurde heute versandt.\nVielen Dank für Ihren Einkauf!",
    f"Bonjour {{firstname}},\nvotre commande {OID} a été expédiée aujourd'hui.\nMerci pour votre achat !",
    f"Ciao {{firstname}},\nil tuo ordine {OID} è stato spedito oggi.\nGrazie per il tuo acquisto!",
    f"Hola {{firstname}},\ntu pedido {OID} ha sido enviado hoy.\n¡Gracias por tu compra!",
    f"{{name}}様\nご注文{OID}の商品を本日発送いたしました。\nご購入いただきありがとうございました。",
    f"Thank you for your order {OID}!" + SUMMARY + "If you have any questions, contact us.",
    f"Vielen Dank für Ihre Bestellung {OID}!" + SUMMARY + "Bei Fragen kontaktieren Sie uns.",
    f"Merci pour votre commande {OID} !" + SUMMARY + "Pour toute question, contactez-nous.",
    f"Grazie per il tuo ordine {OID}!" + SUMMARY + "Per qualsiasi domanda, contattaci.",
    f"¡Gracias por su pedido {OID}!" + SUMMARY + "Si tiene alguna pregunta, contáctenos.",
    f"We have received your payment for order {OID}. We are processing your order.",
    f"Hi {{firstname}},\nthe payment for your order {OID} has been accepted.",
    f"Hi {{firstname}},\nyour order {OID} is being prepared.",
    f"Ciao {{firstname}},\nil tuo ordine {OID} è in fase di preparazione.",
    f"Ciao {{firstname}},\nil pagamento del tuo ordine {OID} è stato accettato.",
    f"Hola {{firstname}},\nel pago de tu pedido {OID} ha sido aceptado.",
    f"Hallo {{firstname}},\nIhre Bestellung {OID} wird gerade vorbereitet.",
    f"Bonjour {{firstname}},\nvotre commande {OID} est en cours de préparation.",
    f"{{name}}様\nご注文{OID}の商品の準備を進めております。今しばらくお待ちください。",
    f"Wir haben Ihre Zahlung für die Bestellung {OID} erhalten. Ihre Bestellung wird bearbeitet.",
    f"Hello,\nthe status of your order {OID} has changed. New status: {{status}}.",
    f"Hallo,\nder Bestellstatus für Ihre Bestellung {OID} hat sich geändert: {{status}}.",
    f"Bonjour,\nle statut de votre commande {OID} a été mis à jour : {{status}}.",
    f"Ciao,\nlo stato del tuo ordine {OID} è stato aggiornato: {{status}}.",
    f"Hola,\nel estado de su pedido {OID} ha cambiado: {{status}}.",
    f"Hello,\nyour order {OID} has been delivered. Thank you!",
    f"Bonjour,\nvotre commande {OID} a été livrée. Merci !",
    f"Ciao,\nil tuo ordine {OID} è stato consegnato. Grazie!",
    f"Hola,\nsu pedido {OID} ha sido entregado. ¡Gracias!",
    f"Hallo,\nIhre Bestellung {OID} wurde ausgeliefert.",
    # received, packed, on its way, handed over: a confirmation in other words
    f"Hi {{firstname}},\nyour order {OID} is now being packed in our warehouse.",
    f"Hi {{firstname}},\nwe have received your order {OID} and will let you know when it ships.",
    f"Guten Tag,\nwir haben Ihre Bestellung {OID} erhalten und bearbeiten sie gerade.",
    f"Hallo,\nIhr Paket zur Bestellung {OID} ist unterwegs zu Ihnen.",
    f"Bonjour,\nnous avons bien reçu votre commande {OID}.",
    f"Gentile cliente,\nabbiamo ricevuto il tuo ordine {OID} e lo stiamo preparando.",
    f"Hola,\nhemos recibido tu pedido {OID} y lo estamos preparando.",
    f"{{name}}様\nご注文{OID}の商品を本日出荷いたしました。",
    f"{{name}}様\nご注文{OID}のお荷物のお届けが完了いたしました。",
    f"Order {OID}: just checking in to make sure everything arrived in good condition.",
    f"Order {OID}: we appreciate you shopping with us and look forward to serving you again.",
    f"Bestellung {OID}: Wir wissen Ihr Vertrauen zu schätzen. Viele Grüße",
    f"Commande {OID} : merci de votre confiance !",
    f"Ordine {OID}: grazie per la fiducia!",
    f"Pedido {OID}: ¡gracias por su confianza!",
    # "without delay" is no delay
    f"Thank you for your order {OID}! We ship it without delay. Contact us if you have problems.",
]

SAYS_MORE = [
    f"Your order {OID} will be two days late: the carrier lost a truck. Would you like to wait?",
    f"Ihre Bestellung {OID} verspätet sich um zwei Tage. Möchten Sie warten oder stornieren?",
    f"We have refunded 12.50 EUR for order {OID}; you will see it within five days.",
    f"Nous avons remboursé 12,50 EUR pour la commande {OID}.",
    f"Your invoice #4711 for order {OID} is attached. Thank you for your order!",
    f"Anbei Ihre Rechnung Nr. 4711 zur Bestellung {OID}. Vielen Dank!",
    f"For order {OID}: which name should we engrave on the lamp? Thank you!",
    f"Per l'ordine {OID}: quale nome dobbiamo incidere sulla lampada? Grazie!",
    f"Thank you for order {OID}! You have 2 products to download: {{links}}",
    f"Grazie per l'ordine {OID}! Hai 2 prodotti da scaricare: {{links}}",
    f"Hallo, Sie haben eine neue Nachricht zu Ihrer Bestellung {OID}: {{message}}",
    f"Merci pour la commande {OID}. Veuillez régler par virement bancaire : {{bank}}",
    # a delay written as a noun ("a delay of", "delays", "cause ... delay") is news too
    f"Thanks for order {OID}. Our carrier is closed next week, which may cause a delay of two days.",
    f"Thank you for order {OID}. The storm causes delays for all parcels to your area.",
    f"Thank you for order {OID}. We are sorry for the delay: it leaves our warehouse on Monday.",
    f"Thank you for order {OID}. Snow will cause a short delay; please bear with us.",
]


def _rules(text: str) -> frozenset[str]:
    ctx = Context(order_id=OID, marketplace="DE")
    return check(Draft("", text), ctx).rules()


@pytest.mark.parametrize("text", ONLY_CONFIRMS, ids=lambda t: t[:40])
def test_only_a_confirmation_thanks_or_offer_of_help_is_unnecessary(text: str) -> None:
    assert "unnecessary-message" in _rules(text), text


@pytest.mark.parametrize("text", SAYS_MORE, ids=lambda t: t[:40])
def test_a_message_that_says_something_stays_necessary(text: str) -> None:
    assert "unnecessary-message" not in _rules(text), text
