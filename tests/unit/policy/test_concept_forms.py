"""Concepts found by word classes in every language (ruleset 2026.12.03-7): someone shares a
product, a recommendation or "customers also bought", "discover our bestsellers", a stock
alert the buyer asked for, new in our shop, complete the set; amounts saved in words; a free
thing for a review; "share your experience"; a shipment notice that ends "Questions?"; "if we
can help"; "we hope it arrived". Written for this test, not taken from the real corpus."""

from __future__ import annotations

import pytest

from inbox_app.policy import Context, Draft, check

REPLY = Context(buyer_initiated=True)
SELLER = Context(buyer_initiated=False, marketplace="DE")

SELLS = [
    "{sender} wants to share this product with you:\n{product_url}",
    "{sender} möchte dieses Produkt mit Ihnen teilen:\n{product_url}",
    "{sender} souhaite partager ce produit avec vous :\n{product_url}",
    "{sender} vuole condividere con te questo prodotto:\n{product_url}",
    "{sender} quiere compartir este producto contigo:\n{product_url}",
    "{recipient}様\n{sender}様からおすすめの商品が届いています。",
    "Product recommendation from {sender}: {product_name}",
    "Produktempfehlung von {sender}: {product_name}",
    "Producto recomendado por {sender}: {product_name}",
    "Customers who bought this item also bought:\n{product_list}",
    "Kunden, die diesen Artikel gekauft haben, kauften auch:\n{product_list}",
    "Les clients ayant acheté cet article ont également acheté :\n{product_list}",
    "I clienti che hanno acquistato questo articolo hanno acquistato anche:\n{product_list}",
    "Los clientes que compraron este artículo también compraron:\n{product_list}",
    "Complete your set with the matching lamp shade: {product_link}",
    "Thanks again! Shop our bestsellers: {shop_url}",
    "Danke! Entdecken Sie unsere Bestseller: {shop_url}",
    "Merci ! Découvrez nos meilleures ventes : {shop_url}",
    "Grazie! Scopri i nostri prodotti più venduti: {shop_url}",
    "¡Gracias! Descubre nuestros productos más vendidos: {shop_url}",
    "ご購入ありがとうございました。当店の人気商品ランキングはこちら：{shop_url}",
    "Hello,\nthe product you asked to be notified about is in stock: {product_name}",
    "Hallo,\nder Artikel, für den Sie eine Benachrichtigung angefordert haben, ist eingetroffen.",
    "Bonjour,\nle produit pour lequel vous avez demandé une alerte est arrivé en stock.",
    "Ciao,\nil prodotto per cui hai richiesto un avviso è arrivato in magazzino.",
    "Hola,\nel producto del que pediste aviso ya tiene stock: {product_name}",
    "{name}様\nご登録いただいた商品の在庫が入りました。",
    "New in our shop this week: {product_list}.",
    "Neu in unserem Shop: {product_list}.",
    "Nouveau dans notre boutique : {product_list}.",
    "Novità nel nostro negozio: {product_list}.",
    "Novedades en nuestra tienda: {product_list}.",
    "新商品のご案内です：{product_list}　ぜひご覧ください。",
]

CLEAN_REPLIES = [
    "I can share this product's size chart with you: chest 50 cm.",
    "The lamp you asked about is in stock again and can ship with your open order.",
    "Thank you for sharing your experience with us; we are sorry the lamp broke.",
]


@pytest.mark.parametrize("text", SELLS, ids=lambda t: t[:40])
def test_other_products_are_cross_selling_in_every_language(text: str) -> None:
    assert "cross-selling" in check(Draft("", text), SELLER).rules(), text


@pytest.mark.parametrize("text", CLEAN_REPLIES, ids=lambda t: t[:40])
def test_the_same_words_in_an_answer_stay_sendable(text: str) -> None:
    report = check(Draft("", text), REPLY)
    assert report.sendable, [(f.rule, f.trigger) for f in report.findings]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Mit dem Code DANKE sparen Sie zehn Prozent bei Ihrer nächsten Bestellung.", "marketing"),
        ("Bénéficiez de cinq euros de remise sur votre prochain achat.", "marketing"),
        ("次回お買い物の際に500円引きとなります。", "marketing"),
        ("Leave a review and we will send you a free phone case.", "review-incentive"),
        (
            "Wir würden uns freuen, wenn Sie Ihre Erfahrung mit anderen Käufern teilen.",
            "review-request",
        ),
        ("Feel free to leave a review if you like.", "review-request"),
    ],
)
def test_amounts_free_things_and_experiences(text: str, rule: str) -> None:
    rules = check(Draft("", text), REPLY).rules()
    assert rule in rules, sorted(rules)
    if rule == "review-request":
        assert "review-incentive" not in rules


ONLY_CONFIRMS = [
    "Hi {first_name},\nGood news! Your order {order_id} has shipped via {carrier}.\n"
    "Tracking number: {tracking_number}\n\nQuestions? Just reply to this email.\n{store}",
    "Hallo {first_name},\nIhre Bestellung {order_id} ist mit {carrier} auf dem Weg.\n"
    "Sendungsnummer: {tracking_number}\n\nFragen? Antworten Sie einfach.\n{store}",
    "Ciao {first_name},\nil tuo ordine {order_id} è partito con {carrier}.\n"
    "Numero di tracciamento: {tracking_number}\n\nDomande? Rispondi a questa e-mail.\n{store}",
    "Hola {first_name},\ntu pedido {order_id} ha salido con {carrier}.\n"
    "Número de seguimiento: {tracking_number}\n\n¿Preguntas? Responde a este correo.\n{store}",
    "Dear {first_name},\nyour payment of {amount} for order {order_id} was successful.\n{store}",
    "Hallo,\nIhre Zahlung über {amount} für die Bestellung {order_id} war erfolgreich.\n{store}",
    "Gentile cliente,\nil pagamento per l'ordine {order_id} è andato a buon fine.\n{store}",
    "Hola,\ntu pago para el pedido {order_id} se ha realizado correctamente.\n{store}",
    "Ciao {first_name},\nsperiamo che il tuo ordine sia arrivato bene. Se possiamo aiutarti, "
    "scrivici pure.\n{store}",
    "Hola {first_name},\nesperamos que tu pedido haya llegado bien. Si podemos ayudarte, "
    "escríbenos.\n{store}",
    "{name}様\n下記の内容でご注文を承りました。\n■ご注文番号：{order_id}\n■お届け先：{address}\n"
    "■配送方法：{method}\n今後ともよろしくお願いいたします。",
]


@pytest.mark.parametrize("text", ONLY_CONFIRMS, ids=lambda t: t[:40])
def test_a_notice_with_questions_or_an_offer_of_help_is_unnecessary(text: str) -> None:
    report = check(Draft("", text), SELLER)
    assert "unnecessary-message" in report.rules(), [(f.rule, f.trigger) for f in report.findings]
