"""The whole-file check runs after an unclean shutdown (a real killed process) or on
request, not on every open; a clean close leaves no marker."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from inbox_app.store import migrate, open_marker
from inbox_app.store.errors import NotADatabaseError
from inbox_app.store.migrate import SCHEMA_HEAD, head_revision, open_store

CRASH = (
    "import os, signal, sys\n"
    "from inbox_app.store.migrate import open_store\n"
    "open_store(sys.argv[1])\n"
    "os.kill(os.getpid(), signal.SIGKILL)\n"
)


def _crash_while_open(url: str) -> None:
    """A real process opens the store and is killed with it open."""
    done = subprocess.run([sys.executable, "-c", CRASH, url], check=False, timeout=120)
    assert done.returncode == -signal.SIGKILL


@pytest.fixture
def full_checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files open_store read in full (the real check still runs)."""
    seen: list[Path] = []
    real = migrate.check_sqlite_file

    def spy(path: Path) -> None:
        seen.append(path)
        real(path)

    monkeypatch.setattr(migrate, "check_sqlite_file", spy)
    return seen


def test_a_clean_close_leaves_no_marker_and_the_next_open_skips_the_check(
    tmp_path: Path, full_checks: list[Path]
) -> None:
    path = tmp_path / "inbox.sqlite3"
    store = open_store(f"sqlite:///{path}")
    assert [p.name for p in tmp_path.glob("inbox.sqlite3-open-*")] != []
    store.close()
    assert list(tmp_path.glob("inbox.sqlite3-open-*")) == []
    open_store(f"sqlite:///{path}").close()
    assert full_checks == []


def test_after_a_crash_the_next_open_checks_the_whole_file_once(
    tmp_path: Path, full_checks: list[Path]
) -> None:
    path = tmp_path / "inbox.sqlite3"
    url = f"sqlite:///{path}"
    open_store(url).close()
    _crash_while_open(url)
    assert open_marker.check_due(path)
    open_store(url).close()
    assert full_checks == [path]
    assert not open_marker.check_due(path)  # healthy: the crash is forgotten
    open_store(url).close()
    assert full_checks == [path]


def test_a_store_open_in_another_live_process_is_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "inbox.sqlite3"
    url = f"sqlite:///{path}"
    open_store(url).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from inbox_app.store.migrate import open_store; "
            "open_store(sys.argv[1]); print('open', flush=True); sys.stdin.read()",
            url,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        assert list(tmp_path.glob("inbox.sqlite3-open-*")) != []
        assert not open_marker.check_due(path)
    finally:
        holder.communicate("", timeout=60)


def test_damage_after_a_crash_is_refused_and_the_file_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    url = f"sqlite:///{path}"
    open_store(url).close()
    _crash_while_open(url)
    data = bytearray(path.read_bytes())
    for i in range(4096 * 3, len(data), 7):  # the header and schema pages stay readable
        data[i] = 0xA5
    path.write_bytes(bytes(data))
    with pytest.raises(NotADatabaseError, match="damaged"):
        open_store(url)
    assert path.read_bytes() == bytes(data)
    assert open_marker.check_due(path), "still due: the damage is not forgotten"


def test_the_check_runs_on_request(tmp_path: Path, full_checks: list[Path]) -> None:
    path = tmp_path / "inbox.sqlite3"
    open_store(f"sqlite:///{path}").close()
    open_store(f"sqlite:///{path}", check=True).close()
    assert full_checks == [path]


def test_schema_head_is_alembics_head() -> None:
    assert head_revision() == SCHEMA_HEAD


def test_a_store_at_head_opens_without_loading_alembic(tmp_path: Path) -> None:
    path = tmp_path / "inbox.sqlite3"
    open_store(f"sqlite:///{path}").close()
    code = (
        "import sys\n"
        "from inbox_app.store.migrate import open_store\n"
        "open_store(sys.argv[1]).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, f"sqlite:///{path}"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert out.stdout.strip() == "[]"
