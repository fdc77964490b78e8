"""The check as the compose pane runs it while the seller types, and as sending runs it:
never long.

check() is linear in the text, but a pasted book would still take tens of
milliseconds on the GUI thread. The live check therefore reads at most
LIVE_CHECK_CHARS of the body (cut at a blank so a word is not split) and says so
with an info finding; the length rule still sees the whole body. Sending
(check_bounded) reads the whole of any message up to SEND_CHECK_CHARS; a longer one
is neither read past that nor sent: a blocking finding says so, so nothing unchecked
escapes and 1 MB of emoji costs what 10,000 characters do.
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
# The most a message may hold to be checked and sent: the compose pane's paste limit
# ("a message holds at most 10,000"), five times the longest body Amazon accepts.
SEND_CHECK_CHARS = LIVE_CHECK_CHARS


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
    that says how much was read when that is not everything; a draft too long to be sent
    gets the send check's answer (check_bounded)."""
    rs = ruleset or load_ruleset()
    subject, body = draft.subject or "", draft.body or ""
    if len(body) > SEND_CHECK_CHARS or len(subject) > SEND_CHECK_CHARS:
        # too long to be sent at all: the pane says what Send would, not "checked later"
        return check_bounded(draft, context, scans=scans, scan_missing=scan_missing, ruleset=rs)
    if len(body) <= limit and len(subject) <= limit:
        return check(draft, context, ruleset=rs, scans=scans, scan_missing=scan_missing)
    cut = _cut(body, limit)
    part = dataclasses.replace(draft, subject=subject[: _cut(subject, limit)], body=body[:cut])
    report = check(part, context, ruleset=rs, scans=scans, scan_missing=scan_missing)
    extra = FindingsBuilder(rs)
    _add_whole_length(extra, body, rs)
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
    return _merged(report, extra)


def _cut(text: str, limit: int) -> int:
    if len(text) <= limit:
        return len(text)
    blank = max(
        text.rfind(" ", limit - _LOOK_BACK, limit), text.rfind("\n", limit - _LOOK_BACK, limit)
    )
    return blank if blank > 0 else limit


def check_bounded(
    draft: Draft,
    context: Context,
    *,
    scans: Mapping[str, AttachmentScan] | None = None,
    scan_missing: bool = True,
    limit: int = SEND_CHECK_CHARS,
    ruleset: Ruleset | None = None,
) -> Report:
    """check() as sending runs it: everything of a message up to `limit` characters; a
    longer subject or body is checked only up to `limit` (its findings still shown) and
    blocked by `message-unchecked`, which says why."""
    rs = ruleset or load_ruleset()
    subject, body = draft.subject or "", draft.body or ""
    if len(body) <= limit and len(subject) <= limit:
        return check(draft, context, ruleset=rs, scans=scans, scan_missing=scan_missing)
    part = dataclasses.replace(draft, subject=subject[:limit], body=body[:limit])
    report = check(part, context, ruleset=rs, scans=scans, scan_missing=scan_missing)
    extra = FindingsBuilder(rs)
    for field, text in (("subject", subject), ("body", body)):
        if len(text) > limit:
            extra.add(
                "message-unchecked",
                "subject" if field == "subject" else "body",
                limit,
                len(text),
                trigger=f"{len(text)} characters",
                length=str(len(text)),
                limit=str(limit),
            )
    _add_whole_length(extra, body, rs)
    return _merged(report, extra)


def _add_whole_length(extra: FindingsBuilder, body: str, rs: Ruleset) -> None:
    """The length finding of the whole body (the report of a part cannot know it)."""
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


def _merged(report: Report, extra: FindingsBuilder) -> Report:
    """The report of a part with its own length finding replaced by `extra`'s findings."""
    kept = tuple(f for f in report.findings if f.rule != "message-too-long")
    return dataclasses.replace(report, findings=kept + extra.sorted())
