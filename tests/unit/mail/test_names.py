"""Attachment names: no paths, controls, bidi; 255 bytes; type lies flagged."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from inbox_app.mail.names import attachment_problem, sanitize_filename, sniff_media_type


def test_path_traversal_names() -> None:
    assert sanitize_filename("../../.bashrc") == "bashrc"
    assert sanitize_filename("..%2F..%2F.config/autostart/x.desktop") == "x.desktop"
    assert sanitize_filename("C:\\Users\\Public\\x.pdf") == "x.pdf"
    assert sanitize_filename("/etc/passwd") == "passwd"
    assert sanitize_filename("..") == "attachment"


def test_controls_bidi_and_trailing() -> None:
    assert sanitize_filename("Rechnung\u202efdp.exe") == "Rechnungfdp.exe"
    assert sanitize_filename("a\x00b.pdf") == "ab.pdf"
    assert sanitize_filename("invoice.pdf     .exe") == "invoice.pdf .exe"
    assert sanitize_filename("report.pdf. . ") == "report.pdf"
    assert sanitize_filename("CON.pdf") == "_CON.pdf"


def test_long_names_keep_extension() -> None:
    name = sanitize_filename("ü" * 300 + ".pdf")
    assert len(name.encode()) <= 255 and name.endswith(".pdf")


@given(st.text(max_size=400))
def test_sanitized_names_are_safe(name: str) -> None:
    out = sanitize_filename(name)
    assert out and "/" not in out and "\\" not in out
    assert len(out.encode("utf-8")) <= 255
    assert not any(ord(c) < 32 or c in "\u202e\u2066\u200f" for c in out)
    assert not out.endswith((".", " ")) and out not in (".", "..")


def test_sniffing_and_lies() -> None:
    assert sniff_media_type(b"%PDF-1.7\n") == "application/pdf"
    assert sniff_media_type(b"") == "application/x-empty"
    exe = sniff_media_type(b"MZ\x90\x00" + b"\x00" * 300)
    assert attachment_problem("invoice.pdf", exe) is not None
    assert attachment_problem("scan.pdf", "application/pdf") is None
    assert attachment_problem("photo.png", "image/svg+xml") is not None
