"""Word forms of ruleset 2026.12.04-7, in the languages the real texts showed them: "you
might also like" with pronouns between its words, recommended goods in Japanese, a
product the buyer showed interest in, a failed payment as critical, checking in on an
order and an order's details as confirmations, and a shop visited for the account or the
order's status, not for goods. Written for this test, not taken from the real corpus."""

from __future__ import annotations

import pytest

from inbox_app.policy import Context, Draft, check

SELLER = Context(buyer_initiated=False, order_id="123-1234567-1234567")
REPLY = Context(buyer_initiated=True)
ORDER = "123-1234567-1234567: "


def rules(text: str, context: Context = SELLER) -> set[str]:
    return {f.rule for f in check(Draft("", text), context).findings}


@pytest.mark.parametrize(
    "text",
    [
        ORDER + "Thank you!\n\nYou might also enjoy\n{products}",
        ORDER + "Vielen Dank!\n\nDir könnten auch diese gefallen\n{products}",
        ORDER + "Merci !\n\nVous pourriez également aimer ces articles",
        ORDER + "Grazie!\n\nPotresti anche apprezzare\n{products}",
        ORDER + "¡Gracias!\n\nTambién te podría gustar: {products}",
        ORDER + "ありがとうございます。\n\nおすすめもの\n{products}",
        ORDER + "{customer} ti ha inviato un link verso un prodotto che pensa possa interessarti.",
        ORDER + "{customer}様から、商品のおすすめが届いています。\n{product_link}",
    ],
    ids=["en", "de", "fr", "it", "es", "ja", "it-subjunctive", "ja-received"],
)
def test_you_might_also_like_is_cross_selling(text: str) -> None:
    assert "cross-selling" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Es könnte Sie auch interessieren, dass die Garantie zwei Jahre beträgt.",
        "Potrebbe anche piacerle sapere che la garanzia copre il cavo.",
        "We could love to help, but the item is out of stock.",
        "Könnten Sie uns bitte sagen, ob Ihnen die Farbe gefällt?",
        "この方法をおすすめします。交換をお勧めいたします。",
    ],
)
def test_telling_the_buyer_something_or_recommending_a_way_is_not_cross_selling(
    text: str,
) -> None:
    assert "cross-selling" not in rules(text, REPLY)


@pytest.mark.parametrize(
    "text",
    [
        "The Product {title} you're interested in is now available for {price}!",
        "Der Artikel {title} für den Sie sich interessieren ist jetzt für {price} zu haben!",
        "Le produit pour lequel vous avez manifesté votre intérêt est disponible à {price}.",
    ],
)
def test_a_product_the_buyer_showed_interest_in_is_cross_selling(text: str) -> None:
    assert "cross-selling" in rules(text)


def test_the_item_asked_about_in_a_reply_is_not_cross_selling() -> None:
    text = "The item you are interested in is out of stock, sorry. We expect it back in May."
    assert "cross-selling" not in rules(text, REPLY)


@pytest.mark.parametrize(
    "text",
    [
        ORDER + "The payment for your order has failed. Please try again to pay the order.",
        ORDER + "Die Zahlung für Ihre Bestellung ist fehlgeschlagen.",
        ORDER + "Il pagamento per il tuo ordine non è riuscito.",
        ORDER + "El pago de tu pedido ha fallado.",
        ORDER + "Your payment was declined. Thank you!",
    ],
    ids=["en", "de", "it", "es", "declined"],
)
def test_a_failed_payment_is_critical_not_unnecessary(text: str) -> None:
    report = check(Draft("", text), SELLER)
    assert report.content_class == "critical"
    assert "unnecessary-message" not in {f.rule for f in report.findings}


@pytest.mark.parametrize(
    "text",
    [
        ORDER + "We just wanted to check in and make sure everything is okay with your order.",
        ORDER + "Wir möchten uns vergewissern, dass alles gut angekommen ist.",
        ORDER + "ご注文の商品は無事にお手元に届きましたか。",
        ORDER + "Hello,\n\nHere is the details of your order {ref} placed on {date}.",
        ORDER + "Voici les détails de votre commande {ref} passée le {date}.",
        ORDER + "Aquí los detalles de tu pedido {ref} realizado el {date}.",
    ],
    ids=["check-in-en", "check-in-de", "check-in-ja", "details-en", "details-fr", "details-es"],
)
def test_checking_in_or_sending_the_order_details_is_unnecessary(text: str) -> None:
    assert "unnecessary-message" in rules(text)


def test_smarty_tags_and_a_possessive_heading_do_not_make_an_order_summary_say_more() -> None:
    text = (
        ORDER + "Hello,\n\nHere is the details of your order {$REF}\n\nYour delivery address\n"
        '{format_address order_address=$DELIVERY_ADDRESS locale=$locale html="0"}\n\n'
        "Total due : {format_money number={$TOTAL - $POSTAGE} currency_id=$CURRENCY}\n\n"
        'Your invoice is available in your customer account at {config key="url_site"}'
    )
    assert rules(text) == {"unnecessary-message"}


def test_an_address_problem_under_a_heading_stays_critical() -> None:
    text = ORDER + "Your delivery address is incomplete: please send us the house number."
    assert check(Draft("", text), SELLER).content_class == "critical"


@pytest.mark.parametrize(
    "text",
    [
        ORDER + "To view your order, visit our website and go to My Orders.",
        ORDER + "You can check the status of your order by visiting the account section of "
        "our store.",
        ORDER + "Rendez-vous sur notre site, dans la rubrique Mon compte, pour suivre votre "
        "commande.",
        ORDER + "Può seguire il suo ordine visitando il nostro sito, sezione Il mio account.",
        ORDER + 'Visite nuestra web, apartado "Mis pedidos", para ver el estado de su pedido.',
        ORDER + "ご注文履歴はショップのマイページにお立ち寄りの上ご確認ください。",
    ],
    ids=["en", "en-account", "fr", "it", "es", "ja"],
)
def test_a_shop_visited_for_the_account_or_the_order_is_not_cross_selling(text: str) -> None:
    assert "cross-selling" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        ORDER + "Visit our store for our new arrivals! You can track your order in your account.",
        ORDER + "Besuchen Sie unseren Shop für neue Angebote. Ihr Konto zeigt die Bestellung.",
    ],
)
def test_a_shop_visit_for_goods_stays_cross_selling_beside_an_account_sentence(
    text: str,
) -> None:
    assert "cross-selling" in rules(text)


def test_the_buyers_own_order_out_of_stock_in_japanese_is_critical_not_a_restock_notice() -> None:
    text = ORDER + "ご注文の商品は在庫切れとなっております。5月12日に再入荷予定です。"
    report = check(Draft("", text), SELLER)
    assert report.content_class == "critical"
    assert "cross-selling" not in {f.rule for f in report.findings}
    notice = ORDER + "入荷待ちの商品が再入荷いたしました。この機会にぜひどうぞ。"
    assert "cross-selling" in rules(notice)


@pytest.mark.parametrize(
    "text",
    [
        ORDER + "Dear customer,\n\nyour order left our warehouse today.\n\nKind regards",
        ORDER
        + "Wir möchten Sie informieren, dass Ihre Bestellung heute unser Lager verlassen hat.",
        ORDER + "Nous vous informons que votre commande a quitté notre entrepôt aujourd'hui.",
        ORDER + "La informiamo che il suo ordine è partito oggi dal nostro magazzino.",
        ORDER + "Le informamos de que su pedido ha salido hoy de nuestro almacén.",
        ORDER + "Guten Tag,\n\nwir bedanken uns für Ihr Vertrauen.\n\nIhr Team",
        ORDER + "Hallo, bei Rückfragen sind wir jederzeit für Sie da. Einen schönen Tag noch!",
        ORDER + "Salve, per qualunque dubbio siamo qui. Buona giornata!",
        ORDER + "Hola, cualquier duda estamos aquí para ayudarle.",
        ORDER + "Hi {buyer}, we hope you enjoy your new {product}!",
        ORDER + "Liebe/r {buyer}, wir hoffen, Sie haben viel Freude mit Ihrem neuen {product}!",
        ORDER + "Cher {buyer}, nous espérons que votre {product} vous plaît !",
        ORDER + "Caro {buyer}, speriamo che il tuo nuovo {product} ti piaccia!",
        ORDER + "Hola {buyer}, ¡esperamos que estés disfrutando de tu nuevo {product}!",
    ],
    ids=[
        "left-en",
        "left-de",
        "left-fr",
        "left-it",
        "left-es",
        "thank-de",
        "here-de",
        "here-it",
        "here-es",
        "enjoy-en",
        "enjoy-de",
        "enjoy-fr",
        "enjoy-it",
        "enjoy-es",
    ],
)
def test_a_parcel_that_left_the_warehouse_thanks_or_a_wish_alone_is_unnecessary(
    text: str,
) -> None:
    assert "unnecessary-message" in rules(text)


def test_a_parcel_that_has_not_left_the_warehouse_is_a_delay_not_a_confirmation() -> None:
    text = (
        ORDER + "Your order is delayed: it has not left our warehouse yet because an item is out "
    )
    text += "of stock. You can cancel it if you prefer."
    assert "unnecessary-message" not in rules(text)
