"""Attachment bytes built in the tests: PDFs, DOCX packages, images, zip bombs."""

from __future__ import annotations

import io
import struct
import zipfile

from PIL import Image
from pypdf import PdfWriter
from pypdf.annotations import Link

WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def pdf(link: str | None = None, encrypt: bool = False, pages: int = 1) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(200, 200)
    if link:
        writer.add_annotation(0, Link(rect=(10, 10, 100, 30), url=link))
    if encrypt:
        writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def hand_made_pdf() -> bytes:
    """A minimal PDF written by hand (no library), with a link annotation."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots [4 0 R] >>",
        b"<< /Type /Annot /Subtype /Link /Rect [0 0 50 50] "
        b"/A << /S /URI /URI (https://www.my-shop.example/deal) >> >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def docx(
    rels: str = "", main: str = WORD_MAIN, macro: bool = False, document_extra: str = ""
) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
            'package.relationships+xml"/><Override PartName="/word/document.xml" '
            f'ContentType="{main}"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        )
        z.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p>'
            f"{document_extra}</w:body></w:document>",
        )
        z.writestr(
            "word/_rels/document.xml.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            f'2006/relationships">{rels}</Relationships>',
        )
        if macro:
            z.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0" + b"\x00" * 200)
    return out.getvalue()


def hyperlink_rel(url: str) -> str:
    return f'<Relationship Id="rId9" Type="{HYPERLINK}" Target="{url}" TargetMode="External"/>'


def plain_zip(**members: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


def xlsx() -> bytes:
    return plain_zip(
        **{
            "[Content_Types].xml": b'<Types><Override PartName="/xl/workbook.xml" ContentType='
            b'"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
            "xl/workbook.xml": b"<workbook/>",
        }
    )


def declared_size_bomb() -> bytes:
    """A small docx whose central directory claims a 4 GiB-ish member (patched header)."""
    data = bytearray(docx())
    cd = data.rfind(b"PK\x01\x02")  # last central directory entry
    struct.pack_into("<I", data, cd + 24, 0xFFFF0000)  # uncompressed size
    return bytes(data)


def ratio_bomb(size: int = 24 * 1024 * 1024) -> bytes:
    """A docx with one member of zeros that expands ~1000 times."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", f'<Types><Override ContentType="{WORD_MAIN}"/></Types>')
        z.writestr("word/document.xml", b"\x00" * size)
    return out.getvalue()


def overlapping_zip() -> bytes:
    """Two central directory entries pointing at the same local header (zip-bomb trick)."""
    data = bytearray(plain_zip(a=b"x" * 100, b=b"y" * 100))
    first = data.find(b"PK\x01\x02")
    second = data.find(b"PK\x01\x02", first + 4)
    offset_a = struct.unpack_from("<I", data, first + 42)[0]
    struct.pack_into("<I", data, second + 42, offset_a)
    return bytes(data)


def gif(frames: int) -> bytes:
    images = [Image.new("RGB", (16, 16), (i * 60 % 256, 0, 0)) for i in range(frames)]
    out = io.BytesIO()
    images[0].save(out, "GIF", save_all=frames > 1, append_images=images[1:], duration=100)
    return out.getvalue()


def png(width: int = 20, height: int = 20, mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, (width, height)).save(out, "PNG", optimize=True)
    return out.getvalue()


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 32), (10, 200, 30)).save(out, "JPEG")
    return out.getvalue()


ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 300
PE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 300


def cfb(stream_name: str = "WordDocument", payload: bytes = b"") -> bytes:
    """A minimal OLE2 compound file (what .doc and encrypted .docx are) with one stream."""
    endofchain, freesect, fatsect, nostream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    sectors = 8  # the stream's sectors, 4 KB: at the mini-stream cutoff, so in the FAT
    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, 1, 1, 0, 0x1000, endofchain, 0, endofchain, 0)
    struct.pack_into("<109I", header, 76, 0, *([freesect] * 108))
    fat = [fatsect, endofchain] + [3 + i for i in range(sectors - 1)] + [endofchain]
    fat_sector = struct.pack("<128I", *(fat + [freesect] * (128 - len(fat))))

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le") if name else b""
        raw[: len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 64, len(encoded), kind, 1)
        struct.pack_into("<III", raw, 68, nostream, nostream, child)
        struct.pack_into("<IQ", raw, 116, start, size)
        return bytes(raw)

    directory = entry("Root Entry", 5, 1, endofchain, 0) + entry(stream_name, 2, nostream, 2, 4096)
    directory += entry("", 0, nostream, 0, 0) * 2
    body = bytearray(512 * sectors)
    body[: len(payload)] = payload
    return bytes(header) + fat_sector + directory + bytes(body)
