"""The compose side's checks of attachments (services/policy_checks.py)."""

from __future__ import annotations

from inbox_app.services.policy_checks import describe_scan, scan_attachment, size_finding


def test_describe_scan_and_size_finding() -> None:
    exe = b"MZ\x90\x00" + b"\x00" * 200
    scan = scan_attachment("label.pdf", exe)
    reason = describe_scan("label.pdf", scan)
    assert reason is not None and not reason.startswith("label.pdf:")
    assert describe_scan("notes.txt", scan_attachment("notes.txt", b"plain words")) is None
    assert size_finding(7 * 1024 * 1024, 1) is None
    big = size_finding(8 * 1024 * 1024, 2)
    assert big is not None and big.rule == "attachment-size" and big.severity == "block"
    assert "8.0" in big.message
