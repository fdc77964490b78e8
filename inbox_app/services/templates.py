"""Saved replies: templates with {placeholders}, policy-checked when saved, and a starter set."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

from sqlalchemy import select
from sqlalchemy.orm import Session

from inbox_app.policy.types import Context, Draft, Finding
from inbox_app.services.policy_checks import run_check
from inbox_app.store.schema import Template, utcnow

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
PLACEHOLDERS = ("buyer_name", "order_id", "product", "delivery_date", "seller_name", "marketplace")
# Values used to check a template before it is saved: realistic, and rule-neutral.
SAMPLE_VALUES: Mapping[str, str] = {
    "buyer_name": "Alex",
    "order_id": "123-4567890-1234567",
    "product": "Ceramic mug",
    "delivery_date": "2026-11-20",
    "seller_name": "Seller",
    "marketplace": "Amazon",
    "signature": "Kind regards, Seller",
}
# The marketplace a template in each language is checked against.
LANGUAGE_MARKETPLACE: Mapping[str, str] = {
    "en": "US",
    "de": "DE",
    "fr": "FR",
    "it": "IT",
    "es": "ES",
    "ja": "JP",
    "nl": "NL",
    "pl": "PL",
    "sv": "SE",
    "tr": "TR",
    "pt": "BR",
}


@dataclass(frozen=True, slots=True)
class TemplateRow:
    id: int
    name: str
    language: str
    subject: str
    body: str


class TemplateNameTakenError(ValueError):
    """Another saved reply in the same language has this name (a user-facing sentence)."""


@dataclass(frozen=True, slots=True)
class SaveResult:
    """`template_id` is None when the template was refused; `findings` say why."""

    template_id: int | None
    findings: tuple[Finding, ...]

    @property
    def saved(self) -> bool:
        return self.template_id is not None


def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace known {placeholders}; unknown or empty ones stay visible for the seller."""

    def sub(m: re.Match[str]) -> str:
        value = values.get(m.group(1))
        return value if value else m.group(0)

    return PLACEHOLDER.sub(sub, text)


def to_placeholders(text: str, values: Mapping[str, str]) -> str:
    """The reverse of fill(): a thread's own values (buyer, order id...) become placeholders
    again, longest first, so a reply written for one buyer can serve the next."""
    pairs = sorted(
        ((v, k) for k, v in values.items() if k in PLACEHOLDERS and len(v.strip()) >= 3),
        key=lambda p: len(p[0]),
        reverse=True,
    )
    for value, key in pairs:
        text = text.replace(value, "{" + key + "}")
    return text


def fill_template(template: TemplateRow, values: Mapping[str, str]) -> tuple[str, str]:
    """(subject, body) of the template, filled from the thread's order."""
    return fill(template.subject, values), fill(template.body, values)


def check_template(
    subject: str, body: str, language: str, *, buyer_initiated: bool = True
) -> tuple[Finding, ...]:
    """The findings of a template filled with sample values, in its language's marketplace."""
    ctx = Context(
        buyer_initiated=buyer_initiated,
        marketplace=LANGUAGE_MARKETPLACE.get(language, "US"),
        buyer_language=language,
        delivered_days_ago=2,
        order_id=SAMPLE_VALUES["order_id"],
    )
    draft = Draft(fill(subject, SAMPLE_VALUES), fill(body, SAMPLE_VALUES))
    return run_check(draft, ctx).findings


def list_templates(
    session: Session, *, language: str | None = None, query: str = ""
) -> list[TemplateRow]:
    """Templates, the given language first, filtered by a substring of name or text."""
    rows = [
        TemplateRow(t.id, t.name, t.language, t.subject, t.body)
        for t in session.scalars(select(Template).order_by(Template.name, Template.language))
    ]
    needle = query.casefold().strip()
    if needle:
        rows = [
            r
            for r in rows
            if needle in r.name.casefold()
            or needle in r.body.casefold()
            or needle in r.subject.casefold()
        ]
    if language:
        rows.sort(key=lambda r: r.language != language)
    return rows


def vet_template(name: str, language: str, subject: str, body: str) -> tuple[Finding, ...]:
    """The findings of a template about to be saved (ValueError without a name). It runs
    the checker: the compose façade calls it before opening the write transaction."""
    if not name.strip():
        raise ValueError("a template needs a name")
    return check_template(subject, body, language)


def save_template(
    session: Session,
    name: str,
    language: str,
    subject: str,
    body: str,
    *,
    template_id: int | None = None,
    findings: tuple[Finding, ...] | None = None,
) -> SaveResult:
    """Check (unless `findings` come from vet_template already), then create or update a
    template; a blocking finding refuses it and writes nothing."""
    if findings is None:
        findings = vet_template(name, language, subject, body)
    if any(f.severity == "block" for f in findings):
        return SaveResult(None, findings)
    name = name.strip()
    row = session.get(Template, template_id) if template_id is not None else None
    same_name = session.scalars(
        select(Template).where(Template.name == name, Template.language == language)
    ).first()
    if row is None:
        row = same_name
    elif same_name is not None and same_name.id != row.id:
        raise TemplateNameTakenError(f"A saved reply named “{name}” in {language} exists already.")
    if row is None:
        row = Template(name=name, language=language)
        session.add(row)
    row.name, row.language, row.subject, row.body = name, language, subject, body
    row.updated_at = utcnow()
    session.flush()
    return SaveResult(row.id, findings)


def delete_template(session: Session, template_id: int) -> bool:
    row = session.get(Template, template_id)
    if row is None:
        return False
    session.delete(row)
    return True


def starter_templates() -> list[dict[str, str]]:
    """The shipped starter set (name, language, subject, body)."""
    path = resources.files("inbox_app.resources") / "templates" / "starter.json"
    data: list[dict[str, str]] = json.loads(path.read_text("utf-8"))["templates"]
    return data


def seed_starter_templates(session: Session) -> int:
    """Add the starter templates the store does not have yet; returns how many were added."""
    added = 0
    known = {(n, lang) for n, lang in session.execute(select(Template.name, Template.language))}
    for t in starter_templates():
        if (t["name"], t["language"]) in known:
            continue
        session.add(
            Template(name=t["name"], language=t["language"], subject=t["subject"], body=t["body"])
        )
        added += 1
    return added
