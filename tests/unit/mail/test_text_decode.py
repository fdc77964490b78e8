"""Text out of mail bytes and headers: every fallback gives readable text, none raises."""

from __future__ import annotations

from inbox_app.mail.text_decode import (
    bytes_to_text,
    clean_header,
    clean_text,
    decode_header_value,
    html_to_text,
)


def test_bytes_fall_back_from_a_bogus_charset_to_utf8_then_cp1252() -> None:
    assert bytes_to_text("Grüße".encode(), "utf-8") == ("Grüße", False)
    assert bytes_to_text("Grüße".encode(), "x-unknown") == ("Grüße", True)
    assert bytes_to_text("Grüße".encode("cp1252"), "utf8mb4") == ("Grüße", True)
    assert bytes_to_text("Città".encode("latin-1"), "iso-8859-1") == ("Città", False)


def test_surrogates_nul_and_controls_are_cleaned() -> None:
    escaped = "Ren\xe9e".encode("latin-1").decode("utf-8", "surrogateescape")
    assert clean_text(escaped + "\x00") == "Renée"
    assert clean_header("Where\r\n\tis\x1cmy   parcel?") == "Where is my parcel?"


def test_encoded_words_decode_leniently() -> None:
    assert decode_header_value("=?utf-8?q?Gr=C3=BC=C3=9Fe?= from Anna") == "Grüße from Anna"
    assert decode_header_value("=?x-bogus?q?Caf=E9?=") == "Café"


def test_html_becomes_plain_lines_without_scripts() -> None:
    markup = "<p>Hello&nbsp;there</p><script>alert(1)</script><div>Order <b>1</b></div>"
    assert html_to_text(markup) == "Hello there\nOrder 1"
