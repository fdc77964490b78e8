"""The thin adapter over inbox_app.policy that the services and the compose pane call:
check a draft, scan one attachment, and say in a line what is wrong with a file."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping

from inbox_app.policy import (
    AttachmentInput,
    AttachmentScan,
    Context,
    Draft,
    Finding,
    Report,
    load_ruleset,
    render_message,
)
from inbox_app.policy import check as _check
from inbox_app.policy import scan_attachment as _scan_attachment
from inbox_app.policy.live import check_bounded
from inbox_app.policy.live import check_live as _check_live
from inbox_app.policy.optout import opt_out_applies


def run_check(
    draft: Draft,
    ctx: Context,
    scans: Mapping[str, AttachmentScan] | None = None,
    *,
    scan_missing: bool = True,
) -> Report:
    """The policy checker on a draft; `scans` (by sha256) spares re-reading attachments.

    Bounded (check_bounded): a subject or body over SEND_CHECK_CHARS is read only that
    far and blocked, so Send on 1 MB of emoji costs the GUI thread what 10,000
    characters do. The live check passes `scan_missing=False` with byte-less inputs: a
    file whose scan is still running is judged when it lands, never on the GUI thread.
    """
    return check_bounded(draft, ctx, scans=scans, scan_missing=scan_missing)


def run_live_check(
    draft: Draft, ctx: Context, scans: Mapping[str, AttachmentScan] | None = None
) -> Report:
    """The check the compose pane runs while the seller types: at most the first
    LIVE_CHECK_CHARS of the body, with a finding saying the rest is checked on send,
    so a pasted book never stalls the GUI thread."""
    return _check_live(draft, ctx, scans=scans, scan_missing=False)


def opt_out_binds(ctx: Context) -> bool:
    """True when the buyer's opt-out applies to this message (the tag matters)."""
    if ctx.buyer_initiated or not ctx.opted_out:
        return False  # the common case, decided without building the rule set
    return opt_out_applies(load_ruleset(), ctx)


# Building the rule set compiles about 1,400 patterns: half a second the window's first
# paint should not wait for. The window starts it on a worker right after that paint,
# before it builds the compose pane (whose live check then waits for it).
class _WarmUp:
    def __init__(self) -> None:
        self.ready = threading.Event()
        self.lock = threading.Lock()
        self.thread: threading.Thread | None = None

    def build(self) -> None:
        try:
            rs = load_ruleset()
            # one small check imports and primes what a first check would (phone data)
            sample = Draft("Re: your order", "Call +1 212 555 0187 or see www.example.com")
            _check(sample, Context(buyer_initiated=True), ruleset=rs)
        finally:
            self.ready.set()  # a broken rule set is reported by the next check, as before


_warm_up = _WarmUp()


def warm_up_ruleset() -> None:
    """Build the bundled rule set on a background thread, once."""
    with _warm_up.lock:
        if _warm_up.thread is not None or _warm_up.ready.is_set():
            return
        _warm_up.thread = threading.Thread(
            target=_warm_up.build, name="ruleset-warm-up", daemon=True
        )
        _warm_up.thread.start()


def finish_warm_up(timeout: float = 10.0) -> bool:
    """Quitting: wait (at most `timeout` s) for a warm-up still running, so that no thread
    is compiling patterns or importing the sniffers while the interpreter tears down (a
    daemon thread caught importing then aborts the process). True when none is left."""
    thread = _warm_up.thread
    if thread is None:
        return True
    thread.join(timeout)
    return not thread.is_alive()


def ruleset_pending() -> bool:
    """True while the warm-up runs: the live check waits for it rather than build a
    second rule set on the GUI thread."""
    return _warm_up.thread is not None and not _warm_up.ready.is_set()


def scan_attachment(name: str, data: bytes) -> AttachmentScan:
    """Sniff and check one attachment's bytes (pure; call it off the GUI thread)."""
    return _scan_attachment(name, data, load_ruleset().limits)


# Rules about the set of files, not about one file.
_SET_RULES = frozenset({"attachment-size", "attachment-count"})


def attachment_findings(name: str, scan: AttachmentScan) -> tuple[Finding, ...]:
    """What the checker says about this one file under this name (type, extension, links)."""
    draft = Draft("", "", (AttachmentInput(name, b"", scan.sha256),))
    report = _check(draft, Context(buyer_initiated=True), scans={scan.sha256: scan})
    return tuple(
        f
        for f in report.findings
        if f.field == "attachment" and f.attachment == name and f.rule not in _SET_RULES
    )


def describe_scan(
    name: str, scan: AttachmentScan, text: Callable[[Finding], str] | None = None
) -> str | None:
    """Why this file may not be sent, in one line for the attachment list; None if it may.
    `text` gives a finding's sentence (the window's: in its language; the checker's own,
    English, by default)."""
    blocking = [
        (text(f) if text is not None else f.message).removeprefix(f"{name}: ")  # named already
        for f in attachment_findings(name, scan)
        if f.severity == "block"
    ]
    return " ".join(dict.fromkeys(blocking)) or None


def size_finding(total: int, count: int) -> Finding | None:
    """The attachment-size finding for files whose bytes the caller did not hand over."""
    rs = load_ruleset()
    limit = rs.settings.attachment_total_limit_bytes
    if total <= limit:
        return None
    params = {"size_mb": f"{total / 1048576:.1f}", "limit_mb": f"{limit / 1048576:g}"}
    return Finding(
        rule="attachment-size",
        severity="block",
        message=render_message(rs, "attachment-size", params),
        field="attachment",
        start=0,
        end=0,
        trigger=f"{total} bytes in {count} files",
        message_id="attachment-size",
        params=tuple(sorted(params.items())),
    )
