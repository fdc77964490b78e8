"""Outgoing MIME: headers right, never ValueError, and compose -> bytes -> parse round-trips."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from inbox_app.mail.compose import (
    OutgoingAttachment,
    OutgoingMail,
    build_mime,
    new_message_id,
    normalize_body,
    normalize_subject,
)
from inbox_app.mail.parse import parse_message


def _mail(**kw: object) -> OutgoingMail:
    base: dict[str, object] = {
        "from_addr": "seller@example.test",
        "to_addr": "abcdefghij12345@marketplace.amazon.com",
        "subject": "RE: Shipping inquiry (Order: 111-1234567-1234567)",
        "body": "Hello Anna,\nit ships today.\n",
        "message_id": new_message_id("seller@example.test"),
        "in_reply_to": "<buyer.1@relay.test>",
        "references": ("<buyer.0@relay.test>",),
    }
    base.update(kw)
    return OutgoingMail(**base)  # type: ignore[arg-type]


def test_headers() -> None:
    mail = _mail()
    parsed = parse_message(build_mime(mail))
    assert parsed.from_addr == "seller@example.test"
    assert parsed.to_addrs == ("abcdefghij12345@marketplace.amazon.com",)
    assert parsed.message_id == mail.message_id
    assert parsed.in_reply_to == "<buyer.1@relay.test>"
    assert parsed.references == ("<buyer.0@relay.test>", "<buyer.1@relay.test>")
    assert parsed.subject == mail.subject


def test_message_ids_are_unique_and_in_the_sender_domain() -> None:
    ids = {new_message_id("a@shop.example") for _ in range(200)}
    assert len(ids) == 200
    assert all(i.endswith("@shop.example>") for i in ids)


def test_subject_separators_never_raise() -> None:
    bad = "Re: a\u2028b\u0085c\x0bd\x0ce\x1cf\x1dg\x1eh\ni\rj"
    assert normalize_subject(bad) == "Re: a b c d e f g h i j"
    parsed = parse_message(build_mime(_mail(subject=bad)))
    assert parsed.subject == "Re: a b c d e f g h i j"


def test_attachments_are_parts() -> None:
    pdf = b"%PDF-1.4\n" + bytes(range(256)) * 10
    raw = build_mime(
        _mail(
            attachments=(
                OutgoingAttachment("../x/label.pdf", "application/pdf", pdf),
                OutgoingAttachment("notes.txt", "text/plain", "größe\n".encode()),
            )
        )
    )
    parsed = parse_message(raw)
    assert [a.filename for a in parsed.attachments] == ["label.pdf", "notes.txt"]
    assert parsed.attachments[0].data == pdf
    assert parsed.attachments[1].data == "größe\n".encode()
    assert b"\r\n" in raw and b"\n\n" not in raw.replace(b"\r\n", b"")


_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=300
)


@settings(max_examples=150, deadline=None)
@given(subject=_text, body=_text, data=st.binary(max_size=500))
def test_round_trip(subject: str, body: str, data: bytes) -> None:
    att = OutgoingAttachment("file.bin", "application/octet-stream", data)
    raw = build_mime(_mail(subject=subject, body=body, attachments=(att,)))
    parsed = parse_message(raw)
    assert parsed.subject == normalize_subject(subject)
    assert parsed.text == normalize_body(body)
    assert parsed.attachments[0].data == data
    assert parsed.problem is None
