"""The command line: version, --db before or after the sub-command, clear errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from inbox_app import __version__
from inbox_app.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_db_before_or_after_subcommand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.sqlite3"
    assert (
        main(["demo", "--db", str(path), "--threads", "20", "--now", "2026-01-01T00:00:00+00:00"])
        == 0
    )
    assert main(["--db", str(path), "db", "info"]) == 0
    out = capsys.readouterr().out
    assert ["threads:", "20"] in [line.split() for line in out.splitlines()]
    assert main(["db", "check", "--db", str(path)]) == 0
    assert capsys.readouterr().out.strip() == "ok"


def test_demo_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.sqlite3"
    path.write_bytes(b"precious")
    assert main(["demo", "--db", str(path), "--threads", "5"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert path.read_bytes() == b"precious"


def test_bad_database_gives_a_message_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    path.write_text("not a database at all\n" * 10)
    proc = subprocess.run(
        [sys.executable, "-m", "inbox_app", "db", "info", "--db", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert "not a Seller Inbox database" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_window_without_display_says_so(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "INBOX_APP_DATA_DIR": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "inbox_app", "--db", str(tmp_path / "a.sqlite3")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )
    assert proc.returncode == 2
    assert "no display" in proc.stderr


def test_full_disk_is_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from inbox_app.commands import db as db_command

    def full(args: object) -> int:
        raise OperationalError(
            "INSERT ...", {}, sqlite3.OperationalError("database or disk is full")
        )

    monkeypatch.setattr(db_command, "run", full)
    assert main(["db", "info", "--db", str(tmp_path / "x.sqlite3")]) == 1
    err = capsys.readouterr().err
    assert "disk is full" in err and "Traceback" not in err


def test_unexpected_errors_are_logged_not_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from inbox_app.commands import db as db_command
    from inbox_app.crashlog import log_path

    def bug(args: object) -> int:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(db_command, "run", bug)
    assert main(["db", "info", "--db", str(tmp_path / "x.sqlite3")]) == 1
    err = capsys.readouterr().err
    assert "unexpected problem" in err and "Traceback" not in err
    assert str(log_path()) in err
    assert "ZeroDivisionError: a bug" in log_path().read_text()


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], False),
        (["--db", "sync"], False),  # the value of --db, not the sync command
        (["--demo"], False),
        (["--db=x.sqlite3", "--demo"], False),
        (["--db", "x.sqlite3", "sync"], True),
        (["check", "--db", "x"], True),
        (["--help"], True),
        (["-h"], True),
        (["--", "demo"], True),
    ],
)
def test_names_a_command(argv: list[str], expected: bool) -> None:
    from inbox_app.cli import names_a_command

    assert names_a_command(argv) is expected


def test_opening_the_window_imports_no_sub_command(tmp_path: Path) -> None:
    # the sub-commands bring the HTTP client and more; the window's start waits for none
    code = (
        "import sys\n"
        "from inbox_app import cli\n"
        "cli.build_parser(with_commands=cli.names_a_command(sys.argv[1:])).parse_args(sys.argv[1:])\n"
        "print(sorted(m for m in sys.modules if m.startswith('inbox_app.commands.')))\n"
        "cli.build_parser().parse_args(['sync', '--db', 'x'])\n"
        "print('inbox_app.commands.sync' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, "--db", str(tmp_path / "x.sqlite3")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.splitlines() == ["[]", "True"]


def test_help_still_lists_every_sub_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = capsys.readouterr().out
    for name in ("demo", "check", "sync", "amazon", "team", "metrics"):
        assert name in shown
