"""Active PDF content is refused wherever the PDF carries it: the catalogue's /AA and
/OpenAction, a page's /AA, /Names JavaScript and EmbeddedFiles, annotations (/A, /AA,
file attachments), outline items, form fields and XFA."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from pypdf import PdfWriter
from pypdf.annotations import Link
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from inbox_app.policy import AttachmentInput, Context, Draft, check, scan_attachment

OID = "402-1234567-1234567"


def _launch() -> DictionaryObject:
    return DictionaryObject(
        {NameObject("/S"): NameObject("/Launch"), NameObject("/F"): TextStringObject("cmd.exe")}
    )


def _js() -> DictionaryObject:
    return DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("1")}
    )


def _pdf(build: Callable[[PdfWriter], None]) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    build(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _catalogue_aa(w: PdfWriter) -> None:
    w._root_object[NameObject("/AA")] = DictionaryObject({NameObject("/WC"): _launch()})


def _page_aa(w: PdfWriter) -> None:
    w.pages[0][NameObject("/AA")] = DictionaryObject({NameObject("/O"): _js()})


def _names_js(w: PdfWriter) -> None:
    tree = DictionaryObject(
        {NameObject("/Names"): ArrayObject([TextStringObject("hello"), w._add_object(_js())])}
    )
    w._root_object[NameObject("/Names")] = DictionaryObject({NameObject("/JavaScript"): tree})


def _embedded_exe(w: PdfWriter) -> None:
    w.add_attachment("setup.exe", b"MZ\x90\x00" + b"\x00" * 60)


def _open_action(w: PdfWriter) -> None:
    w._root_object[NameObject("/OpenAction")] = w._add_object(_launch())


def _annotation_aa(w: PdfWriter) -> None:
    w.add_annotation(0, Link(rect=(10, 10, 100, 30), url="https://www.amazon.com/"))
    annot = w.pages[0]["/Annots"][0].get_object()
    annot[NameObject("/AA")] = DictionaryObject({NameObject("/E"): _js()})


def _chained_action(w: PdfWriter) -> None:
    first = DictionaryObject(
        {
            NameObject("/S"): NameObject("/URI"),
            NameObject("/URI"): TextStringObject("https://www.amazon.com/"),
            NameObject("/Next"): ArrayObject([_launch()]),
        }
    )
    w._root_object[NameObject("/OpenAction")] = w._add_object(first)


def _file_attachment_annotation(w: PdfWriter) -> None:
    annot = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/FileAttachment"),
            NameObject("/Rect"): ArrayObject([NumberObject(0)] * 4),
            NameObject("/FS"): DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Filespec"),
                    NameObject("/F"): TextStringObject("a.exe"),
                }
            ),
        }
    )
    w.pages[0][NameObject("/Annots")] = ArrayObject([w._add_object(annot)])


def _outline_js(w: PdfWriter) -> None:
    item = w.add_outline_item(title="Start", page_number=0)
    item.get_object()[NameObject("/A")] = _js()


def _form_field_aa(w: PdfWriter) -> None:
    field = DictionaryObject(
        {
            NameObject("/FT"): NameObject("/Tx"),
            NameObject("/T"): TextStringObject("name"),
            NameObject("/AA"): DictionaryObject({NameObject("/K"): _js()}),
        }
    )
    w._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject([w._add_object(field)])}
    )


def _xfa(w: PdfWriter) -> None:
    w._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {
            NameObject("/Fields"): ArrayObject(),
            NameObject("/XFA"): TextStringObject("<xdp:xdp/>"),
        }
    )


PLACES = [
    _catalogue_aa,
    _page_aa,
    _names_js,
    _embedded_exe,
    _open_action,
    _annotation_aa,
    _chained_action,
    _file_attachment_annotation,
    _outline_js,
    _form_field_aa,
    _xfa,
]


@pytest.mark.parametrize("place", PLACES, ids=lambda f: f.__name__.strip("_"))
def test_active_content_is_refused(place: Callable[[PdfWriter], None]) -> None:
    data = _pdf(place)
    scan = scan_attachment("flyer.pdf", data)
    assert scan.kind == "pdf"
    assert any(p.message_id == "attachment-type.active" for p in scan.problems), scan
    draft = Draft(f"Order {OID}", "Here is the invoice.", (AttachmentInput("flyer.pdf", data),))
    report = check(draft, Context(buyer_initiated=True))
    assert not report.sendable
    finding = next(f for f in report.findings if f.rule == "attachment-type")
    assert "flyer.pdf" in finding.message and "cannot be sent" in finding.message


def test_a_plain_pdf_with_an_amazon_link_is_still_sendable() -> None:
    def link(w: PdfWriter) -> None:
        w.add_annotation(0, Link(rect=(10, 10, 100, 30), url="https://www.amazon.com/"))
        w.add_outline_item(title="Start", page_number=0)

    data = _pdf(link)
    assert scan_attachment("ok.pdf", data).problems == ()
    draft = Draft(f"Order {OID}", "Here is the invoice.", (AttachmentInput("ok.pdf", data),))
    assert check(draft, Context(buyer_initiated=True)).sendable
