"""Collects findings: severity from the rule data, message from the template, stable order."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from typing import cast

from inbox_app.policy.messages import render_message
from inbox_app.policy.ruleset import Ruleset
from inbox_app.policy.types import FIELD_RANK, SEVERITY_RANK, FieldName, Finding, Severity

# Findings of one rule in one field beyond this many are merged into the last one, so
# hostile input (a megabyte of emoji, thousands of links) gives a bounded report.
MAX_SPANS_PER_RULE = 20


def coalesce(
    spans: Iterable[tuple[int, int]], cap: int = MAX_SPANS_PER_RULE
) -> Iterator[tuple[int, int]]:
    """The first `cap` spans as they are, then one span from the next to the last end."""
    it = iter(spans)
    for _ in range(cap):
        nxt = next(it, None)
        if nxt is None:
            return
        yield nxt
    rest = next(it, None)
    if rest is None:
        return
    start, end = rest
    for _, e in it:
        end = e
    yield start, end


class FindingsBuilder:
    """Collects findings; at most MAX_SPANS_PER_RULE (+1 merged) per rule and field."""

    def __init__(self, ruleset: Ruleset) -> None:
        self._rs = ruleset
        self._items: list[Finding] = []
        self._seen: set[tuple[str, str, int, int, str | None, str]] = set()
        self._count: dict[tuple[str, str], int] = {}
        self._last: dict[tuple[str, str], int] = {}
        self._overflow: dict[tuple[str, str], int] = {}

    def add(
        self,
        rule: str,
        field: FieldName,
        start: int,
        end: int,
        *,
        variant: str | None = None,
        trigger: str = "",
        attachment: str | None = None,
        **params: str,
    ) -> None:
        # one finding per rule and span: two patterns of a rule that both match "20% off"
        # are one problem for the seller, not the same sentence twice
        key = (rule, field, start, end, attachment, variant or rule)
        if key in self._seen:
            return
        per_rule = (rule, field)
        count = self._count.get(per_rule, 0)
        if count > MAX_SPANS_PER_RULE and attachment is None:
            self._overflow[per_rule] = max(end, self._overflow.get(per_rule, end))
            return
        self._count[per_rule] = count + 1
        self._seen.add(key)
        self._last[per_rule] = len(self._items)
        message_id = variant or rule
        full = {"trigger": trigger, **params}
        if attachment is not None:
            full.setdefault("name", attachment)
        self._items.append(
            Finding(
                rule=rule,
                severity=cast(Severity, self._rs.severity[rule]),
                message=render_message(self._rs, message_id, full),
                field=field,
                start=start,
                end=end,
                attachment=attachment,
                trigger=trigger,
                message_id=message_id,
                params=tuple(sorted(full.items())),
            )
        )

    def has(self, rule: str) -> bool:
        return any(f.rule == rule for f in self._items)

    def sorted(self) -> tuple[Finding, ...]:
        items = list(self._items)
        for per_rule, end in self._overflow.items():
            i = self._last[per_rule]
            if end > items[i].end:
                items[i] = dataclasses.replace(items[i], end=end)
        return tuple(
            sorted(
                items,
                key=lambda f: (
                    FIELD_RANK[f.field],
                    f.attachment or "",
                    f.start,
                    f.end,
                    SEVERITY_RANK[f.severity],
                    f.rule,
                ),
            )
        )
