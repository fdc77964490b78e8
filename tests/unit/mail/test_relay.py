"""Relay mail understood: old/new/localized formats, notices, non-relay mail."""

from __future__ import annotations

from pathlib import Path

from inbox_app.mail.parse import ParsedMail
from inbox_app.mail.relay import buyer_text, parse_relay, understand
from tests.helpers import mailgen

REFERENCE = (
    Path(__file__).resolve().parents[2]
    / "data"
    / "relay-mail"
    / "amazon-relay-bodies-2016-redacted.txt"
)


def _reference_bodies() -> tuple[str, str]:
    text = REFERENCE.read_text(encoding="utf-8")
    parts = text.split("===== BODY ")
    body1 = parts[1].split("=====\n", 1)[1]
    body2 = parts[2].split("=====\n", 1)[1].split("===== SUBJECT")[0]
    return body1, body2


def test_old_format_buyer_message() -> None:
    raw = mailgen.relay_mail(name="Anna", text="Where is my parcel?\nThanks")
    msg = parse_relay(raw)
    assert msg.kind == "buyer_message"
    assert msg.alias == "abcdefghij12345@marketplace.amazon.com"
    assert msg.buyer_name == "Anna"
    assert msg.marketplace_id == "ATVPDKIKX0DER"
    assert msg.order_id == "111-1234567-1234567"
    assert msg.text == "Where is my parcel?\nThanks"
    assert [(i.quantity, i.title, i.asin) for i in msg.items] == [
        (1, "Blue Mug 300 ml", "B000000001")
    ]
    assert msg.no_response_url is not None and "no-response-needed" in msg.no_response_url
    assert msg.message_id is not None and not msg.is_reply


def test_new_format_and_tld_marketplace() -> None:
    raw = mailgen.relay_mail(
        tld="de",
        mp="A1PA6795UKMFR9",
        fmt="new",
        text="Wo ist mein Paket?",
        subject="Nachricht von Amazon-Kunde Jürgen (Bestellung: 302-1111111-2222222)",
        order="302-1111111-2222222",
        name="Jürgen",
        marketplace_header=False,
    )
    msg = parse_relay(raw)
    assert msg.kind == "buyer_message"
    assert msg.marketplace_id == "A1PA6795UKMFR9"  # from the alias TLD
    assert msg.order_id == "302-1111111-2222222"
    assert msg.text == "Wo ist mein Paket?"
    assert msg.items[0].quantity == 2 and msg.items[0].asin == "B000000001"
    assert msg.buyer_name == "Jürgen"


def test_marketplace_header_wins_over_tld() -> None:
    raw = mailgen.relay_mail(tld="com", mp="A2EUQ1WTGCTBG2")
    assert parse_relay(raw).marketplace_id == "A2EUQ1WTGCTBG2"


def test_presale_question_has_no_order() -> None:
    msg = parse_relay(mailgen.relay_mail(order=None, fmt="presale", text="Is it dishwasher safe?"))
    assert msg.kind == "buyer_message"
    assert msg.order_id is None
    assert msg.text == "Is it dishwasher safe?"


def test_reference_bodies_bilingual_ca_and_quoted_reply() -> None:
    body1, body2 = _reference_bodies()
    assert buyer_text(body1) == "Ordered wrong size. Please send 2t."
    assert buyer_text(body2) == "Yes please, I'd like to exchange it for the 14/16."
    mail = ParsedMail(
        subject="Demande de renseignements de la part du client Amazon X",
        from_name="Bob - Amazon Marketplace",
        from_addr="zzzzzzzzzzzzzzz@marketplace.amazon.ca",
        text=body1,
    )
    msg = understand(mail)
    assert msg.kind == "buyer_message"
    assert msg.order_id == "701-0000000-0000001"
    assert msg.marketplace_id == "A2EUQ1WTGCTBG2"
    assert msg.items[0].asin == "B00TKJISSS" and msg.items[0].quantity == 1
    assert msg.no_response_url is not None and "mp=A2EUQ1WTGCTBG2" in msg.no_response_url


def test_localized_marker_mensagem() -> None:
    body = (
        "# 701-1234567-7654321:\n1 / Caneca [ASIN: B0AAAAAAAA]\n\n----- Mensagem: -----\n\n"
        "Olá, chegou quebrado.\n\n----- Fim da mensagem -----\n"
    )
    assert buyer_text(body) == "Olá, chegou quebrado."


def test_reply_subject_is_reply() -> None:
    msg = parse_relay(mailgen.relay_mail(subject="RE: Your order (Order: 111-1234567-1234567)"))
    assert msg.is_reply and msg.order_id == "111-1234567-1234567"


def test_bounce_blocked_copy_and_other() -> None:
    bounce = parse_relay(mailgen.bounce("111-1234567-1234567"))
    assert bounce.kind == "opt_out_bounce"
    assert bounce.order_id == "111-1234567-1234567"
    assert bounce.notice_text is not None and "opt out" in bounce.notice_text
    assert bounce.text == ""
    blocked = parse_relay(mailgen.blocked("111-1234567-1234567"))
    assert blocked.kind == "blocked_notice"
    assert blocked.notice_text is not None and "guidelines" in blocked.notice_text
    copy = parse_relay(mailgen.seller_central_copy("111-1234567-1234567", text="Ships today."))
    assert copy.kind == "seller_central_copy"
    assert copy.text == "Ships today." and copy.buyer_name == "Anna"
    assert copy.order_id == "111-1234567-1234567"
    other = parse_relay(mailgen.not_relay())
    assert other.kind == "other" and other.order_id is None and other.text == ""


def test_german_bounce() -> None:
    raw = mailgen.amazon_notice(
        sender="abcdefghij12345@marketplace.amazon.de",
        subject="Zustellung fehlgeschlagen",
        body="Wir konnten die Nachricht, die Sie gesendet haben, für 302-1111111-2222222 nicht "
        "zustellen, weil der Käufer die Annahme unerwünschter Nachrichten von Verkäufern "
        "deaktiviert hat.",
        message_id="<b@amazon.test>",
    )
    msg = parse_relay(raw)
    assert msg.kind == "opt_out_bounce" and msg.order_id == "302-1111111-2222222"


def test_forged_amazon_lookalike_is_other() -> None:
    raw = mailgen.amazon_notice(
        sender="x@marketplace.amazon.com.evil.test",
        subject="hi",
        body="hello",
        message_id="<e@evil.test>",
    )
    assert parse_relay(raw).kind == "other"


def test_attachments_sanitized_and_sniffed() -> None:
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
    exe = b"MZ\x90\x00" + b"\x00" * 200
    raw = mailgen.relay_mail(
        attachments=[
            ("../../.bashrc", "text/plain", b"echo hi\n"),
            ("Rechnung\u202efdp.exe", "application/pdf", exe),
            ("photo.pdf", "application/pdf", pdf),
        ]
    )
    msg = parse_relay(raw)
    names = [a.filename for a in msg.attachments]
    assert names == ["bashrc", "Rechnungfdp.exe", "photo.pdf"]
    assert msg.attachments[1].problem is not None
    assert msg.attachments[2].media_type == "application/pdf" and msg.attachments[2].problem is None
    assert msg.attachments[2].data == pdf
