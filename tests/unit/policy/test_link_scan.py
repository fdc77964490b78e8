"""Where candidates are (policy/link_scan.py): the bare-domain scan finds what DOMAIN.finditer
finds (where a top-level domain can end one), plain addresses are found in linear time, claimed spans do not overlap."""

from __future__ import annotations

import random

from inbox_app.policy import Context, Draft, check
from inbox_app.policy.link_patterns import DOMAIN, DOT_LETTER
from inbox_app.policy.link_scan import Taken, domains, plain_emails, trim

REPLY = Context(buyer_initiated=True)
_PIECES = [
    "shop",
    ".",
    "。",
    "com",
    " ",
    "-",
    "www",
    "a",
    "@",
    "/x",
    "é",
    "ü",
    "1",
    "-a.",
    "\u3002b",
]


def test_the_domain_scan_finds_what_the_full_regex_finds() -> None:
    rng = random.Random(11)
    for _ in range(3_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 24)))
        fast = [(m.start(), m.end()) for m in domains(text)]
        # Without a dot before a letter no match can end in a top-level domain: none.
        full = DOMAIN.finditer(text) if DOT_LETTER.search(text) else ()
        assert fast == [(m.start(), m.end()) for m in full], text


def test_a_run_longer_than_a_host_falls_back_to_the_full_scan() -> None:
    text = "x" * 300 + ".com and shop.it"
    assert [m.group() for m in domains(text)] == [m.group() for m in DOMAIN.finditer(text)]


def test_plain_addresses_and_their_spans() -> None:
    folded = "write to anna.rossi@shop.it, or @nobody, or bob_1@mail.example."
    spans = plain_emails(folded)
    assert [folded[s:e] for s, e in spans] == ["anna.rossi@shop.it", "bob_1@mail.example"]


def test_trim_drops_the_sentence_end() -> None:
    assert trim(4, "shop.it).") == (4, 11)


def test_taken_spans_overlap_only_where_they_meet() -> None:
    taken = Taken()
    taken.add(10, 20)
    taken.add(30, 40)
    assert taken.overlaps(15, 16) and taken.overlaps(5, 11) and taken.overlaps(39, 50)
    assert not taken.overlaps(20, 30) and not taken.overlaps(0, 10)


def test_long_word_before_an_at_sign_is_no_address_and_no_hang() -> None:
    # Quadratic before: 23.7 s at 50,000 characters. The bench measures the time;
    # here the result: no e-mail address, nothing but the length warning.
    report = check(Draft("", "a" * 50_000 + "@a."), REPLY)
    assert report.rules() == {"message-too-long"}


def test_address_after_a_long_word_keeps_its_own_span() -> None:
    body = "x" * 10_000 + " write to anna.rossi@shop.it please"
    report = check(Draft("", body), REPLY)
    (email,) = [f for f in report.findings if f.rule == "email-address"]
    assert body[email.start : email.end] == "anna.rossi@shop.it"
