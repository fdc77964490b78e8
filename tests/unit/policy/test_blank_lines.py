"""The blank-line run regex starts with a character class (so the regex engine skips from
break to break) and finds exactly the runs the atomic-group form finds."""

from __future__ import annotations

import random
import re

import pytest

from inbox_app.policy import Context, Draft, check
from inbox_app.policy.detectors import _LINE_BREAK, blank_lines_regex, line_breaks

PIECES = ["\r", "\n", "\r\n", "\n\r", " ", "\t", "x", "\u2028", "\u2029", "\x0b", "\x0c", "\x85"]


@pytest.mark.parametrize("limit", [1, 2, 3])
def test_random_breaks_and_blanks_give_the_runs_of_the_atomic_group_form(limit: int) -> None:
    atomic = re.compile(rf"{_LINE_BREAK}(?:[ \t]*{_LINE_BREAK}){{{limit},}}")
    fast = blank_lines_regex(limit)
    assert fast.pattern.startswith("[")  # a class first: the engine skips ahead in C
    rng = random.Random(limit)
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12)))
        runs = [m.span() for m in atomic.finditer(text)]
        assert [m.span() for m in fast.finditer(text)] == runs, repr(text)
        found += bool(runs)
    assert found > 1_000


def test_a_crlf_counts_as_one_break() -> None:
    body = "Hello,\r\n\r\n\r\nthe parcel left today."
    blank = [f for f in check(Draft("", body), Context(buyer_initiated=True)).findings]
    blank = [f for f in blank if f.rule == "blank-lines"]
    assert [(f.start, f.end) for f in blank] == [(6, 12)]
    assert line_breaks(body[6:12]) == 3
