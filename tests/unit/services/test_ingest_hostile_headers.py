"""Header caps apply before the stdlib parser sees the bytes: a 1 MB Content-Type with
100,000 parameters cost 2 min 40 s and 640 MB; capped, it costs what 4 KB costs."""

from __future__ import annotations

import tracemalloc

from sqlalchemy import select

from inbox_app.mail.header_caps import MAX_MIME_HEADER, cap_headers
from inbox_app.mail.parse import MAX_TEXT, parse_message
from inbox_app.services.ingest import ingest_raw
from inbox_app.store.migrate import Store
from inbox_app.store.schema import Message
from tests.helpers import mailgen


def _bomb(n: int) -> bytes:
    params = "".join(f";\r\n p{i}=v{i}" for i in range(n)).encode()
    return (
        b"From: a@example.test\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="B"' + params + b"\r\n\r\n"
        b"--B\r\nContent-Type: text/plain; charset=utf-8" + params + b"\r\n\r\nhello\r\n"
        b"--B\r\nContent-Type: text/plain\r\n"
        b"Content-Disposition: attachment; filename=notes.txt" + params + b"\r\n\r\nnotes\r\n"
        b"--B--\r\n"
    )


def test_the_stdlib_never_sees_an_oversized_header() -> None:
    capped, cut = cap_headers(_bomb(100_000))
    assert cut
    blocks = capped.split(b"\r\n\r\n")
    for block in blocks:
        for field in block.replace(b"\r\n ", b" ").split(b"\r\n"):
            if field.lower().startswith(b"content-"):
                assert len(field) <= MAX_MIME_HEADER + 2


def test_a_parameter_bomb_costs_little_memory_and_keeps_the_message() -> None:
    raw = _bomb(100_000)
    assert len(raw) > 3_000_000
    tracemalloc.start()
    try:
        mail = parse_message(raw)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 12 * len(raw)  # was ~600 bytes per input byte; now a few copies
    assert mail.text.strip() == "hello"
    assert [a.filename for a in mail.attachments] == ["notes.txt"]
    assert mail.problem is not None and "header" in mail.problem


def test_ordinary_mail_is_untouched() -> None:
    raw = (
        b"From: a@example.test\r\nSubject: a folded\r\n subject\r\n\r\n"
        b"Body: with a colon\r\n  and an indented line\r\n-- \r\nsig\r\n"
    )
    assert cap_headers(raw) == (raw, False)


def test_a_50_mb_body_is_imported_in_bounded_memory(store: Store) -> None:
    head = mailgen.relay_mail(text="x").split(b"\r\n\r\n", 1)[0]
    raw = head + b"\r\n\r\n" + b"word word word word word word word word word\r\n" * 1_100_000
    assert len(raw) > 50_000_000
    tracemalloc.start()
    try:
        with store.session() as s, s.begin():
            ingest_raw(s, store.blobs, raw)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 3 * len(raw)  # was ~14 bytes per input byte (700 MB)
    with store.session() as s:
        (text, problem) = s.execute(
            select(Message.body_text, Message.parse_problem).where(Message.direction == "in")
        ).one()
    assert 1_000_000 < len(text) <= MAX_TEXT
    assert "32 MB" in (problem or "")
