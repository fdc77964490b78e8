"""The check as the compose pane runs it while the seller types: never long.

check() is linear in the text, but a pasted book would still take tens of
milliseconds on the GUI thread. The live check therefore reads at most
LIVE_CHECK_CHARS of the body (cut at a blank so a word is not split) and says so
with an info finding; the length rule still sees the whole body. Sending runs the
full check() on everything, so nothing escapes: the rest is only checked later.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from inbox_app.policy.engine import check
from inbox_app.policy.findings import FindingsBuilder
from inbox_app.policy.ruleset import Ruleset, load_ruleset
from inbox_app.policy.types import AttachmentScan, Context, Draft, Report

# Five times the longest body Amazon accepts; check() reads this much in a few ms.
LIVE_CHECK_CHARS = 10_000
_LOOK_BACK = 200  # how far before the limit a blank may end the checked part


def check_live(
    draft: Draft,
    context: Context,
    *,
    scans: Mapping[str, AttachmentScan] | None = None,
    scan_missing: bool = False,
    limit: int = LIVE_CHECK_CHARS,
    ruleset: Ruleset | None = None,
) -> Report:
    """check() on the first `limit` characters of subject and body, plus a finding
    that says how much was read when that is not everything."""
    rs = ruleset or load_ruleset()
    subject, body = draft.subject or "", draft.body or ""
    if len(body) <= limit and len(subject) <= limit:
        return check(draft, context, ruleset=rs, scans=scans, scan_missing=scan_missing)
    cut = _cut(body, limit)
    part = dataclasses.replace(draft, subject=subject[: _cut(subject, limit)], body=body[:cut])
    report = check(part, context, ruleset=rs, scans=scans, scan_missing=scan_missing)
    extra = FindingsBuilder(rs)
    if len(body) > rs.settings.message_max_chars:
        extra.add(
            "message-too-long",
            "body",
            rs.settings.message_max_chars,
            len(body),
            trigger=f"{len(body)} characters",
            length=str(len(body)),
            limit=str(rs.settings.message_max_chars),
        )
    if cut < len(body):
        extra.add(
            "live-check-partial",
            "body",
            cut,
            len(body),
            trigger=f"{cut} of {len(body)} characters",
            checked=str(cut),
            length=str(len(body)),
        )
    kept = tuple(f for f in report.findings if f.rule != "message-too-long")
    return dataclasses.replace(report, findings=kept + extra.sorted())


def _cut(text: str, limit: int) -> int:
    if len(text) <= limit:
        return len(text)
    blank = max(
        text.rfind(" ", limit - _LOOK_BACK, limit), text.rfind("\n", limit - _LOOK_BACK, limit)
    )
    return blank if blank > 0 else limit
