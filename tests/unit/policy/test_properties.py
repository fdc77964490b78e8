"""Property tests: the checker never raises, spans lie inside fields, output is stable."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from inbox_app.policy import AttachmentInput, Context, Draft, check, scan_attachment
from tests.helpers import policy_builders as b

FRAGMENTS = [
    "https://",
    "http://",
    "www.",
    ".com",
    " [dot] ",
    "(at)",
    " at ",
    " dot ",
    "@",
    "．",
    "。",
    "amazon.com",
    "amazon.com.evil.example",
    "111-1234567-1234567",
    "+49 30 1234567",
    "$12.99",
    "12,99 €",
    "2024-05-01",
    "😀",
    "👨‍👩‍👧",
    "\ufe0f",
    "\u200d",
    "<b>",
    "&amp;",
    "\n\n\n",
    "\r\n",
    "[Important]",
    "[Wichtig]",
    "leave a review",
    "gift card",
    "5-star",
    "unsubscribe",
    "割引",
    "レビューをお願い",
    "ß",
    "İ",
    "ﬁ",
    "\u0301",
    "\u2028",
    "\x00",
    ":)",
    "shop",
    "example",
    "co.uk",
]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=25).map(
    "".join
)
contexts = st.builds(
    Context,
    buyer_initiated=st.booleans(),
    opted_out=st.booleans(),
    order_type=st.sampled_from(["standard", "handmade", "custom", "wine", "", "WINE", "odd"]),
    marketplace=st.sampled_from(["US", "DE", "JP", "IT", "FR", "ES", "UK", "xx", ""]),
    buyer_language=st.one_of(st.none(), st.sampled_from(["en", "de-DE", "ja", "it", "", "zz"])),
    delivered_days_ago=st.one_of(st.none(), st.integers(-5, 400)),
    review_already_requested=st.booleans(),
    order_id=st.one_of(st.none(), st.just("111-1234567-1234567"), st.text(max_size=20)),
)


@settings(max_examples=300, deadline=None)
@given(subject=texts, body=texts, context=contexts)
def test_check_never_raises_and_spans_lie_inside_their_field(
    subject: str, body: str, context: Context
) -> None:
    report = check(Draft(subject, body), context)
    for f in report.findings:
        assert f.field in ("subject", "body")
        text = subject if f.field == "subject" else body
        assert 0 <= f.start <= f.end <= len(text)
        assert f.severity in ("block", "warn", "info")
        assert f.message
    assert report.sendable == (not any(f.severity == "block" for f in report.findings))
    assert check(Draft(subject, body), context) == report  # deterministic


@settings(max_examples=200, deadline=None)
@given(subject=st.text(), body=st.text())
def test_check_never_raises_on_any_unicode(subject: str, body: str) -> None:
    report = check(Draft(subject, body), Context())
    for f in report.findings:
        text = subject if f.field == "subject" else body
        assert 0 <= f.start <= f.end <= len(text)


prefixes = st.sampled_from(
    [
        b"",
        b"%PDF-1.4\n",
        b"PK\x03\x04",
        b"GIF89a",
        b"\x89PNG\r\n\x1a\n",
        b"\xff\xd8\xff",
        b"MZ",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    ]
)


@settings(max_examples=200, deadline=None)
@given(prefix=prefixes, rest=st.binary(max_size=400), name=st.text(max_size=20))
def test_scan_attachment_never_raises(prefix: bytes, rest: bytes, name: str) -> None:
    data = prefix + rest
    scan = scan_attachment(name, data)
    assert scan.size == len(data)
    assert scan == scan_attachment(name, data)
    report = check(Draft("s", "b", (AttachmentInput(name, data),)), Context(buyer_initiated=True))
    for f in report.findings:
        if f.field == "attachment":
            assert f.start == f.end == 0


_SEEDS = {
    "pdf": b.pdf(link="https://myshop.example/"),
    "docx": b.docx(rels=b.hyperlink_rel("https://myshop.example/")),
    "gif": b.gif(2),
    "png": b.png(),
    "doc": b.cfb("WordDocument"),
}


@settings(max_examples=150, deadline=None)
@given(
    kind=st.sampled_from(sorted(_SEEDS)),
    flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8),
    cut=st.one_of(st.none(), st.integers(0, 10**6)),
)
def test_scan_survives_damaged_real_files(
    kind: str, flips: list[tuple[int, int]], cut: int | None
) -> None:
    data = bytearray(_SEEDS[kind])
    for pos, value in flips:
        data[pos % len(data)] = value
    damaged = bytes(data[: cut % (len(data) + 1)] if cut is not None else data)
    scan = scan_attachment(f"file.{kind}", damaged)
    assert scan.size == len(damaged)
    assert all(p.rule.startswith(("attachment-", "animated-gif")) for p in scan.problems)
