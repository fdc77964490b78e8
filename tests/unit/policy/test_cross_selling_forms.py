"""Cross-selling found by its structure in every language: a friend who shares or is asked to
share, a wish list, an invitation to look at the shop's goods, a product back in stock with its
page, or on its own (a stock alert), an interesting product found for you, an invitation to
visit the shop. The sentences are written for this test (not taken from the real corpus), and each clean
counterpart uses the same words without promoting anything."""

from __future__ import annotations

import pytest

from inbox_app.policy import Context, Draft, check

SELLS = {
    "friend shares a product": [
        "Your friend Anna wants to share this product with you: {product}",
        "Ihre Freundin Anna möchte dieses Produkt mit Ihnen teilen: {product}",
        "Votre amie Anna souhaite partager ce produit avec vous : {product}",
        "La tua amica Anna vuole condividere questo prodotto con te: {product}",
        "Tu amiga Anna quiere compartir este producto contigo: {product}",
        "ご友人のアンナ様から商品のご紹介が届いています。",
    ],
    "recommend us to friends": [
        "Please recommend our shop to your friends!",
        "Empfehlen Sie unseren Shop gerne Ihren Freunden!",
        "Recommandez notre boutique à vos amis !",
        "Consiglia il nostro negozio ai tuoi amici!",
        "¡Recomienda nuestra tienda a tus amigos!",
        "お友達にもぜひ当店をご紹介ください。",
    ],
    "a wish list": [
        "Here is my wish list from the shop.",
        "Hier ist meine Wunschliste aus dem Laden.",
        "Voici ma liste de souhaits de la boutique.",
        "Ecco la mia lista dei desideri del negozio.",
        "Aquí está mi lista de deseos de la tienda.",
        "ショップの欲しい物リストをお送りします。",
    ],
    "look at our goods": [
        "Have a look at our new arrivals this week.",
        "Schauen Sie sich unsere neuen Modelle dieser Woche an.",
        "Jetez un oeil à nos nouveautés de la semaine.",
        "Dai un'occhiata ai nostri prodotti di questa settimana.",
        "Echa un vistazo a nuestras novedades de esta semana.",
    ],
    "back in stock, with its page": [
        "Good news: the lamp is back in stock.\nProduct page: {product_link}",
        "Gute Nachricht: Die Lampe ist wieder verfügbar.\nZur Produktseite: {product_link}",
        "Bonne nouvelle : la lampe est de nouveau disponible.\nPage du produit : {product_link}",
        "Buone notizie: la lampada è di nuovo disponibile.\nPagina del prodotto: {product_link}",
        "Buenas noticias: la lámpara está de nuevo disponible.\nPágina del producto: {product_link}",
        "ランプが再入荷しました。\n商品ページ：{product_link}",
    ],
    "back in stock, buy it now": [
        "Good news: the lamp is back in stock. Order it now!",
        "Die Lampe ist wieder verfügbar. Jetzt bestellen!",
        "La lampe est de nouveau disponible : commandez-la dès maintenant !",
        "La lampada è di nuovo disponibile: ordinala subito!",
        "La lámpara vuelve a estar disponible. ¡Pídela ya!",
    ],
    "back in stock, on its own": [
        "Hello,\nthe article SW10239 you asked about is available again.\n{article_link}",
        "Hallo,\nder Artikel SW10239, nach dem Sie gefragt haben, ist wieder lieferbar.",
        "Bonjour,\nl'article SW10239 est de nouveau en stock.\n{article_link}",
        "Ciao,\nl'articolo SW10239 è tornato disponibile.\n{article_link}",
        "Hola,\nel artículo SW10239 vuelve a estar disponible.\n{article_link}",
        "お問い合わせの商品SW10239が再入荷しました。",
        "Stock alert! These products are now available: {products}",
        "Diese Produkte sind jetzt verfügbar: {products}",
    ],
    "an interesting product for you": [
        "Anna has found an interesting product for you: {product}",
        "Anna hat ein interessantes Produkt für Sie gefunden: {product}",
        "Anna a trouvé un produit intéressant pour vous : {product}",
        "Anna ha trovato un prodotto interessante per te: {product}",
        "Anna ha encontrado un producto interesante para ti: {product}",
    ],
    "visit our shop": [
        "Come back to our online shop for the new season.",
        "Besuchen Sie doch bald wieder unseren Laden.",
        "Revenez sur notre boutique pour la nouvelle saison.",
        "Torna sul nostro negozio online per la nuova stagione.",
        "Vuelve a nuestra tienda online para la nueva temporada.",
        "新しい季節のオンラインショップにもぜひお立ち寄りください。",
        "当店ホームページにも遊びに来てくださいね。",
    ],
    "a link to a product, or a product recommended": [
        "Anna has sent you a link to a product.",
        "Anna hat Ihnen einen Link zu einem Produkt geschickt.",
        "Anna vous a envoyé un lien vers un produit.",
        "I can only recommend the following item: {product}",
        "Ich kann dir nur den folgenden Artikel empfehlen: {product}",
        "Je vous recommande le produit suivant : {product}",
        "Ti consiglio il seguente prodotto: {product}",
        "Te recomiendo el siguiente producto: {product}",
    ],
    "a link to this product, sent by someone": [
        "{sender} has sent you a link to this product: {product_url}",
        "{sender} hat Ihnen einen Link zu diesem Produkt geschickt: {product_url}",
        "{sender} vous a envoyé un lien vers ce produit : {product_url}",
        "{sender} ti ha inviato un link a questo prodotto: {product_url}",
        "{sender} te ha enviado un enlace a este producto: {product_url}",
    ],
    "a product that may interest you": [
        "{customer} thought you would be interested in this item from {shop}: {link}",
        "{customer} dachte, dieser Artikel von {shop} könnte Sie interessieren: {link}",
        "{customer} a pensé que cet article de {shop} pourrait vous intéresser : {link}",
        "{customer} ha pensato che questo articolo di {shop} potesse interessarti: {link}",
        "{customer} pensó que este artículo de {shop} podría interesarte: {link}",
        "También te pueden gustar estos productos: {related_products}",
        "{sender}様があなたにこの商品を紹介しています。{product_url}",
    ],
    "invite your friends": [
        "Invite your friends to {shop} and you both get a reward.",
        "Laden Sie Ihre Freunde zu {shop} ein!",
        "Parrainez vos amis sur {shop} !",
        "Invita i tuoi amici su {shop}!",
        "Invita a tus amigos a {shop}.",
        "お友達を{shop}にご招待ください。",
    ],
    "back in stock, in other words": [
        "¡Buenas noticias! {product_name} vuelve a estar en stock. Consíguelo ya: {link}",
    ],
    "we also sell, matching things, our whole range": [
        "We also sell replacement filters and covers.",
        "Wir verkaufen auch Lampenschirme in vielen Farben.",
        "Nous vendons aussi des abat-jours.",
        "Vendiamo anche paralumi.",
        "También vendemos pantallas.",
        "We also offer matching shades in six colours.",
        "Wir bieten auch passende Lampenschirme an.",
        "Nous proposons également des abat-jours assortis.",
        "Offriamo anche paralumi abbinati.",
        "También ofrecemos pantallas a juego.",
        "If you liked this lamp, you will love our desk lights.",
        "Das könnte Sie auch interessieren: unsere Tischleuchten.",
        "Search for LUMEN on Amazon to see our full line.",
        "Entdecken Sie unser gesamtes Sortiment auf Amazon.",
        "Découvrez toute notre gamme sur Amazon.",
        "Scopri tutta la nostra gamma su Amazon.",
        "Descubre toda nuestra gama en Amazon.",
        "当店では他にも多数の商品を取り扱っております。",
        "新商品のご案内です。",
    ],
}

CLEAN = [
    "Your gift will be sent directly to your friend on Monday, order 111-1234567-1234567.",
    "Das Geschenk wird am Montag direkt an Ihre Freundin geschickt.",
    "The item you ordered is back in stock and will ship tomorrow.",
    "Der bestellte Artikel ist wieder verfügbar und wird morgen versandt.",
    "L'article commandé est de nouveau disponible et sera expédié demain.",
    "Please take a look at the item when it arrives and tell us if the colour is right.",
    "Please look at the attached photo and confirm the engraving.",
    "Schauen Sie sich bitte das Foto an und bestätigen Sie die Gravur.",
    "Regardez la photo jointe et confirmez la gravure.",
    "Guardi la foto allegata e confermi l'incisione.",
    "Mire la foto adjunta y confirme el grabado.",
    "We recommend keeping the product dry; your friend can use it right away.",
    "Your friend's order was shipped to the address you gave us.",
    "Your replacement is back in stock; we will ship it tomorrow, you need not order it again.",
    "Der Ersatz ist wieder verfügbar und wird morgen versandt.",
    "We recommend the following steps to reset the lamp.",
    "We have sent you a link to a page where you can print the return label.",
    "Please visit the carrier's website to follow the parcel, order 111-1234567-1234567.",
    "Our shop is closed on Monday; your order ships on Tuesday.",
    "Please visit our returns page in Your Orders to print the label.",
    "The tracking number of your order is now available in Your Orders.",
    "Interesting question: the lamp takes E27 bulbs, any brand works.",
    "Das Ersatzteil ist wieder auf Lager; wir versenden es morgen zu Ihrer Bestellung.",
    "ご注文の商品が再入荷いたしましたので、明日発送いたします。",
    "ショップの営業時間外でも、Amazonのメッセージからお問い合わせいただけます。",
    # a link to the product's manual is help with the order, not promotion
    "Here is the link to this product's user manual: {manual_link}",
    "Hier ist der Link zu diesem Produkt: die Bedienungsanleitung als PDF.",
    "If you are interested in a replacement, we can send one at no cost.",
    "Your friend received the refund credit on Monday.",
    "Please refer to the manual; your friend can also use the credit on the account.",
    "Thanks for inviting your friend to our workshop; the order ships tomorrow.",
    # "also" beside a service, not a product; matching parts put in the box
    "We also have a replacement ready for you.",
    "We also offer free returns within 30 days.",
    "Wir bieten auch einen kostenlosen Umtausch an.",
    "Wir haben auch passende Schrauben beigelegt.",
    "Nous proposons également un remboursement complet.",
    "Offriamo anche il reso gratuito.",
    "También ofrecemos devolución gratuita.",
    "The lamp is compatible with all E27 bulbs; we also make sure every unit is tested.",
    "You will love it, we are sure.",
    "All our products are checked before shipping.",
    "Tous nos produits sont contrôlés avant l'envoi.",
    "他にもご不明な点があれば、取扱説明書をご覧ください。",
]


@pytest.mark.parametrize(
    "text", [t for texts in SELLS.values() for t in texts], ids=lambda t: t[:40]
)
def test_cross_selling_is_found_in_every_language(text: str) -> None:
    report = check(Draft("", text), Context(buyer_initiated=True))
    assert "cross-selling" in report.rules(), text


@pytest.mark.parametrize("text", CLEAN, ids=lambda t: t[:40])
def test_the_same_words_without_promotion_stay_clean(text: str) -> None:
    report = check(Draft("", text), Context(buyer_initiated=True))
    assert "cross-selling" not in report.rules(), [
        (f.rule, text[f.start : f.end]) for f in report.findings
    ]
