"""`inbox-app check`: run the policy checker on a draft from the command line.

Exit status: 0 sendable, 1 blocked, 2 usage or file error (message on stderr).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from inbox_app.commands import localize
from inbox_app.policy import (
    AttachmentInput,
    Context,
    Draft,
    Finding,
    Report,
    RulesetError,
    check,
    load_ruleset,
)

ORDER_TYPES = ("standard", "handmade", "custom", "wine")
# Read at most this much of an attached file; anything bigger is over every limit anyway.
MAX_ATTACHMENT_READ = 256 * 1024 * 1024


class _UsageError(Exception):
    pass


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {value}")
    return value


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    db_parent: argparse.ArgumentParser,
) -> None:
    p = subparsers.add_parser(
        "check",
        parents=[db_parent],
        help="check a draft against Amazon's messaging rules (exit 0 sendable, 1 blocked)",
        description=(
            "Check a draft against Amazon's buyer-seller messaging rules. Exit status: "
            "0 when sendable, 1 when blocked, 2 on a usage or file error. Without "
            "--buyer-initiated the draft is a seller-initiated message; without "
            "--delivered-days-ago the 30-day window is not judged."
        ),
    )
    p.add_argument("--subject", default="", metavar="TEXT", help="subject line")
    body = p.add_mutually_exclusive_group()
    body.add_argument("--body", metavar="TEXT", help="message body")
    body.add_argument("--body-file", metavar="PATH", help="read the body from PATH ('-' = stdin)")
    p.add_argument(
        "--attach", action="append", default=[], metavar="PATH", help="attach a file (repeatable)"
    )
    p.add_argument("--opted-out", action="store_true", help="the buyer opted out of messages")
    p.add_argument(
        "--buyer-initiated", action="store_true", help="a reply on a thread the buyer started"
    )
    p.add_argument("--order-type", choices=ORDER_TYPES, default="standard")
    p.add_argument(
        "--marketplace",
        default="US",
        type=str.upper,
        metavar="CODE",
        help="marketplace code: US, UK, DE, FR, IT, ES, JP, ... (default US)",
    )
    p.add_argument("--buyer-language", metavar="LANG", help="buyer's language, e.g. de or it-IT")
    p.add_argument(
        "--delivered-days-ago", type=_non_negative, metavar="N", help="days since delivery"
    )
    p.add_argument(
        "--review-already-requested",
        action="store_true",
        help="a review/feedback request was already sent for this order",
    )
    p.add_argument("--order-id", metavar="ID", help="this order's id (ddd-ddddddd-ddddddd)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=run)


def _read_body(args: argparse.Namespace) -> str:
    if args.body is not None:
        return str(args.body)
    if args.body_file is None:
        return ""
    if args.body_file == "-":
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read()
    else:
        try:
            data = Path(args.body_file).read_bytes()
        except OSError as exc:
            raise _UsageError(
                _tr("cannot read body file {path}: {why}").format(
                    path=args.body_file, why=exc.strerror
                )
            ) from None
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _UsageError(
            _tr("body file {path} is not UTF-8 text").format(path=args.body_file)
        ) from None


def _read_attachments(paths: list[str]) -> tuple[AttachmentInput, ...]:
    out = []
    for raw in paths:
        try:
            out.append(AttachmentInput.from_path(raw, MAX_ATTACHMENT_READ))
        except OSError as exc:
            raise _UsageError(
                _tr("cannot read attachment {path}: {why}").format(path=raw, why=exc.strerror)
            ) from None
    return tuple(out)


def run(args: argparse.Namespace) -> int:
    # pypdf reports recoverable damage through logging; our findings say it better.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        ruleset = load_ruleset()
        if args.marketplace not in ruleset.marketplaces:
            known = ", ".join(sorted(ruleset.marketplaces))
            raise _UsageError(
                _tr("unknown marketplace {code} (known: {known})").format(
                    code=repr(args.marketplace), known=known
                )
            )
        draft = Draft(args.subject or "", _read_body(args), _read_attachments(args.attach))
    except (_UsageError, RulesetError) as exc:
        print(f"inbox-app check: {exc}", file=sys.stderr)
        return 2
    context = Context(
        buyer_initiated=args.buyer_initiated,
        opted_out=args.opted_out,
        order_type=args.order_type,
        marketplace=args.marketplace,
        buyer_language=args.buyer_language,
        delivered_days_ago=args.delivered_days_ago,
        review_already_requested=args.review_already_requested,
        order_id=args.order_id,
    )
    report = check(draft, context, ruleset=ruleset)
    if args.json:
        print(json.dumps(report_json(report), ensure_ascii=False))
    else:
        print(format_report(report, draft))
    return 0 if report.sendable else 1


def report_json(report: Report) -> dict[str, object]:
    """The documented JSON shape: sendable, ruleset_version, findings[rule..attachment]."""
    keys = ("rule", "severity", "message", "field", "start", "end", "attachment")
    return {
        "sendable": report.sendable,
        "ruleset_version": report.ruleset_version,
        "findings": [{k: getattr(f, k) for k in keys} for f in report.findings],
    }


def underline(text: str, start: int, end: int) -> list[str]:
    """The line holding text[start:end], and a row of ^ under the span (first line only)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if line_end == -1:
        line_end = len(text)
    line = text[line_start:line_end].replace("\t", " ").replace("\r", " ")
    col = start - line_start
    span_end = min(end, line_end) - line_start
    # Long lines: show a window around the span.
    offset = max(0, col - 40)
    shown = line[offset : max(span_end, col) + 40]
    prefix = "…" if offset else ""
    pad = localize.width(prefix + line[offset:col])
    marks = max(1, localize.width(line[col:span_end]))
    return [f"    {prefix}{shown}", "    " + " " * pad + "^" * marks]


def _describe(f: Finding) -> str:
    where = f.field if f.attachment is None else _tr("attachment {name}").format(name=f.attachment)
    span = f" {f.start}-{f.end}" if f.end > f.start else ""
    return f"{f.severity.upper():5} {f.rule} [{where}{span}]: {localize.finding_text(f)}"


def format_report(report: Report, draft: Draft) -> str:
    blocks = sum(1 for f in report.findings if f.severity == "block")
    if not report.sendable:
        head = _tr("BLOCKED: {count} problem(s) must be fixed before sending")
    elif report.findings:
        head = _tr("SENDABLE ({count} note(s) below)")
    else:
        head = _tr("SENDABLE")
    ruleset = _tr("ruleset {version}").format(version=report.ruleset_version)
    count = blocks if not report.sendable else len(report.findings)
    lines = [f"{head.format(count=count)} — {ruleset}"]
    texts = {"subject": draft.subject, "body": draft.body}
    for f in report.findings:
        lines.append(_describe(f))
        text = texts.get(f.field)
        if text is not None and f.end > f.start:
            lines.extend(underline(text, f.start, f.end))
    return "\n".join(lines)


def _tr(text: str) -> str:
    return localize.translate("Cli", text)
