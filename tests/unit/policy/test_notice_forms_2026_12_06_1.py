"""Forms of ruleset 2026.12.06-1: a sentence hard-wrapped over two lines is one sentence,
a price drop or a new product announced is a product offered (unless the message is about
the order), other / more of the seller's goods in the word orders of Italian, Spanish,
French and German, related products as a block of recommendations, and Japanese restock
notices said with 在庫あり / ご希望の商品. Written for this test, not taken from the real
corpus."""

from __future__ import annotations

import pytest

from inbox_app.policy import Context, Draft, check, load_ruleset
from inbox_app.policy.fields import Field, join_soft_wraps
from inbox_app.policy.normalize import fold

SELLER = Context(buyer_initiated=False, order_id="123-1234567-1234567")
REPLY = Context(buyer_initiated=True)
ORDER = "123-1234567-1234567: "


def rules(text: str, context: Context = SELLER) -> set[str]:
    return {f.rule for f in check(Draft("", text), context).findings}


@pytest.mark.parametrize(
    "text",
    [
        ORDER + "Hallo,\n\nwir freuen uns, dass wir Ihre Bestellung {order}\nerhalten haben.",
        ORDER + "Hello,\n\nwe are pleased to confirm your order {order} has\nbeen received.",
        ORDER + "Bonjour,\n\nnous vous confirmons que votre commande\na été reçue.",
    ],
    ids=["de", "en", "fr"],
)
def test_a_confirmation_wrapped_over_two_lines_is_still_a_confirmation(text: str) -> None:
    assert "unnecessary-message" in rules(text)


def test_only_a_line_break_before_a_lower_case_word_joins_two_lines() -> None:
    text = "Your order contains:\n* Lamp\nShipping address:\nMain Street\nthe rest\n\nnext"
    joined = join_soft_wraps(text, fold(text))
    assert len(joined) == len(text)
    # A list item, a capitalised line and a blank line stay where they are; only the
    # break before "the rest" (after a word) becomes a blank.
    assert joined == fold(text).replace("street\nthe", "street the")
    assert Field("body", "A\nb").folded == "a b"
    assert Field("body", "ご注文\nありがとう").folded == "ご注文\nありがとう"


@pytest.mark.parametrize(
    "text",
    [
        ORDER + "Good news: the price of the lamp you viewed has dropped.",
        ORDER + "Preisalarm: Der Preis ist gesunken.",
        ORDER + "Bonne nouvelle : le prix de la lampe a baissé.",
        ORDER + "Il prezzo del prodotto {product} è sceso.",
        ORDER + "El precio del producto {product} ha bajado.",
        ORDER + "お客様が登録された商品の価格が下がりました。",
        ORDER + "値下げのお知らせ：お気に入り商品が値下げされました。",
    ],
    ids=["en", "de", "fr", "it", "es", "ja", "ja-cut"],
)
def test_a_price_drop_is_a_product_offered(text: str) -> None:
    assert "cross-selling" in rules(text)


def test_a_price_difference_refunded_for_the_order_stays_clean() -> None:
    text = "We refunded the difference because the price has dropped since your order."
    assert "cross-selling" not in rules(text, REPLY)


@pytest.mark.parametrize(
    "text",
    [
        ORDER + "Our new model is now available on Amazon.",
        ORDER + "Unser neues Modell ist jetzt bei Amazon erhältlich.",
        ORDER + "Notre nouvelle collection est disponible.",
        ORDER + "Il nostro nuovo modello è finalmente disponibile su Amazon.",
        ORDER + "Nuestra nueva colección ya está disponible.",
    ],
    ids=["en", "de", "fr", "it", "es"],
)
def test_a_new_product_announced_is_cross_selling(text: str) -> None:
    assert "cross-selling" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Notre nouvelle adresse de retour est disponible dans votre compte.",
        "Our new return policy is now available.",
        "Our new replacement part is now available and ships today.",
        "Sorry, the lamp is out of stock. Our new model is available instead, would you like it?",
    ],
)
def test_a_new_address_a_replacement_or_an_alternative_for_the_order_is_not(text: str) -> None:
    assert "cross-selling" not in rules(text, REPLY)


@pytest.mark.parametrize(
    "text",
    [
        ORDER + "Dai un'occhiata agli altri nostri articoli su Amazon.",
        ORDER + "Mira otros de nuestros productos.",
        ORDER + "Weitere Artikel finden Sie in unserem Shop.",
        ORDER + "Retrouvez tous nos produits sur notre boutique Amazon.",
        ORDER + "Troverai altri prodotti nel nostro negozio.",
        ORDER + "Werfen Sie einen Blick auf unsere Neuheiten.",
    ],
    ids=["it-other-our", "es-other-of-our", "de-verb-second", "fr-retrouvez", "it-in-shop", "de-new"],
)
def test_more_of_our_goods_in_each_word_order_is_cross_selling(text: str) -> None:
    assert "cross-selling" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        ORDER + "Thank you for your order.\n\nRelated products\n{products}",
        ORDER + "Vielen Dank!\n\nVerwandte Produkte\n{products}",
        ORDER + "Grazie!\n\nProdotti correlati\n{products}",
        ORDER + "ありがとうございました。\n関連商品はこちら",
    ],
    ids=["en", "de", "it", "ja"],
)
def test_related_products_are_recommendations(text: str) -> None:
    assert "cross-selling" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        ORDER + "以下の商品が再び在庫ありになりました。",
        ORDER + "ご希望の商品が入荷しました。ぜひお買い求めください。",
    ],
)
def test_japanese_restock_notices_are_cross_selling(text: str) -> None:
    assert "cross-selling" in rules(text)


def test_the_buyers_own_order_back_in_stock_and_shipped_is_a_shipping_notice() -> None:
    found = rules(ORDER + "ご注文の商品が入荷いたしましたので、本日発送いたしました。")
    assert "cross-selling" not in found
    assert "unnecessary-message" in found


@pytest.mark.parametrize(
    "text",
    [
        ORDER + "Your satisfaction matters. Should anything come up, simply reply to this message.",
        ORDER + "It was a pleasure doing business with you. Take care!",
        ORDER + "Danke! Falls Sie Fragen haben, antworten Sie einfach auf diese E-Mail.",
        ORDER + "Merci ! En cas de problème, répondez simplement à ce message.",
        ORDER + "Grazie! Se hai domande, rispondi a questo messaggio.",
        ORDER + "¡Gracias! Si tiene alguna pregunta, responda a este correo.",
        ORDER + "ありがとうございました。このメールにご返信ください。",
    ],
    ids=["en-should", "en-pleasure", "de", "fr", "it", "es", "ja"],
)
def test_an_offer_of_help_as_a_condition_or_a_reply_is_unnecessary_alone(text: str) -> None:
    assert "unnecessary-message" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        ORDER + "Please reply to this message with the text you want engraved on the lamp.",
        ORDER + "The address of this order has no house number: please reply to this message "
        "with it, so that the parcel can be delivered.",
        ORDER + "Your parcel was delayed at customs. Should anything change, reply to this message.",
    ],
)
def test_a_reply_asked_for_a_customization_or_an_address_is_needed(text: str) -> None:
    assert "unnecessary-message" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "The address of this order has no house number.",
        "Leider ist die Adresse Ihrer Bestellung unvollständig.",
        "L'adresse de votre commande est incomplète : le numéro de rue manque.",
        "L'indirizzo del suo ordine risulta errato.",
        "La dirección de su pedido es incorrecta.",
        "ご住所に番地の記載がありません。",
    ],
    ids=["en", "de", "fr", "it", "es", "ja"],
)
def test_an_address_problem_in_other_words_is_critical(text: str) -> None:
    assert check(Draft("", text), SELLER).content_class == "critical"


def test_an_address_problem_only_supposed_decides_nothing() -> None:
    text = ORDER + "Thank you! If your address is incorrect, please let us know."
    assert check(Draft("", text), SELLER).content_class == "non-critical"


@pytest.mark.parametrize(
    "text",
    [
        "Please do not reply to this message, we will not receive it.",
        "Bitte antworten Sie nicht auf diese Nachricht.",
        "Merci de ne pas répondre à ce message.",
        "Si prega di non rispondere a questo messaggio.",
        "Por favor, no responda a este correo.",
        "このメールは送信専用のため、このメールにご返信いただいても回答できません。",
    ],
    ids=["en", "de", "fr", "it", "es", "ja"],
)
def test_do_not_reply_is_no_offer_of_help(text: str) -> None:
    field = Field("body", text)
    assert field.hits(load_ruleset(), "contact_us") == []


@pytest.mark.parametrize(
    "text",
    [
        ORDER + "Vielen Dank!\n\nVielleicht gefällt Ihnen auch\n{products}",
        ORDER + "Merci !\n\nVous aimerez peut-être aussi\n{products}",
        ORDER + "Merci !\n\nPeut-être aimerez-vous aussi ces articles.",
        ORDER + "Grazie!\n\nForse ti piacerà anche\n{products}",
        ORDER + "¡Gracias!\n\nQuizás también te guste\n{products}",
        ORDER + "Thank you!\n\nInspired by your purchase\n{products}",
        ORDER + "新商品も続々入荷中です。",
        ORDER + "ストアには他にも便利なアイテムがございます。",
        ORDER + "シリーズ商品もございますので、あわせてご検討ください。",
    ],
    ids=["de", "fr", "fr-inverted", "it", "es", "en-inspired", "ja-new", "ja-also", "ja-series"],
)
def test_perhaps_you_also_like_and_more_goods_announced_are_cross_selling(text: str) -> None:
    assert "cross-selling" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Falls Ihnen die Farbe vielleicht nicht gefällt, können Sie die Lampe zurückschicken.",
        "Perhaps you would like a replacement as well?",
        "他にもご不明な点がございましたら、お気軽にご連絡ください。",
    ],
)
def test_a_perhaps_without_goods_offered_is_not_cross_selling(text: str) -> None:
    assert "cross-selling" not in rules(text, REPLY)


@pytest.mark.parametrize(
    "text",
    [
        ORDER + "Thank you!\nSubtotal: {subtotal}\nDiscount: {discount}\nTotal: {total}",
        ORDER + "Danke!\nZwischensumme {subtotal}\nRabatt {discount}\nSumme {total}",
        ORDER + "Merci !\nRemise : {{ order.discount }}",
        ORDER + "The coupon {code} you used was applied to this order.",
        ORDER + "Le code promo {code} a bien été appliqué à votre commande.",
        ORDER + "Lo sconto di {discount} è stato applicato al tuo ordine.",
        ORDER + "Se ha aplicado el descuento {discount} a su pedido.",
        ORDER + "ご注文にクーポン{code}が適用されました。",
    ],
    ids=["en-label", "de-label", "fr-tag", "en-applied", "fr", "it", "es", "ja"],
)
def test_the_orders_own_discount_is_no_promotion(text: str) -> None:
    assert "marketing" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        ORDER + "Here is your coupon: {voucher_num}",
        ORDER + "Use the code SAVE10: 10% off will be applied to your next order.",
        ORDER + "Ihr Gutschein für die nächste Bestellung: {voucher}",
    ],
)
def test_a_coupon_offered_is_still_marketing(text: str) -> None:
    assert "marketing" in rules(text)
