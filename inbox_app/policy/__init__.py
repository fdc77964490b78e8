"""The embedded policy checker: Amazon's buyer-seller messaging rules as pure functions.

No Qt, no database, no network. The rule book is shared/POLICY.md; rules, phrase
lists, domains and limits are data under resources/policy/ (the package inbox_app.resources).

API (what the compose pane, the outbox and `inbox-app check` call):

    check(draft, context, *, ruleset=None, scans=None, scan_missing=True) -> Report
        Every finding for a Draft(subject, body, attachments) in a Context
        (buyer_initiated, opted_out, order_type, marketplace, buyer_language,
        delivered_days_ago, review_already_requested, order_id). Pure and
        deterministic; a 1,000-character draft without attachments takes well
        under a millisecond, so call it on every pause in typing.
        Report.findings: tuple[Finding(rule, severity, message, field, start,
        end, attachment, trigger, message_id, params)], sorted by field and
        position; Report.sendable is False when any finding is "block";
        Report.ruleset_version; Report.content_class ("critical" or
        "non-critical") and Report.content_trigger (the phrase that decided it).
        Spans index the field's own text (subject or body); attachment
        findings have field "attachment", span 0-0 and the file's name.

    scan_attachment(name, data, limits=None) -> AttachmentScan
        Sniffs and inspects one file's bytes (type, damage, encryption, bombs,
        macros, animated GIFs, links in PDF/Word). Slow for big files: run it
        off the GUI thread, once per file, and cache it by AttachmentScan.sha256
        (the result does not depend on the name). Pass the cache to check() as
        scans={sha256: scan}; give AttachmentInput(sha256=...) to skip hashing, and
        scan_missing=False so a keystroke never waits for a scan still running.
        AttachmentInput.from_path(path) reads a file for you.

    load_ruleset(path=None) -> Ruleset  (cached; Ruleset.with_settings(...) to
        change important_tag_overrides_opt_out, attachment_total_limit_bytes,
        wine_exempt_from_opt_out, ... from user preferences)

    has_important_tag / add_important_tag / remove_important_tag(subject, marketplace)
        The [Important] subject tag ([Wichtig] on DE; both accepted there) for the
        compose pane's toggle.

    render_message(ruleset, message_id, params) -> str
        English text of a finding; translations key on message_id and params.

Libraries: phonenumbers (Google's libphonenumber rules, per region), python-magic
(libmagic: the only sniffer that named every test file right, text included), pypdf
(pure Python, reads annotations without rendering), Pillow (image headers and GIF
frames, never decoding pixels), zipfile + ElementTree for DOCX (with our own bomb
guards). URLs: no maintained finder handles prose well (linkify-it-py checks a few
TLDs, urlextract downloads its list at run time), so the finder is ours, hosts are
parsed by urllib.parse and bare domains checked against IANA's TLD list shipped in
resources/policy/tlds.txt. Language: a stop-word vote (langdetect is random and slow).
Word forms: phrase data with word endings (`rimbors*`), gaps (`bewertung ~ ändern`) and
compound patterns, not a lemmatizer: simplemma 2.0 (19 MB) took 0.7 s to import, 1-10 s
and ~60 MB per language to load its dictionary, and 0.25-0.36 ms per 160 tokens, more than
a whole check may cost. Findings of one rule are capped per field (findings.py), and every
detector is linear in the text, so hostile input (a megabyte of emoji, a 50,000-letter
word before an "@") stays cheap.
"""

from __future__ import annotations

from inbox_app.policy.attachments import scan_attachment
from inbox_app.policy.engine import check
from inbox_app.policy.messages import render_message
from inbox_app.policy.ruleset import Limits, Ruleset, RulesetError, Settings, load_ruleset
from inbox_app.policy.tags import add_important_tag, has_important_tag, remove_important_tag
from inbox_app.policy.types import (
    AttachmentInput,
    AttachmentProblem,
    AttachmentScan,
    Context,
    Draft,
    Finding,
    Report,
)

__all__ = [
    "AttachmentInput",
    "AttachmentProblem",
    "AttachmentScan",
    "Context",
    "Draft",
    "Finding",
    "Limits",
    "Report",
    "Ruleset",
    "RulesetError",
    "Settings",
    "add_important_tag",
    "check",
    "has_important_tag",
    "load_ruleset",
    "remove_important_tag",
    "render_message",
    "scan_attachment",
]
