"""`inbox-app check`: exit codes, --json shape, stdin, files, readable report."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from inbox_app.cli import main
from tests.helpers import policy_builders as b
from tests.helpers.policy_cases import OID

JSON_KEYS = {"sendable", "ruleset_version", "findings"}
FINDING_KEYS = {"rule", "severity", "message", "field", "start", "end", "attachment"}


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, object]]:
    code = main(["check", "--json", *args])
    out = capsys.readouterr().out
    assert out.count("\n") == 1  # exactly one line, one object
    return code, json.loads(out)


def test_sendable_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--buyer-initiated", "--body", "Your part ships today with DHL."])
    assert code == 0
    assert "SENDABLE" in capsys.readouterr().out


def test_blocked_exits_1_and_underlines(capsys: pytest.CaptureFixture[str]) -> None:
    body = "Hello, see www.myshop.com for the manual."
    code = main(["check", "--buyer-initiated", "--body", body])
    out = capsys.readouterr().out
    assert code == 1
    assert "BLOCKED" in out and "external-link" in out
    lines = out.splitlines()
    text_line = next(i for i, line in enumerate(lines) if line.strip() == body)
    carets = lines[text_line + 1]
    assert carets.strip() == "^" * len("www.myshop.com")
    assert carets.index("^") == lines[text_line].index("www.myshop.com")


def test_json_has_exactly_the_documented_keys(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = run_json(capsys, "--body", "Email me at bob@shop.com 😀")
    assert code == 1
    assert set(doc) == JSON_KEYS
    assert doc["sendable"] is False
    assert isinstance(doc["ruleset_version"], str) and doc["ruleset_version"]
    findings = doc["findings"]
    assert isinstance(findings, list) and findings
    for f in findings:
        assert set(f) == FINDING_KEYS
    rules = {f["rule"] for f in findings}
    assert {"email-address", "emoji", "missing-order-id"} <= rules


def test_seller_initiated_by_default_and_window_only_when_given(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, doc = run_json(capsys, "--body", "Your part ships today.")
    assert "missing-order-id" in {f["rule"] for f in doc["findings"]}  # type: ignore[union-attr]
    _, doc = run_json(capsys, "--body", f"Order {OID}: your part ships today.")
    assert "order-window" not in {f["rule"] for f in doc["findings"]}  # type: ignore[union-attr]
    _, doc = run_json(
        capsys, "--body", f"Order {OID}: your part ships today.", "--delivered-days-ago", "45"
    )
    assert "order-window" in {f["rule"] for f in doc["findings"]}  # type: ignore[union-attr]


def test_context_options(capsys: pytest.CaptureFixture[str]) -> None:
    body = f"Bestellung {OID}: Ihre Lieferadresse ist unvollständig, bitte bestätigen."
    code, doc = run_json(capsys, "--marketplace", "de", "--opted-out", "--body", body)
    assert code == 1
    assert "important-tag-required" in {f["rule"] for f in doc["findings"]}  # type: ignore[union-attr]
    code, doc = run_json(
        capsys,
        "--marketplace",
        "DE",
        "--opted-out",
        "--subject",
        "[Wichtig] Lieferadresse",
        "--body",
        body,
        "--buyer-language",
        "de",
    )
    assert code == 0, doc
    code, doc = run_json(
        capsys, "--opted-out", "--order-type", "handmade", "--body", f"Order {OID}: back in stock."
    )
    assert "opted-out-noncritical" not in {f["rule"] for f in doc["findings"]}  # type: ignore[union-attr]
    code, doc = run_json(
        capsys,
        "--buyer-initiated",
        "--review-already-requested",
        "--body",
        "Please leave a review.",
    )
    assert code == 1


def test_body_file_dash_reads_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"Write to bob@shop.com\n"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, doc = run_json(capsys, "--buyer-initiated", "--body-file", "-")
    assert code == 1
    assert [f["rule"] for f in doc["findings"]] == ["email-address"]  # type: ignore[union-attr]


def test_body_file_and_attachments(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    body = tmp_path / "body.txt"
    body.write_text("Here is the invoice you asked for.", encoding="utf-8")
    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(b.pdf(link="https://myshop.example/"))
    code, doc = run_json(
        capsys, "--buyer-initiated", "--body-file", str(body), "--attach", str(pdf)
    )
    assert code == 1
    (finding,) = doc["findings"]  # type: ignore[misc]
    assert finding["rule"] == "attachment-link"
    assert finding["attachment"] == "invoice.pdf"
    assert finding["field"] == "attachment"


def test_missing_attachment_is_exit_2_with_a_clear_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nope.pdf"
    assert main(["check", "--body", "x", "--attach", str(missing)]) == 2
    err = capsys.readouterr().err
    assert "cannot read attachment" in err and "nope.pdf" in err
    assert "Traceback" not in err


def test_missing_body_file_and_bad_marketplace_are_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["check", "--body-file", str(tmp_path / "none.txt")]) == 2
    assert "cannot read body file" in capsys.readouterr().err
    assert main(["check", "--body", "x", "--marketplace", "ZZ"]) == 2
    assert "unknown marketplace" in capsys.readouterr().err
    not_utf8 = tmp_path / "latin1.txt"
    not_utf8.write_bytes("Grüße".encode("latin-1"))
    assert main(["check", "--body-file", str(not_utf8)]) == 2
    assert "not UTF-8" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "--order-type", "luxury"],
        ["check", "--delivered-days-ago", "soon"],
        ["check", "--delivered-days-ago", "-3"],
        ["check", "--body", "a", "--body-file", "b"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_subprocess_round_trip() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "inbox_app",
            "check",
            "--json",
            "--buyer-initiated",
            "--body-file",
            "-",
        ],
        input=b"Please visit amazon.com.evil.example to confirm.",
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    assert [f["rule"] for f in doc["findings"]] == ["external-link"]
    assert proc.stderr == b""


def test_subprocess_missing_file_exit_2() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "inbox_app",
            "check",
            "--body",
            "x",
            "--attach",
            "/nonexistent/a.pdf",
        ],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert b"cannot read attachment /nonexistent/a.pdf" in proc.stderr
    assert b"Traceback" not in proc.stderr
