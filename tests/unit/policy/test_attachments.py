"""Attachment scanning: types from bytes, links inside, bombs, damage, limits."""

from __future__ import annotations

import sys

import pytest

from inbox_app.policy import (
    AttachmentInput,
    AttachmentProblem,
    AttachmentScan,
    Context,
    Draft,
    Report,
    check,
    load_ruleset,
    scan_attachment,
)
from tests.helpers import policy_builders as b
from tests.helpers.policy_cases import OID


def run(*files: tuple[str, bytes]) -> Report:
    draft = Draft(
        f"Order {OID}", "Here is the invoice.", tuple(AttachmentInput(n, d) for n, d in files)
    )
    return check(draft, Context(buyer_initiated=True))


def rules_for(report: Report, name: str) -> set[str]:
    return {f.rule for f in report.findings if f.attachment == name}


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("invoice.pdf", b.pdf(), "pdf"),
        ("letter.docx", b.docx(), "docx"),
        ("photo.jpg", b.jpeg(), "jpeg"),
        ("photo.jpeg", b.jpeg(), "jpeg"),
        ("shot.png", b.png(), "png"),
        ("still.gif", b.gif(1), "gif"),
        ("notes.txt", "Grüße, ciao, こんにちは\n".encode(), "txt"),
        ("utf16.txt", "Hello\r\n".encode("utf-16"), "txt"),
    ],
)
def test_allowed_files_pass(name: str, data: bytes, kind: str) -> None:
    scan = scan_attachment(name, data)
    assert scan.kind == kind
    assert scan.problems == ()
    report = run((name, data))
    assert report.sendable, report.findings
    assert rules_for(report, name) == set()


def test_pdf_link_annotation_to_other_domain_is_caught() -> None:
    data = b.pdf(link="https://www.my-shop.example/deal")
    scan = scan_attachment("flyer.pdf", data)
    assert scan.links == ("https://www.my-shop.example/deal",)
    report = run(("flyer.pdf", data))
    (finding,) = [f for f in report.findings if f.rule == "attachment-link"]
    assert finding.attachment == "flyer.pdf"
    assert finding.severity == "block"
    assert "www.my-shop.example" in finding.message


def test_hand_made_pdf_link_is_caught() -> None:
    assert "attachment-link" in rules_for(run(("hand.pdf", b.hand_made_pdf())), "hand.pdf")


@pytest.mark.parametrize(
    "url", ["https://www.amazon.de/returns", "https://www.ups.com/track?tracknum=1Z"]
)
def test_pdf_links_to_allowed_domains_pass(url: str) -> None:
    assert run(("ok.pdf", b.pdf(link=url))).sendable


def test_docx_hyperlink_relationship_is_caught() -> None:
    data = b.docx(rels=b.hyperlink_rel("https://myshop.example/"))
    assert scan_attachment("x.docx", data).links == ("https://myshop.example/",)
    assert "attachment-link" in rules_for(run(("letter.docx", data)), "letter.docx")


def test_docx_field_hyperlink_is_caught() -> None:
    field = '<w:p><w:r><w:instrText> HYPERLINK "https://evil.example/x" </w:instrText></w:r></w:p>'
    data = b.docx(document_extra=field)
    assert "attachment-link" in rules_for(run(("f.docx", data)), "f.docx")


def test_docx_amazon_hyperlink_passes() -> None:
    data = b.docx(rels=b.hyperlink_rel("https://www.amazon.it/"))
    assert run(("letter.docx", data)).sendable


@pytest.mark.parametrize(
    "data", [b.docx(macro=True), b.docx(main=b.MACRO_MAIN)], ids=["vbaProject", "content-type"]
)
def test_macro_enabled_word_is_refused(data: bytes) -> None:
    report = run(("letter.docx", data))
    (finding,) = [f for f in report.findings if f.rule == "attachment-type"]
    assert finding.message_id == "attachment-type.macro"
    assert not report.sendable


@pytest.mark.parametrize(
    ("name", "data", "variant"),
    [
        ("letter.docx", b.plain_zip(a=b"hello"), "attachment-type.mismatch"),
        ("table.docx", b.xlsx(), "attachment-type.mismatch"),
        ("invoice.pdf", b.ELF, "attachment-type.mismatch"),
        ("invoice.pdf", b.PE, "attachment-type.mismatch"),
        ("setup.exe", b.PE, "attachment-type"),
        ("archive.zip", b.plain_zip(a=b"hello"), "attachment-type"),
        ("page.txt", b"<!DOCTYPE html><html><body>hi</body></html>", "attachment-type.mismatch"),
        ("logo.png", b'<svg xmlns="http://www.w3.org/2000/svg"></svg>', "attachment-type.mismatch"),
        ("photo.png", b.jpeg(), "attachment-type.mismatch"),
        ("invoice.doc", b.pdf(), "attachment-type.mismatch"),
        ("README", b"plain text without an extension\n", "attachment-type.mismatch"),
    ],
)
def test_type_and_extension_mismatch(name: str, data: bytes, variant: str) -> None:
    report = run((name, data))
    found = [f for f in report.findings if f.rule == "attachment-type"]
    assert [f.message_id for f in found] == [variant]
    assert not report.sendable


def test_animated_gif_is_refused_static_is_not() -> None:
    assert scan_attachment("a.gif", b.gif(3)).problems[0].rule == "animated-gif"
    assert "animated-gif" in rules_for(run(("a.gif", b.gif(3))), "a.gif")
    assert rules_for(run(("s.gif", b.gif(1))), "s.gif") == set()


def test_png_decompression_bomb_is_refused_without_decoding() -> None:
    data = b.png(10000, 10000, mode="1")  # ~12 KB on disk, 100 Mpx
    assert len(data) < 50_000
    scan = scan_attachment("bomb.png", data)
    assert [p.message_id for p in scan.problems] == ["attachment-unreadable.bomb"]
    assert "10000×10000" in dict(scan.problems[0].params)["reason"]


@pytest.mark.parametrize(
    ("name", "data", "variant"),
    [
        ("trunc.pdf", b.pdf()[:200], "attachment-unreadable"),
        ("garbage.pdf", b"%PDF-1.7\nthis is not a pdf at all\n%%EOF\n", "attachment-unreadable"),
        ("locked.pdf", b.pdf(encrypt=True), "attachment-unreadable.encrypted"),
        ("empty.pdf", b"", "attachment-unreadable.empty"),
        ("trunc.jpg", b.jpeg()[:150], "attachment-unreadable"),
        ("broken.png", b.png()[:40], "attachment-unreadable"),
        ("broken.docx", b.docx()[:300], "attachment-unreadable"),
        ("size.docx", b.declared_size_bomb(), "attachment-unreadable.bomb"),
        ("ratio.docx", b.ratio_bomb(), "attachment-unreadable.bomb"),
        ("overlap.docx", b.overlapping_zip(), "attachment-unreadable.bomb"),
    ],
)
def test_unreadable_damaged_encrypted_and_bombs(name: str, data: bytes, variant: str) -> None:
    report = run((name, data))
    found = [f for f in report.findings if f.rule == "attachment-unreadable"]
    assert found, report.findings
    assert found[0].message_id == variant
    assert found[0].severity == "block"


def test_total_size_over_7_mb_blocks() -> None:
    big = b"a" * (4 * 1024 * 1024)
    report = run(("a.txt", big), ("b.txt", big))
    assert "attachment-size" in report.rules()
    assert "7" in next(f.message for f in report.findings if f.rule == "attachment-size")
    assert run(("a.txt", big)).sendable


def test_size_limit_is_a_setting() -> None:
    rs = load_ruleset().with_settings(attachment_total_limit_bytes=10 * 1024 * 1024)
    big = b"a" * (4 * 1024 * 1024)
    draft = Draft(
        f"Order {OID}", "x", (AttachmentInput("a.txt", big), AttachmentInput("b.txt", big))
    )
    assert "attachment-size" not in check(draft, Context(buyer_initiated=True), ruleset=rs).rules()


def test_more_than_five_attachments_warns() -> None:
    files = [(f"f{i}.txt", f"file {i}\n".encode()) for i in range(6)]
    report = run(*files)
    (finding,) = [f for f in report.findings if f.rule == "attachment-count"]
    assert finding.severity == "warn"
    assert report.sendable
    assert "attachment-count" not in run(*files[:5]).rules()


def test_scan_is_deterministic_and_cacheable_by_hash() -> None:
    data = b.docx(rels=b.hyperlink_rel("https://myshop.example/"))
    first, second = scan_attachment("a.docx", data), scan_attachment("other-name.docx", data)
    assert first == second
    fake = AttachmentScan(
        sha256=first.sha256,
        size=len(data),
        media_type="application/pdf",
        kind="pdf",
        description="cached",
        problems=(AttachmentProblem("animated-gif", "animated-gif"),),
    )
    draft = Draft(f"Order {OID}", "x", (AttachmentInput("a.pdf", data),))
    report = check(draft, Context(buyer_initiated=True), scans={first.sha256: fake})
    assert rules_for(report, "a.pdf") == {"animated-gif"}  # the cached scan was used


def test_precomputed_sha256_is_used_for_cache_lookup() -> None:
    fake = AttachmentScan("abc", 3, "text/plain", "txt", "cached")
    draft = Draft(f"Order {OID}", "x", (AttachmentInput("a.txt", b"\x00\x01", sha256="abc"),))
    assert check(draft, Context(buyer_initiated=True), scans={"abc": fake}).sendable


@pytest.mark.parametrize(
    "data",
    [
        b"\x00" * 10,
        b"PK\x03\x04" + b"\xff" * 50,
        b"%PDF-" + b"\x00" * 20,
        b"GIF89a",
        b"\xff\xd8\xff",
        b"\x89PNG\r\n\x1a\n",
        bytes(range(256)),
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
    ],
)
def test_scanner_survives_junk(data: bytes) -> None:
    scan = scan_attachment("junk.pdf", data)
    assert scan.size == len(data)
    assert not run(("junk.pdf", data)).sendable


def test_word_97_doc_passes_and_its_macros_do_not() -> None:
    doc = b.cfb("WordDocument", b"Hello" + b"\x00" * 10)
    assert scan_attachment("old.doc", doc).kind == "doc"
    assert run(("old.doc", doc)).sendable
    macro = b.cfb("WordDocument", "_VBA_PROJECT".encode("utf-16-le"))
    found = [f for f in run(("old.doc", macro)).findings if f.rule == "attachment-type"]
    assert [f.message_id for f in found] == ["attachment-type.macro"]


def test_doc_hyperlink_field_is_caught() -> None:
    doc = b.cfb("WordDocument", b'HYPERLINK "https://myshop.example/"')
    assert "attachment-link" in rules_for(run(("old.doc", doc)), "old.doc")


def test_password_protected_docx_is_unreadable() -> None:
    data = b.cfb("EncryptedPackage")
    found = [f for f in run(("secret.docx", data)).findings if f.rule == "attachment-unreadable"]
    assert [f.message_id for f in found] == ["attachment-unreadable.encrypted"]
    assert "attachment-type" not in run(("secret.docx", data)).rules()


def test_excel_97_named_doc_is_a_mismatch() -> None:
    found = [
        f for f in run(("sheet.doc", b.cfb("Workbook"))).findings if f.rule == "attachment-type"
    ]
    assert [f.message_id for f in found] == ["attachment-type.mismatch"]


def test_scan_missing_false_skips_unscanned_files_but_still_sizes_them() -> None:
    big = b.ELF + b"\x00" * (8 * 1024 * 1024)
    draft = Draft(f"Order {OID}", "x", (AttachmentInput("a.pdf", big),))
    report = check(draft, Context(buyer_initiated=True), scan_missing=False)
    assert report.rules() == {"attachment-size"}
    assert "attachment-type" in check(draft, Context(buyer_initiated=True)).rules()


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b.cfb("WordDocument"), "doc"),
        (b.cfb("Workbook"), "ole"),
        (b.pdf(), "pdf"),
        (b.docx(), "docx"),
        (b.jpeg(), "jpeg"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"/>', "svg"),
        (b"<!DOCTYPE html><html></html>", "html"),
        ("plain text, ünïcödé".encode(), "txt"),
        (b.PE, "exe"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_sniffing_works_without_libmagic(
    monkeypatch: pytest.MonkeyPatch, data: bytes, kind: str
) -> None:
    sniff_module = sys.modules["inbox_app.policy.attachments.sniff"]
    monkeypatch.setattr(sniff_module, "_HAVE_MAGIC", False)
    assert scan_attachment("x", data).kind == kind


def test_total_size_comes_from_cached_scans_when_no_bytes_are_passed() -> None:
    """The live check passes file names and hashes only; the scans know the sizes."""
    big = 4 * 1024 * 1024
    scans = {h: AttachmentScan(h, big, "application/pdf", "pdf", "cached") for h in ("h1", "h2")}
    draft = Draft(
        f"Order {OID}",
        "x",
        (AttachmentInput("a.pdf", b"", sha256="h1"), AttachmentInput("b.pdf", b"", sha256="h2")),
    )
    report = check(draft, Context(buyer_initiated=True), scans=scans, scan_missing=False)
    assert "attachment-size" in report.rules() and not report.sendable
    one = Draft(f"Order {OID}", "x", (AttachmentInput("a.pdf", b"", sha256="h1"),))
    assert check(one, Context(buyer_initiated=True), scans=scans, scan_missing=False).sendable
