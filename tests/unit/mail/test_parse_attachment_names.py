"""Attachment names in RFC 2231, RFC 2047 and raw 8-bit are decoded and the parts kept;
raw MIME never becomes the message text."""

from __future__ import annotations

from pathlib import Path

import pytest

from inbox_app.mail.parse import parse_message

CORPUS = Path(__file__).resolve().parents[2] / "data" / "mail-corpora"  # in the repository

PNG = b"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg=="


def _mail(disposition: bytes) -> bytes:
    return (
        b"From: Anna <a@example.test>\r\nTo: s@example.test\r\nSubject: photos\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n"
        b"--XX\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHere are the photos.\r\n"
        b"--XX\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        b"Content-Disposition: " + disposition + b"\r\n\r\n" + PNG + b"\r\n"
        b"--XX\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        b'Content-Disposition: attachment; filename="second.png"\r\n\r\n' + PNG + b"\r\n"
        b"--XX--\r\n"
    )


@pytest.mark.parametrize(
    "disposition",
    [
        'attachment; filename="photo-cassée.jpg"'.encode(),  # raw UTF-8
        'attachment; filename="photo-cassée.jpg"'.encode("latin-1"),  # raw 8-bit Latin-1
        b"attachment; filename*=utf-8''photo-cass%C3%A9e.jpg",  # RFC 2231
        b"attachment; filename*0*=utf-8''photo-cass%C3%A9; filename*1=e.jpg",  # 2231 parts
        b'attachment; filename="=?utf-8?q?photo-cass=C3=A9e=2Ejpg?="',  # RFC 2047
        b'attachment; filename="=?iso-8859-1?b?cGhvdG8tY2Fzc+llLmpwZw==?="',
    ],
)
def test_every_attachment_kept_with_its_name(disposition: bytes) -> None:
    mail = parse_message(_mail(disposition))
    assert mail.problem is None
    assert mail.text.strip() == "Here are the photos."
    assert [a.filename for a in mail.attachments] == ["photo-cassée.jpg", "second.png"]
    assert all(a.data.startswith(b"\x89PNG") for a in mail.attachments)


def test_russian_yahoo_mail_keeps_its_image() -> None:
    raw = (CORPUS / "flanker-messages" / "russian-attachment-yahoo.eml").read_bytes()
    mail = parse_message(raw)
    assert mail.text.strip() == "Hello"
    assert "Content-Type" not in mail.text
    (image,) = mail.attachments
    assert image.content_type == "image/png" and image.data.startswith(b"\x89PNG")
    # the sender cut the UTF-8 name inside its last character: the readable Cyrillic stays
    assert image.filename.startswith("Картинка с очень, очень длинным")


def test_raw_fallback_of_a_multipart_shows_its_text_not_its_mime() -> None:
    # what runs when both stdlib policies give up on a message
    from inbox_app.mail.parse import _fallback

    raw = (
        b"From: a@example.test\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n'
        b"preamble\r\n--B\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\nhello th=C3=A9re\r\n"
        b"--B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + PNG
        + b"\r\n--B--\r\n"
    )
    mail = _fallback(raw, ["could not fully parse"])
    assert mail.text.strip() == "hello thére"
    assert mail.problem is not None
