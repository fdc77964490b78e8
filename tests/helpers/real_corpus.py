"""The public corpus of real messages (tests/data/policy/real/): loading and per-rule scores.

Each record says which content rules of POLICY.md its text breaks; check() is run in
the context the text was written for (`proactive`: the seller starts the thread,
`reply`: an answer on the buyer's own thread) and its content findings are compared
with the labels. The split (tune / heldout) is written in the data, fixed once by a
hash of the id: tune on `tune` only, and read `heldout` as the honest number.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from inbox_app.policy import Context, Draft, check
from inbox_app.policy.ruleset import RULE_IDS

DATA = Path(__file__).resolve().parents[1] / "data" / "policy" / "real"
MARKET = {"en": "US", "de": "DE", "fr": "FR", "it": "IT", "es": "ES", "ja": "JP"}
# The rules decided by the words of a message (the rule book's content rules up to
# html-content); order-dependent ones (repeat request, order id, window) are not scored.
_WORD_RULES = RULE_IDS[: RULE_IDS.index("html-content") + 1]
SCORED = tuple(r for r in _WORD_RULES if r != "repeat-review-request")


@dataclass(frozen=True)
class Record:
    id: str
    language: str
    kind: str
    text: str
    labels: frozenset[str]
    split: str
    source_url: str


def load(split: str | None = None) -> list[Record]:
    records = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            raw = json.loads(line)
            records.append(
                Record(
                    raw["id"],
                    raw["language"],
                    raw["kind"],
                    raw["text"],
                    frozenset(raw["labels"]),
                    raw["split"],
                    raw["source_url"],
                )
            )
    return [r for r in records if split is None or r.split == split]


# How alike two texts may be (difflib ratio) before one counts as a copy of the other.
NEAR_COPY = 0.9


def near_heldout(text: str, held: Sequence[str], threshold: float = NEAR_COPY) -> bool:
    """Whether `text` is a near copy of one of the held-out texts `held`: only yes or no, so
    a text can be checked before it joins the tuning split without reading the held-out ones."""
    for other in held:
        matcher = difflib.SequenceMatcher(None, text, other, autojunk=False)
        if (
            matcher.real_quick_ratio() >= threshold
            and matcher.quick_ratio() >= threshold
            and matcher.ratio() >= threshold
        ):
            return True
    return False


def predict(record: Record) -> frozenset[str]:
    ctx = Context(
        buyer_initiated=record.kind == "reply",
        marketplace=MARKET.get(record.language, "US"),
    )
    report = check(Draft("", record.text), ctx)
    return frozenset(report.rules()) & frozenset(SCORED)


@dataclass
class RuleScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Score:
    messages: int = 0
    exact: int = 0
    rules: dict[str, RuleScore] = field(default_factory=lambda: {r: RuleScore() for r in SCORED})
    wrong: list[tuple[str, list[str], list[str]]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        """Share of messages whose content findings are exactly their labels."""
        return self.exact / self.messages if self.messages else 1.0

    def table(self, title: str) -> list[str]:
        lines = [
            f"{title}: {self.exact}/{self.messages} messages exactly right = {self.accuracy:.1%}",
            f"  {'rule':<22} {'support':>7} {'precision':>9} {'recall':>7}",
        ]
        for rule, s in self.rules.items():
            if s.tp + s.fn + s.fp == 0:
                continue
            lines.append(f"  {rule:<22} {s.tp + s.fn:>7} {s.precision:>9.1%} {s.recall:>7.1%}")
        return lines


def score(records: Iterable[Record]) -> Score:
    out = Score()
    for record in records:
        got = predict(record)
        out.messages += 1
        if got == record.labels:
            out.exact += 1
        else:
            out.wrong.append((record.id, sorted(record.labels - got), sorted(got - record.labels)))
        for rule in SCORED:
            s = out.rules[rule]
            if rule in got and rule in record.labels:
                s.tp += 1
            elif rule in got:
                s.fp += 1
            elif rule in record.labels:
                s.fn += 1
    return out


def report_lines(splits: Sequence[str] = ("tune", "heldout")) -> list[str]:
    lines: list[str] = []
    for split in splits:
        lines += score(load(split)).table(f"real corpus, {split} split")
    return lines
