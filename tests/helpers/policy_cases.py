"""The labelled draft table: text + context + rule ids that must / must not fire."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MARKET = {"en": "US", "it": "IT", "de": "DE", "fr": "FR", "es": "ES", "ja": "JP", "uk": "UK"}
OID = "111-1234567-1234567"

# Rules about the words of a message: a clean draft must fire none of them.
CONTENT_RULES = frozenset(
    {
        "external-link",
        "insecure-link",
        "email-address",
        "phone-number",
        "opt-out-link",
        "marketing",
        "cross-selling",
        "review-incentive",
        "review-manipulation",
        "review-request",
        "repeat-review-request",
        "unnecessary-message",
        "emoji",
        "html-content",
        "blank-lines",
        "missing-order-id",
        "order-window",
        "message-too-long",
        "language-mismatch",
        "opted-out-noncritical",
        "important-tag-required",
        "opted-out-new-thread",
        "important-tag-misuse",
        "important-tag-unneeded",
    }
)


@dataclass(frozen=True)
class Case:
    id: str
    lang: str
    body: str
    present: frozenset[str] = frozenset()
    absent: frozenset[str] = frozenset()
    subject: str = ""
    context: dict[str, Any] = field(default_factory=dict)


def fires(id: str, lang: str, body: str, *rules: str, subject: str = "", **ctx: Any) -> Case:
    """A reply on the buyer's thread (no opt-out, no order-id rules) that must fire `rules`."""
    return Case(
        id, lang, body, frozenset(rules), frozenset(), subject, {"buyer_initiated": True, **ctx}
    )


def clean(id: str, lang: str, body: str, subject: str = "", **ctx: Any) -> Case:
    """A reply that must fire no content rule at all."""
    return Case(
        id, lang, body, frozenset(), CONTENT_RULES, subject, {"buyer_initiated": True, **ctx}
    )


def not_(id: str, lang: str, body: str, *rules: str, **ctx: Any) -> Case:
    """A reply that must not fire `rules` (other findings do not matter)."""
    return Case(id, lang, body, frozenset(), frozenset(rules), "", {"buyer_initiated": True, **ctx})


# fmt: off
CASES: list[Case] = [
    # --- clean drafts: false alarms kept out -------------------------------------------
    clean("en-feel-free", "en", "Thanks for your message. Feel free to reply here if anything else comes up."),
    clean("en-free-of-charge", "en", "We will send a free of charge replacement today; it should arrive on Friday."),
    clean("en-price-usd", "en", "The item costs $12.99 and the shipping was $4.50, as listed on the product page."),
    clean("en-date", "en", "Your parcel left our warehouse on 2024-05-01 and should arrive by 05/07/2024."),
    clean("en-order-id", "en", f"I checked order {OID} and the replacement part is in the box."),
    clean("en-amazon-link", "en", "You can see the order under https://www.amazon.com/gp/your-account/order-history."),
    clean("en-amazon-bare", "en", "Please check the order status on amazon.com under Your Orders."),
    clean("en-ups", "en", "Tracking: https://www.ups.com/track?tracknum=1Z999AA10123456784"),
    clean("en-usps", "en", "Here is the USPS tracking page: https://tools.usps.com/go/TrackConfirmAction?tLabels=9400"),
    clean("en-fedex", "en", "FedEx tracking: https://www.fedex.com/fedextrack/?trknbr=123456789012"),
    clean("uk-royalmail", "uk", "Royal Mail tracking: https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB"),
    clean("uk-price", "uk", "The refund of £12.99 for the missing cable was issued this morning."),
    clean("uk-amazon", "uk", "You can open a return at https://www.amazon.co.uk/returns if you prefer."),
    clean("en-time", "en", "The courier usually comes between 10:30 and 14:00."),
    clean("en-sentence-dot", "en", "It arrived today.Best wishes for the new flat."),
    clean("en-abbrev", "en", "The size is approx. 30 cm, e.g. a shoe box; i.e. small enough for the mailbox."),
    clean("en-filename", "en", "The manual is the file manual.pdf in the same box."),
    clean("en-percent", "en", "The battery was at 80% when we packed it."),
    clean("en-discount-inside", "en", "We never undercut the undiscountable list price."),
    clean("en-smile-in-word", "en", "Note: see section 2:3 of the guide."),
    clean("en-less-than", "en", "It needs a voltage < 5 V and a current > 1 A."),
    clean("en-two-newlines", "en", "Hello,\n\nthe part ships today.\n\nRegards"),
    clean("en-two-crlf", "en", "Hello,\r\n\r\nthe part ships today.\r\n\r\nRegards"),
    clean("en-review-mention", "en", "Thanks for explaining the problem, we will fix the size chart."),
    clean("en-sellercentral", "en", "Amazon support says see https://sellercentral.amazon.com/help for details."),
    clean("en-tracking-number", "en", "The DHL number is 00340434161234567890, the shipment is on its way to you."),
    clean("it-grazie", "it", "Gentile cliente, abbiamo verificato il problema e spediremo il pezzo mancante domani."),
    clean("it-prezzo", "it", "Il prezzo è di 12,99 € e la spedizione è gratuita come indicato."),
    clean("it-amazon", "it", "Può controllare lo stato su https://www.amazon.it/gp/css/order-history."),
    clean("it-brt", "it", "Il corriere BRT ha il pacco: https://vas.brt.it/vas/sped_det_show.hsm?referer=sped_numspe_par.htm"),
    clean("it-poste", "it", "Tracciamento Poste: https://www.poste.it/cerca/index.html#/risultati-spedizioni/RR123456789IT"),
    clean("it-data", "it", "Il pacco è partito il 12/03/2024 e arriverà entro venerdì."),
    clean("de-bestellung", "de", "Vielen Dank für Ihre Nachricht. Ihre Bestellung wird morgen mit DHL verschickt und das Ersatzteil liegt bei."),
    clean("de-preis", "de", "Der Preis beträgt 12,99 € inklusive Mehrwertsteuer."),
    clean("de-dhl", "de", "Sendungsverfolgung: https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434"),
    clean("de-amazon", "de", "Die Rücksendung können Sie unter https://www.amazon.de/returns starten."),
    clean("de-hermes", "de", "Hermes: https://www.myhermes.de/empfangen/sendungsverfolgung/"),
    clean("de-datum", "de", "Das Paket wurde am 01.05.2024 an DHL übergeben, die Zustellung ist für Freitag geplant."),
    clean("de-ss", "de", "Die Größe passt laut Tabelle, Schuhgröße 42 entspricht 27 cm."),
    clean("fr-commande", "fr", "Bonjour, la pièce manquante partira demain avec Colissimo, nous sommes désolés pour cet oubli."),
    clean("fr-prix", "fr", "Le prix est de 12,99 € TTC, frais de port compris."),
    clean("fr-amazon", "fr", "Vous pouvez suivre la commande sur https://www.amazon.fr/gp/your-account/order-history."),
    clean("fr-laposte", "fr", "Suivi La Poste : https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901"),
    clean("fr-chronopost", "fr", "Chronopost : https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=XY123456789FR"),
    clean("es-pedido", "es", "Hola, le enviaremos la pieza que falta mañana por Correos, disculpe las molestias."),
    clean("es-precio", "es", "El precio es de 12,99 € con IVA incluido."),
    clean("es-amazon", "es", "Puede ver el pedido en https://www.amazon.es/gp/css/order-history."),
    clean("es-correos", "es", "Seguimiento: https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=PQ4F6P0703673180108001X"),
    clean("es-seur", "es", "SEUR: https://www.seur.com/livetracking/?segOnlineIdentificador=12345"),
    clean("ja-thanks", "ja", "お問い合わせの件、部品を明日発送いたします。ご迷惑をおかけして申し訳ございません。"),
    clean("ja-amazon", "ja", "注文履歴は https://www.amazon.co.jp/gp/css/order-history でご確認いただけます。"),
    clean("ja-yamato", "ja", "ヤマト運輸の追跡：https://toi.kuronekoyamato.co.jp/cgi-bin/tneko"),
    clean("ja-japanpost", "ja", "日本郵便の追跡 https://trackings.post.japanpost.jp/services/srv/search/ をご利用ください。"),
    clean("ja-price", "ja", "価格は1,980円（税込）です。"),
    clean("ja-fullstop-amazon", "ja", "部品は明日お届けします。amazon.co.jp のアカウントサービスもご覧ください。"),
    clean("ja-date", "ja", "2024年5月1日に発送しました部品について、説明書を同封しています。"),
    # --- links ------------------------------------------------------------------------
    fires("en-url", "en", "Our manual is at https://myshop.example/manual.", "external-link"),
    fires("en-www", "en", "More at www.shop.it for details.", "external-link"),
    fires("en-bare", "en", "Go to example.com for the warranty form.", "external-link"),
    fires("en-bare-caps", "en", "Go to EXAMPLE.COM for the warranty form.", "external-link"),
    fires("en-dot-bracket", "en", "Write to our site shop [dot] com please.", "external-link"),
    fires("en-dot-paren", "en", "Visit shop(dot)net for details.", "external-link"),
    fires("en-dot-word", "en", "Our page: myshop dot com has it.", "external-link"),
    fires("en-fullwidth-dot", "en", "See example．com for more.", "external-link"),
    fires("ja-ideographic-dot", "ja", "詳細は example。com をご覧ください。", "external-link"),
    fires("en-lookalike", "en", "Log in at amazon.com.evil.example to confirm.", "external-link"),
    fires("en-lookalike-url", "en", "Log in at https://amazon.com.evil.example/login to confirm.", "external-link"),
    fires("en-lookalike-nodot", "en", "Log in at amazon.com.evil to confirm.", "external-link"),
    fires("en-lookalike-dash", "en", "Confirm at https://amazon-support.com/verify today.", "external-link"),
    fires("en-lookalike-digit", "en", "Confirm at amaz0n.com today.", "external-link"),
    fires("en-lookalike-cyrillic", "en", "Confirm at аmazon.com today.", "external-link"),
    fires("en-lookalike-prefix", "en", "Confirm at https://evilamazon.com/x today.", "external-link"),
    fires("en-lookalike-www", "en", "Log in at www.amazon.com.evil.example now.", "external-link"),
    fires("en-carrier-lookalike", "en", "Track at ups.com.evil.example now.", "external-link"),
    fires("en-userinfo", "en", "Open https://amazon.com@evil.example/x now.", "external-link"),
    fires("en-ip-url", "en", "Open https://192.168.1.20/form now.", "external-link"),
    fires("en-punycode", "en", "Open https://xn--mazon-3ve.com now.", "external-link"),
    fires("en-http-amazon", "en", "Open http://www.amazon.com/gp/help to see it.", "insecure-link"),
    fires("en-http-other", "en", "Open http://myshop.example/help to see it.", "insecure-link", "external-link"),
    fires("en-hxxp", "en", "Open hxxp://bad.biz/x to see it.", "external-link"),
    fires("en-shortener", "en", "Short link: https://bit.ly/3abc", "external-link"),
    fires("de-link", "de", "Weitere Infos auf www.meinshop.de bitte.", "external-link"),
    fires("it-link", "it", "Trova tutto su negozio.it nella sezione offerte.", "external-link"),
    fires("fr-link", "fr", "Tout est sur https://boutique.fr/aide.", "external-link"),
    fires("es-link", "es", "Más información en tienda.es, gracias.", "external-link"),
    fires("ja-link", "ja", "詳しくは https://shop.example.jp/ をご覧ください。", "external-link"),
    fires("en-subject-link", "en", "See the subject.", "external-link", subject="Info at www.myshop.com"),
    not_("en-http-amazon-allowed-host", "en", "Open http://www.amazon.com/gp/help to see it.", "external-link"),
    # --- e-mail -----------------------------------------------------------------------
    fires("en-email", "en", "Write to bob@shop.com with the photos.", "email-address"),
    fires("en-email-at-paren", "en", "Write to bob (at) shop (dot) com with photos.", "email-address"),
    fires("en-email-at-bracket", "en", "Write to bob[at]shop[dot]com with photos.", "email-address"),
    fires("en-email-words", "en", "Write to bob at shop dot com with photos.", "email-address"),
    fires("en-email-fullwidth", "en", "Write to bob＠shop.com with photos.", "email-address"),
    fires("en-email-relay", "en", "Reply to 7x9k2abc@marketplace.amazon.com if you like.", "email-address"),
    fires("it-email", "it", "Scriva a assistenza (chiocciola) negozio (punto) it per favore.", "email-address"),
    fires("fr-email", "fr", "Écrivez à sav [arobase] boutique [point] fr.", "email-address"),
    fires("es-email", "es", "Escriba a ventas (arroba) tienda (punto) es.", "email-address"),
    fires("de-email", "de", "Schreiben Sie an service@shop.de bitte.", "email-address"),
    not_("en-at-amazon", "en", "We sell at amazon.com only.", "email-address"),
    # --- phones -----------------------------------------------------------------------
    fires("en-phone", "en", "Call us at (212) 555-0187 for help.", "phone-number"),
    fires("en-phone-intl", "en", "Call +44 20 7946 0958 for help.", "phone-number"),
    fires("de-phone", "de", "Rufen Sie uns an: 030 12345678.", "phone-number"),
    fires("it-phone", "it", "Ci chiami al 06 1234 5678.", "phone-number"),
    fires("fr-phone", "fr", "Appelez le 01 23 45 67 89 svp.", "phone-number"),
    fires("es-phone", "es", "Llame al 912 345 678 por favor.", "phone-number"),
    fires("ja-phone", "ja", "お電話は03-1234-5678までお願いします。", "phone-number"),
    not_("en-order-not-phone", "en", f"Order {OID} was packed on 2024-05-01 for $129.99.", "phone-number"),
    not_("de-price-not-phone", "de", "Betrag 1.234,99 € am 12.03.2024 überwiesen.", "phone-number"),
    # --- opt-out wording --------------------------------------------------------------
    fires("en-unsub", "en", "To unsubscribe from these messages reply STOP.", "opt-out-link"),
    fires("en-optout", "en", "You can opt out of future messages anytime.", "opt-out-link"),
    fires("it-unsub", "it", "Per non ricevere più messaggi, disiscriviti qui.", "opt-out-link"),
    fires("de-unsub", "de", "Sie können sich jederzeit abmelden.", "opt-out-link"),
    fires("fr-unsub", "fr", "Pour vous désabonner, répondez NON.", "opt-out-link"),
    fires("fr-unsub-nfd", "fr", "Pour vous de\u0301sabonner, re\u0301pondez NON.", "opt-out-link"),
    fires("es-unsub", "es", "Para darse de baja responda BAJA.", "opt-out-link"),
    fires("ja-unsub", "ja", "配信停止をご希望の方はご連絡ください。", "opt-out-link"),
    # --- marketing / cross-selling ----------------------------------------------------
    fires("en-coupon", "en", "Use coupon SAVE10 on your next order.", "marketing"),
    fires("en-percent-off", "en", "Get 20% off everything this week.", "marketing"),
    fires("en-follow", "en", "Follow us on Instagram for news.", "marketing"),
    fires("en-newsletter", "en", "Join our newsletter for updates.", "marketing"),
    fires("it-sconto", "it", "Approfitti del 20% di sconto su tutto.", "marketing"),
    fires("de-rabatt", "de", "Mit dem Gutschein erhalten Sie 10 Prozent Rabatt.", "marketing"),
    fires("fr-promo", "fr", "Profitez du code promo ETE pour une réduction.", "marketing"),
    fires("es-descuento", "es", "Use el código de descuento VERANO.", "marketing"),
    fires("ja-coupon", "ja", "次回使える割引クーポンをプレゼントします。", "marketing"),
    fires("en-other-products", "en", "You may also like our other products, like the blue lamp.", "cross-selling"),
    fires("en-visit-store", "en", "Visit our store on Amazon to see the new range.", "cross-selling"),
    fires("en-referral", "en", "Refer a friend and tell your friends about us.", "cross-selling"),
    fires("it-cross", "it", "Dia un'occhiata agli altri nostri prodotti.", "cross-selling"),
    fires("de-cross", "de", "Das könnte Ihnen auch gefallen: unsere anderen Produkte.", "cross-selling"),
    fires("fr-cross", "fr", "Découvrez nos autres produits dans notre boutique.", "cross-selling"),
    fires("es-cross", "es", "Visita nuestra tienda para ver más.", "cross-selling"),
    fires("ja-cross", "ja", "当店の他の商品もぜひご覧ください。", "cross-selling"),
    # --- reviews ----------------------------------------------------------------------
    fires("en-review-plain", "en", "If you have a moment, please leave a review of the product.", "review-request"),
    fires("en-review-incentive", "en", "Leave us a review and we will send you a $10 gift card.", "review-incentive"),
    fires("en-review-refund", "en", "We will refund you in full once you leave a review.", "review-incentive"),
    fires("en-review-5star", "en", "Please leave us a 5-star review!", "review-manipulation"),
    fires("en-review-positive", "en", "We would love a positive review from you.", "review-manipulation"),
    fires("en-review-happy", "en", "If you are happy with the lamp, please leave a review.", "review-manipulation"),
    fires("en-review-change", "en", "Could you please update your review now that the part arrived?", "review-manipulation"),
    fires("en-review-remove", "en", "Please remove the negative feedback, we fixed it.", "review-manipulation"),
    fires("en-review-repeat", "en", "Please leave a review of the item.", "repeat-review-request", review_already_requested=True),
    fires("it-review", "it", "Se ha un momento, ci lasci una recensione del prodotto.", "review-request"),
    fires("it-review-incentive", "it", "Lasci una recensione e riceverà un buono regalo.", "review-incentive"),
    fires("it-review-5", "it", "Ci lasci una recensione a 5 stelle!", "review-manipulation"),
    fires("de-review", "de", "Wir würden uns freuen, wenn Sie eine Bewertung auf Amazon hinterlassen.", "review-request"),
    fires("de-review-incentive", "de", "Für eine Bewertung erhalten Sie einen Gutschein. Bitte Bewertung abgeben.", "review-incentive"),
    fires("de-review-change", "de", "Könnten Sie Ihre Bewertung bitte ändern?", "review-manipulation"),
    fires("fr-review", "fr", "N'hésitez pas à laisser un avis sur le produit.", "review-request"),
    fires("fr-review-incentive", "fr", "Laissez un avis et recevez un remboursement de 5 €.", "review-incentive"),
    fires("fr-review-cond", "fr", "Si vous êtes satisfait, laissez un avis.", "review-manipulation"),
    fires("es-review", "es", "Le agradeceríamos que dejara una reseña del producto.", "review-request"),
    fires("es-review-incentive", "es", "Deje una reseña y le enviaremos un regalo.", "review-incentive"),
    fires("es-review-5", "es", "Deje una reseña de 5 estrellas por favor.", "review-manipulation"),
    fires("ja-review", "ja", "お時間があればレビューをお願いします。", "review-request"),
    fires("ja-review-incentive", "ja", "レビューをお願いします。ギフト券をお送りします。", "review-incentive"),
    fires("ja-review-5", "ja", "星5のレビューをお願いします。", "review-manipulation"),
    not_("en-incentive-no-review", "en", "We will refund you in full today.", "review-incentive", "review-request"),
    # --- form: emoji, HTML, blank lines, length ----------------------------------------
    fires("en-emoji", "en", "Thanks for your patience 😀", "emoji"),
    fires("en-emoji-zwj", "en", "Happy family 👨‍👩‍👧 day", "emoji"),
    fires("en-emoji-flag", "en", "Shipped from 🇮🇹 today", "emoji"),
    fires("en-emoji-star", "en", "Great choice ⭐", "emoji"),
    fires("en-emoticon", "en", "See you soon :)", "emoji"),
    fires("ja-emoji", "ja", "ありがとうございます🙏", "emoji"),
    fires("en-emoji-subject", "en", "Body text.", "emoji", subject="Your lamp 💡"),
    fires("en-html", "en", "Hello <b>there</b>, the part ships today.", "html-content"),
    fires("en-html-link", "en", 'Click <a href="https://www.amazon.com">here</a>.', "html-content"),
    fires("en-html-entity", "en", "Tom &amp; Jerry ship today.", "html-content"),
    fires("en-html-br", "en", "Line one<br/>Line two", "html-content"),
    fires("en-blank", "en", "Hello,\n\n\nthe part ships today.", "blank-lines"),
    fires("en-blank-crlf", "en", "Hello,\r\n\r\n\r\n\r\nthe part ships today.", "blank-lines"),
    fires("en-blank-spaces", "en", "Hello,\n  \n \n\nthe part ships today.", "blank-lines"),
    fires("en-too-long", "en", "The part ships today. " * 100, "message-too-long"),
    # --- language ---------------------------------------------------------------------
    fires("lang-en-for-de", "en", "Hello, we have shipped the replacement part and it will arrive on Friday with the courier.", "language-mismatch", buyer_language="de"),
    fires("lang-it-for-fr", "it", "Buongiorno, abbiamo spedito il pezzo di ricambio che arriverà venerdì con il corriere.", "language-mismatch", buyer_language="fr"),
    fires("lang-en-for-ja", "en", "Hello, we have shipped the replacement part and it will arrive on Friday.", "language-mismatch", buyer_language="ja"),
    fires("lang-ja-for-en", "ja", "交換部品を発送しました。金曜日に到着予定です。", "language-mismatch", buyer_language="en"),
    not_("lang-de-ok", "de", "Guten Tag, wir haben das Ersatzteil verschickt und es kommt am Freitag mit dem Kurier an.", "language-mismatch", buyer_language="de-DE"),
    not_("lang-es-ok", "es", "Hola, hemos enviado la pieza de repuesto y llegará el viernes con el mensajero.", "language-mismatch", buyer_language="es"),
    not_("lang-short", "en", "Thanks!", "language-mismatch", buyer_language="it"),
    not_("lang-bilingual", "en", "Hello, the part ships today. Buongiorno, il pezzo è stato spedito oggi e arriverà presto.", "language-mismatch", buyer_language="it"),
]


def seller(id: str, lang: str, body: str, present: tuple[str, ...], absent: tuple[str, ...] = (),
           subject: str = "", **ctx: Any) -> Case:
    """A seller-initiated message (a new thread)."""
    return Case(id, lang, body, frozenset(present), frozenset(absent), subject,
                {"buyer_initiated": False, **ctx})


CASES += [
    seller("s-missing-oid", "en", "Your replacement part ships today with the courier.", ("missing-order-id",)),
    seller("s-oid-subject", "en", "Your replacement part ships today with the courier.", (), ("missing-order-id",), subject=f"Order {OID}"),
    seller("s-oid-body", "de", f"Ihre Bestellung {OID}: das Ersatzteil wird heute verschickt.", (), ("missing-order-id",)),
    seller("s-oid-fullwidth", "ja", "ご注文１１１-１２３４５６７-１２３４５６７の部品を発送しました。", (), ("missing-order-id",)),
    seller("s-oid-other-order", "en", "About order 222-7654321-7654321: your part ships today.", ("missing-order-id",), order_id=OID),
    seller("s-window-31", "en", f"Order {OID}: your part ships today.", ("order-window",), delivered_days_ago=31),
    seller("s-window-30", "en", f"Order {OID}: your part ships today.", (), ("order-window",), delivered_days_ago=30),
    seller("s-window-unknown", "en", f"Order {OID}: your part ships today.", (), ("order-window",)),
    Case("r-window-reply", "en", "Your part ships today.", frozenset(), frozenset({"order-window", "missing-order-id"}), "",
         {"buyer_initiated": True, "delivered_days_ago": 90}),
    seller("s-unneeded-en", "en", f"Hello John, thank you for your order {OID}. Your order has shipped and is on its way. If you have any questions, please contact us. Best regards, Acme", ("unnecessary-message",)),
    seller("s-unneeded-thanks", "en", f"Thank you for your purchase! Order {OID}.", ("unnecessary-message",)),
    seller("s-unneeded-it", "it", f"Gentile cliente, grazie per il suo acquisto {OID}. Il suo ordine è stato spedito. Cordiali saluti", ("unnecessary-message",)),
    seller("s-unneeded-de", "de", f"Hallo, vielen Dank für Ihre Bestellung {OID}. Ihr Paket wurde versandt. Mit freundlichen Grüßen", ("unnecessary-message",)),
    seller("s-unneeded-fr", "fr", f"Bonjour, merci pour votre commande {OID}. Votre colis a été expédié. Cordialement", ("unnecessary-message",)),
    seller("s-unneeded-es", "es", f"Hola, gracias por su compra {OID}. Su pedido ha sido enviado. Saludos", ("unnecessary-message",)),
    seller("s-unneeded-ja", "ja", f"ご注文{OID}ありがとうございます。商品を発送しました。", ("unnecessary-message",)),
    seller("s-needed-address", "en", f"Hello, for order {OID} the shipping address is missing the house number. Could you confirm it so the courier can deliver?", (), ("unnecessary-message",)),
    seller("s-needed-manual", "en", f"Hello, for order {OID} we attach the setup steps: first remove the cover, then press the reset button for ten seconds, then wait for the green light.", (), ("unnecessary-message",)),
    Case("r-thanks-reply", "en", "Thank you!", frozenset(), frozenset({"unnecessary-message"}), "", {"buyer_initiated": True}),
]
# fmt: on
