"""Hostile input: findings stay few, spans stay valid (the long-word e-mail trap: test_link_scan)."""

from __future__ import annotations

import re

import pytest

from inbox_app.policy import Context, Draft, check
from inbox_app.policy.findings import MAX_SPANS_PER_RULE, coalesce

REPLY = Context(buyer_initiated=True)
BOUND = MAX_SPANS_PER_RULE + 1  # the first spans as they are, then one merged span


def test_a_megabyte_of_emoji_is_one_finding_covering_it_all() -> None:
    body = "\U0001f600" * 262_144
    report = check(Draft("", body), REPLY)
    emoji = [f for f in report.findings if f.rule == "emoji"]
    assert len(emoji) == 1
    assert (emoji[0].start, emoji[0].end) == (0, len(body))
    # the message quotes the start of the run, not a megabyte (the findings list lays
    # its rows out on the GUI thread: 10,000 quoted emoji took 100 ms there)
    assert len(emoji[0].message) < 300 and len(emoji[0].trigger) <= 60
    assert emoji[0].trigger.startswith("\U0001f600")


@pytest.mark.parametrize(
    "body",
    [
        "\U0001f600 " * 30_000,
        "<b>x</b> " * 5_000,
        "see shop.com and " * 2_000,
        "write to a@shop.com " * 2_000,
        "Use the coupon now. " * 2_000,
        "ok :) " * 3_000,
        "see shop punkt de and " * 2_000,
    ],
    ids=["spaced-emoji", "html", "links", "emails", "phrases", "emoticons", "spelled-dots"],
)
def test_findings_of_one_rule_are_bounded_and_cover_the_last_offence(body: str) -> None:
    report = check(Draft("", body), REPLY)
    by_rule: dict[str, list[tuple[int, int]]] = {}
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(body)
        by_rule.setdefault(f.rule, []).append((f.start, f.end))
    content = {r: spans for r, spans in by_rule.items() if r != "message-too-long"}
    assert content, "the hostile text must still be flagged"
    for rule, spans in content.items():
        assert len(spans) <= BOUND, (rule, len(spans))
        # The merged span reaches the last offence, near the end of the text.
        assert max(e for _, e in spans) > len(body) - 40, rule


def test_many_short_non_ascii_runs_fold_as_one_text() -> None:
    from inbox_app.policy.normalize import fold

    spaced = "Çà \U0001f600 Ü " * 5_000  # 10,000 runs to fold: one translate(), same text
    assert fold(spaced) == "ca \U0001f600 u " * 5_000
    assert fold("Straße ÉTÉ") == "straße ete"


def test_the_blocks_fold_skips_really_fold_to_themselves() -> None:
    from inbox_app.policy.normalize import KEPT_RANGES, fold, fold_char

    for lo, hi in KEPT_RANGES:
        changed = [hex(c) for c in range(lo, hi + 1) if fold_char(chr(c)) != chr(c)]
        assert not changed, (hex(lo), changed[:5])
    # a kept run between characters that do fold
    assert fold("É\U0001f600\u4e00ガÄ") == "e\U0001f600\u4e00ガa"


def test_coalesce_keeps_the_first_spans_and_merges_the_rest() -> None:
    spans = [(i * 10, i * 10 + 2) for i in range(100)]
    merged = list(coalesce(spans, cap=3))
    assert merged == [(0, 2), (10, 12), (20, 22), (30, 992)]
    assert list(coalesce(spans[:2], cap=3)) == spans[:2]


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("", "Use the coupon \ud800 now, 10 € off, free gift"),
        ("\udcff", "お世話になっております。\udce9半額クーポン coupon"),
        ("Order \ud83d", "Thank you \udfff\n\n\nvisit shop.com for a coupon \ud800:)"),
    ],
    ids=["latin", "japanese", "subject"],
)
def test_a_lone_surrogate_is_read_as_a_sign(subject: str, body: str) -> None:
    # A mail part decoded with surrogateescape holds them; the automata read UTF-8, which
    # cannot encode one, and check() raised UnicodeEncodeError.
    report = check(Draft(subject, body), Context())
    assert {"marketing", "missing-order-id"} <= {f.rule for f in report.findings}
    # The same findings as with U+FFFD, another sign, where each surrogate stood.
    signs = [re.sub("[\ud800-\udfff]", "\ufffd", t) for t in (subject, body)]
    clean = check(Draft(*signs), Context())
    assert [(f.rule, f.start, f.end) for f in report.findings] == [
        (f.rule, f.start, f.end) for f in clean.findings
    ]
