"""Collects findings: severity from the rule data, message from the template, stable order."""

from __future__ import annotations

from typing import cast

from inbox_app.policy.messages import render_message
from inbox_app.policy.ruleset import Ruleset
from inbox_app.policy.types import FIELD_RANK, SEVERITY_RANK, FieldName, Finding, Severity


class FindingsBuilder:
    def __init__(self, ruleset: Ruleset) -> None:
        self._rs = ruleset
        self._items: list[Finding] = []
        self._seen: set[tuple[str, str, int, int, str | None, str]] = set()

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
        key = (rule, field, start, end, attachment, trigger)
        if key in self._seen:
            return
        self._seen.add(key)
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
        return tuple(
            sorted(
                self._items,
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
