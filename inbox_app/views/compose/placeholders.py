"""Placeholders left in a draft (`{seller_name}`, any `{...}`): a finding that blocks
sending until they are filled, underlined where they stand."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from inbox_app.policy.types import FieldName, Finding

RULE = "unfilled-placeholder"
_PLACEHOLDER = re.compile(r"\{[^{}\n]{1,40}\}")
# filled from Settings › Your name and signature…
_FROM_SETTINGS = ("{seller_name}", "{signature}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComposePane", text)


def unfilled(subject: str, body: str) -> list[Finding]:
    """One blocking finding per placeholder still in the subject or the body."""
    out = []
    fields: tuple[tuple[FieldName, str], ...] = (("subject", subject), ("body", body))
    for field, text in fields:
        for m in _PLACEHOLDER.finditer(text):
            name = m.group()
            if name in _FROM_SETTINGS:
                message = _tr(
                    "Replace {placeholder} with your name, or set your name and signature "
                    "under Saved replies… › Your name and signature…"
                )
            else:
                message = _tr("Replace {placeholder}: the buyer would read it as it stands.")
            out.append(
                Finding(
                    rule=RULE,
                    severity="block",
                    message=message.replace("{placeholder}", name),
                    field=field,
                    start=m.start(),
                    end=m.end(),
                    trigger=name,
                    message_id=RULE,
                )
            )
    return out
