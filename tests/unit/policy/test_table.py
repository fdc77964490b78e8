"""The labelled draft table (cases.py) against the real rule set."""

from __future__ import annotations

import pytest

from inbox_app.policy import Context, Draft, check
from tests.helpers.policy_cases import CASES, MARKET, Case


def test_table_is_big_and_covers_six_languages() -> None:
    assert len(CASES) >= 150
    assert {c.lang for c in CASES} >= {"en", "it", "de", "fr", "es", "ja"}
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(case: Case) -> None:
    ctx = Context(marketplace=MARKET[case.lang], **case.context)
    report = check(Draft(case.subject, case.body), ctx)
    fired = report.rules()
    detail = [(f.rule, f.trigger, f.field, f.start, f.end) for f in report.findings]
    assert case.present <= fired, f"missing {sorted(case.present - fired)}; got {detail}"
    assert not (case.absent & fired), f"unexpected {sorted(case.absent & fired)}; got {detail}"
    for f in report.findings:
        text = case.subject if f.field == "subject" else case.body
        assert 0 <= f.start <= f.end <= len(text)
