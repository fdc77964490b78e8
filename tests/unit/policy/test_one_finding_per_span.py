"""One problem, one finding: two patterns of the same rule that match the same words
("20% off" is both a percentage and a discount phrase) give the seller one sentence,
not the same sentence twice in the findings list."""

from __future__ import annotations

from inbox_app.policy import Context, Draft, check


def test_two_patterns_on_the_same_words_are_one_finding() -> None:
    body = "Visit us for 20% off your next order 123-1234567-1234567."
    report = check(Draft(subject="Re: your order", body=body), Context(buyer_initiated=True))
    marketing = [f for f in report.findings if f.rule == "marketing"]
    assert len(marketing) == 1
    assert body[marketing[0].start : marketing[0].end] == "20% off"


def test_the_same_rule_on_other_words_is_still_found_each_time() -> None:
    body = "Get 20% off today, and 30% off on your next order 123-1234567-1234567."
    report = check(Draft(subject="Re: your order", body=body), Context(buyer_initiated=True))
    spans = {body[f.start : f.end] for f in report.findings if f.rule == "marketing"}
    assert {"20% off", "30% off"} <= spans
