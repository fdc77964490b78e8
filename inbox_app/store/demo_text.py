"""Demo conversation text in the marketplaces' languages (for `inbox-app demo`)."""

from __future__ import annotations

# the demo seller's SKU rules (Settings > Special products): each order's type comes from
# them, so one SKU has one type everywhere and "from SKU rules" is true
DEMO_SKU_RULES = (("HM-*", "handmade"), ("CU-*", "custom"), ("WN-*", "wine"))

PRODUCTS = (
    ("Handmade Ceramic Mug, 350 ml, Ocean Blue", "HM-MUG-350"),
    ("Stainless Steel Water Bottle 750 ml", "WB-750-SS"),
    ("Personalised Leather Wallet (Engraved)", "CU-WALLET-ENG"),
    ("Organic Cotton Baby Blanket 80x100", "BB-ORG-80"),
    ("Bamboo Cutting Board Set (3 pieces)", "KB-BAMBOO-3"),
    ("LED Desk Lamp with USB Charger", "DL-LED-USB"),
    ("Wool Knitted Scarf, Charcoal", "HM-SCARF-CH"),
    ("Phone Case for Model X, Clear", "PC-X-CLR"),
    ("Custom Name Necklace, Sterling Silver", "CU-NECK-SS"),
    ("Hiking Backpack 30 L, Olive", "BP-30-OLV"),
    ("Chianti Classico DOCG 2019, 0.75 l", "WN-CHIANTI-19"),
    ("Scented Soy Candle, Lavender", "HM-CANDLE-LAV"),
)

BUYER_NAMES = {
    "en": ("Emily", "James", "Olivia", "Michael", "Sophia", "Daniel", "Grace", "Henry"),
    "de": ("Lukas", "Anna", "Jonas", "Lea", "Felix", "Marie", "Jürgen", "Sabine"),
    "fr": ("Camille", "Louis", "Chloé", "Hugo", "Léa", "Gabriel", "Manon", "Théo"),
    "it": ("Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo", "Sara", "Davide"),
    "es": ("Lucía", "Hugo", "Martina", "Pablo", "Sofía", "Álvaro", "Paula", "Javier"),
    "ja": ("さくら", "健太", "陽菜", "大翔", "結衣", "蓮", "美咲", "翔太"),
}

# Buyer questions: {product}, {order_id}, {name}
BUYER_TEXT = {
    "en": (
        "Hi, my order {order_id} has not arrived yet. The tracking has not changed for "
        "three days. Can you check what is happening?",
        "Hello, I received the {product} but it is damaged: the box was crushed. What can we do?",
        "Can you ship the {product} to a different address? I moved last week.",
        "Is the {product} dishwasher safe? I could not find it in the description.",
        "I ordered the wrong size. Is it possible to exchange it?",
        "Could you engrave the name 'Anna' instead of 'Ana'? Sorry for the typo.",
        "The item is missing the charger cable. Please help.",
        "When will my order ship? I need it before Saturday.",
    ),
    "de": (
        "Hallo, meine Bestellung {order_id} ist noch nicht angekommen. Können Sie bitte nachsehen?",
        "Guten Tag, der Artikel {product} kam beschädigt an. Was kann ich tun?",
        "Können Sie die Lieferadresse noch ändern? Ich bin umgezogen.",
        "Ist der Artikel spülmaschinenfest?",
        "Ich habe die falsche Größe bestellt. Kann ich umtauschen?",
        "Wann wird meine Bestellung versendet? Ich brauche sie bis Freitag.",
    ),
    "fr": (
        "Bonjour, ma commande {order_id} n'est toujours pas arrivée. Pouvez-vous vérifier ?",
        "Bonjour, le produit {product} est arrivé cassé. Que faire ?",
        "Est-il possible de changer l'adresse de livraison ?",
        "Le produit passe-t-il au lave-vaisselle ?",
        "J'ai commandé la mauvaise taille, puis-je l'échanger ?",
    ),
    "it": (
        "Buongiorno, il mio ordine {order_id} non è ancora arrivato. Potete controllare?",
        "Salve, il prodotto {product} è arrivato danneggiato. Come possiamo fare?",
        "È possibile cambiare l'indirizzo di spedizione?",
        "Il prodotto si può lavare in lavastoviglie?",
        "Ho sbagliato taglia, posso fare un cambio?",
        "Quando verrà spedito il mio ordine? Mi serve entro sabato.",
    ),
    "es": (
        "Hola, mi pedido {order_id} todavía no ha llegado. ¿Pueden revisarlo?",
        "Hola, el producto {product} llegó dañado. ¿Qué podemos hacer?",
        "¿Es posible cambiar la dirección de envío?",
        "¿El producto se puede lavar en el lavavajillas?",
        "Pedí la talla equivocada, ¿puedo cambiarla?",
    ),
    "ja": (
        "注文番号 {order_id} の商品がまだ届いていません。確認していただけますか？",
        "{product} が破損した状態で届きました。どうすればよいですか？",
        "配送先住所を変更することはできますか？",
        "この商品は食器洗い機に対応していますか？",
        "サイズを間違えて注文しました。交換は可能ですか？",
    ),
}

SELLER_TEXT = {
    "en": (
        "Hello {name}, thank you for your message about order {order_id}. We have checked "
        "with the carrier and the parcel is on its way; it should arrive within two days.",
        "Hello {name}, we are sorry the item arrived damaged. We will send a replacement "
        "free of charge today for order {order_id}.",
        "Hello {name}, yes, the product is dishwasher safe. Feel free to reply if you have "
        "any other question about order {order_id}.",
        "Hello {name}, we have updated the engraving for order {order_id} as requested.",
    ),
    "de": (
        "Hallo {name}, vielen Dank für Ihre Nachricht zur Bestellung {order_id}. Das Paket "
        "ist unterwegs und sollte in zwei Tagen ankommen.",
        "Hallo {name}, es tut uns leid. Wir senden Ihnen heute kostenlos Ersatz für die "
        "Bestellung {order_id}.",
    ),
    "fr": (
        "Bonjour {name}, merci pour votre message concernant la commande {order_id}. Le "
        "colis est en route et devrait arriver sous deux jours.",
        "Bonjour {name}, nous sommes désolés. Nous envoyons un remplacement aujourd'hui pour "
        "la commande {order_id}.",
    ),
    "it": (
        "Buongiorno {name}, grazie per il messaggio sull'ordine {order_id}. Il pacco è in "
        "viaggio e dovrebbe arrivare entro due giorni.",
        "Buongiorno {name}, ci dispiace. Spediamo oggi un prodotto sostitutivo per "
        "l'ordine {order_id}.",
    ),
    "es": (
        "Hola {name}, gracias por su mensaje sobre el pedido {order_id}. El paquete está en "
        "camino y llegará en dos días.",
        "Hola {name}, lo sentimos. Hoy le enviamos un reemplazo para el pedido {order_id}.",
    ),
    "ja": (
        "{name}様、注文番号 {order_id} についてご連絡ありがとうございます。商品は配送中で、"
        "2日以内に到着する予定です。",
        "{name}様、ご迷惑をおかけして申し訳ございません。本日、注文番号 {order_id} の"
        "交換品を発送いたします。",
    ),
}

SUBJECTS = {
    "en": "Inquiry from Amazon customer {name} (Order: {order_id})",
    "de": "Anfrage von Amazon-Kunde {name} (Bestellung: {order_id})",
    "fr": "Demande de renseignements du client Amazon {name} (Commande : {order_id})",
    "it": "Richiesta di informazioni da parte del cliente Amazon {name} (Ordine: {order_id})",
    "es": "Consulta del cliente de Amazon {name} (Pedido: {order_id})",
    "ja": "Amazonのお客様 {name} からのお問い合わせ (注文番号: {order_id})",
}
PRESALE_SUBJECT = {
    "en": "Product details inquiry from Amazon customer {name}",
    "de": "Produktanfrage von Amazon-Kunde {name}",
    "fr": "Question produit du client Amazon {name}",
    "it": "Domanda sul prodotto dal cliente Amazon {name}",
    "es": "Consulta de producto del cliente de Amazon {name}",
    "ja": "Amazonのお客様 {name} からの商品に関するお問い合わせ",
}
SELLER_SUBJECT = {
    "en": "Shipping update for your order {order_id}",
    "de": "Versandinformation zu Ihrer Bestellung {order_id}",
    "fr": "Information d'expédition pour votre commande {order_id}",
    "it": "Aggiornamento sulla spedizione dell'ordine {order_id}",
    "es": "Información de envío de su pedido {order_id}",
    "ja": "ご注文 {order_id} の配送について",
}
