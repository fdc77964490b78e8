"""The parser wrapper never raises: real-world corpora, fuzz crashes and generated extremes."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inbox_app.mail.parse import MAX_HEADER, ParsedMail, parse_message

# Real-world MIME written by others (copied from shared/corpora with their licences).
CORPORA = Path(__file__).resolve().parents[2] / "data" / "mail-corpora"
SKIP_NAMES = {"SOURCE.txt", "INDEX.txt", "COPYING"}


def _corpus_files() -> list[Path]:
    files = [
        p
        for p in sorted(CORPORA.rglob("*"))
        if p.is_file() and p.name not in SKIP_NAMES and not p.name.startswith("LICENSE")
    ]
    return files


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def _assert_displayable(mail: ParsedMail) -> None:
    for text in (mail.subject, mail.from_name, mail.from_addr, mail.text):
        assert not any("\ud800" <= ch <= "\udfff" for ch in text)
        assert "\x00" not in text
    assert "\n" not in mail.subject and "\r" not in mail.subject
    assert len(mail.subject) <= MAX_HEADER


def test_corpora_are_present() -> None:
    names = {p.parent.name for p in _corpus_files()}
    assert {"cpython-test-email", "cpython311-email-fuzz-crashes"} <= names
    assert len(_corpus_files()) > 150


@pytest.mark.parametrize("path", _corpus_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_message_parses(path: Path) -> None:
    mail = parse_message(_read(path))
    _assert_displayable(mail)


def test_fuzz_crashes_each_degrade_with_a_record() -> None:
    folder = CORPORA / "cpython311-email-fuzz-crashes"
    files = sorted(folder.glob("*.eml"))
    assert len(files) == 11
    for path in files:
        mail = parse_message(path.read_bytes())
        _assert_displayable(mail)
    # the one that defeats both policies still yields its subject and text
    bad = parse_message((folder / "ValueError_contentmanager_67.eml").read_bytes())
    assert bad.from_addr == "a@marketplace.amazon.com"


def test_known_corpus_results() -> None:
    dingus = parse_message(_read(CORPORA / "cpython-test-email" / "msg_07.txt"))
    assert dingus.subject == "Here is your dingus fish"
    assert len(dingus.attachments) == 1 and dingus.attachments[0].data[:4] == b"GIF8"
    torture = parse_message(_read(CORPORA / "flanker-messages" / "torture.eml.gz"))
    assert torture.subject == "Multi-media mail demonstration"
    assert len(torture.attachments) > 10
    # no start boundary (CPython msg_17): the raw text is shown, never an empty message
    broken = parse_message(_read(CORPORA / "cpython-test-email" / "msg_17.txt"))
    assert broken.text.strip() and broken.problem


def test_endless_nesting_is_capped() -> None:
    mail = parse_message(_read(CORPORA / "flanker-messages" / "enclosed-endless.eml.gz"))
    assert mail.subject == "Wow"
    assert mail.problem and "nested too deeply" in mail.problem


def test_generated_nesting_depth_1000() -> None:
    head = b"From: a@b.test\r\nSubject: deep\r\nContent-Type: message/rfc822\r\n\r\n"
    raw = head * 1000 + b"From: c@d.test\r\nSubject: inner\r\n\r\nhello\r\n"
    mail = parse_message(raw)
    assert mail.subject == "deep"
    assert mail.problem is not None and "nested too deeply" in mail.problem
    multi = b"".join(
        b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i)
        for i in range(1000)
    )
    mail = parse_message(b"Subject: multi\r\n" + multi + b"\r\nend\r\n")
    assert mail.subject == "multi"
    assert mail.problem is not None


def test_210kb_subject_is_capped() -> None:
    words = " ".join(["=?utf-8?q?Die_hei=C3=9Fe_Sonne?="] * 7000)
    raw = f"From: x@y.test\r\nSubject: {words}\r\n\r\nbody\r\n".encode()
    assert len(raw) > 200_000
    mail = parse_message(raw)
    assert mail.subject.startswith("Die heiße Sonne")
    assert len(mail.subject) <= MAX_HEADER
    assert mail.text.strip() == "body"


def test_group_flood_to_header_is_cheap() -> None:
    raw = b"From: a@b.test\r\nTo: " + b"g:;" * 50_000 + b"\r\nSubject: s\r\n\r\nx\r\n"
    mail = parse_message(raw)
    assert mail.subject == "s"


def test_8bit_headers_are_readable() -> None:
    raw = "From: Jürgen Müller <j@x.test>\r\nSubject: Grüße\r\n\r\nHallo\r\n".encode()
    mail = parse_message(raw)
    assert mail.from_name == "Jürgen Müller"
    assert mail.subject == "Grüße"
    latin = "From: Jürgen <j@x.test>\r\nSubject: Grüße\r\n\r\nHallo\r\n".encode("latin-1")
    mail = parse_message(latin)
    assert mail.from_name == "Jürgen" and mail.subject == "Grüße"


def test_bogus_charsets_fall_back() -> None:
    for charset in ("x-unknown", "utf8mb4", "utf-7"):
        raw = (
            f"Subject: =?{charset}?q?caf=E9?=\r\n"
            f"Content-Type: text/plain; charset={charset}\r\n\r\n"
        ).encode() + "café +ZeVnLIqe-\r\n".encode("cp1252")
        mail = parse_message(raw)
        _assert_displayable(mail)
        assert "caf" in mail.text


def test_dates() -> None:
    ok = parse_message(b"Date: Mon, 20 Nov 2026 10:00:00 +0100\r\n\r\nx")
    assert ok.date is not None and ok.date.hour == 9 and ok.date.utcoffset() is not None
    for bad in (b"garbage", b"Mon, 20 Nov 2099 10:00:00 +0000", b""):
        assert parse_message(b"Date: " + bad + b"\r\n\r\nx").date is None


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_never_raise(data: bytes) -> None:
    _assert_displayable(parse_message(data))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                b"From: ",
                b"To: ",
                b"Subject: ",
                b"Content-Type: multipart/mixed; boundary=",
                b"--",
                b"=?utf-8?q?",
                b"=?utf-7?b?",
                b"?=",
                b"\r\n",
                b"\r\n\r\n",
                b'"',
                b"<",
                b">",
                b":",
                b";",
                b"@",
                b"\xff",
                b"\xc3\xbc",
                b"g:;",
                b"Content-Transfer-Encoding: base64\r\n",
                b"Content-Disposition: attachment; filename*=utf-8''..%2F..%2Fx",
                b"a",
                b"\x00",
            ]
        ),
        max_size=60,
    )
)
def test_header_soup_never_raises(chunks: list[bytes]) -> None:
    _assert_displayable(parse_message(b"".join(chunks)))
