"""Smoke test of an installed Seller Inbox: a wheel in a fresh venv, or the standalone bundle.

    python -m tests.helpers.smoke_installed [--bare] PATH/TO/inbox-app [--languages en,it,ko]

Runs the program as a user would, with a bare environment (no PYTHONPATH, no project
folder on the path, its own HOME and data dir): `--version`, `check` on a draft that must
be blocked (the policy data is inside the package), `check` with a disguised program
attached (libmagic and its database are found), a demo store, and the window opened
offscreen on it until its first page of threads is painted, once per language (the menu
titles prove the translations were found). With --bare (the standalone
bundle) the program's folder is first copied to a scratch directory and run from there
with an empty PATH: nothing from the build machine or a Python installation is used.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

# the menu bar's first titles in each language (resources/translations/*.qm)
MENU_MARKERS = {"en": "&View", "it": "&Visualizza", "ko": "보기(&V)"}
LOCALES = {"en": "en_US.UTF-8", "it": "it_IT.UTF-8", "ko": "ko_KR.UTF-8"}
TIMEOUT_S = 120


class SmokeFailure(AssertionError):
    """The installed program did not do what a user would expect."""


@dataclass(frozen=True)
class Ran:
    """One finished run of the program."""

    args: tuple[str, ...]
    code: int
    stdout: str
    stderr: str

    def explain(self) -> str:
        return (
            f"`{' '.join(self.args)}` exited {self.code}\n"
            f"stdout: {self.stdout[-1500:]}\nstderr: {self.stderr[-1500:]}"
        )


def bare_env(workdir: Path, language: str = "en", path: str | None = None) -> dict[str, str]:
    """What a fresh desktop session would give the program, inside `workdir`."""
    home = workdir / "home"
    home.mkdir(parents=True, exist_ok=True)
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin" if path is None else path,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "INBOX_APP_DATA_DIR": str(workdir / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": LOCALES[language],
        "LANGUAGE": language,
        # no desktop secret service here; the window must not wait on one
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    for key in ("XDG_RUNTIME_DIR", "TMPDIR"):
        if key in os.environ:
            env[key] = os.environ[key]
    return env


def run(command: Sequence[str], args: Sequence[str], env: dict[str, str], cwd: Path) -> Ran:
    full = (*command, *args)
    out = subprocess.run(
        full, env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
    )
    return Ran(full, out.returncode, out.stdout, out.stderr)


TEAM_URL = "postgresql+psycopg://seller@127.0.0.1:9/shop"


def smoke(
    command: Sequence[str],
    workdir: Path,
    expect_version: str,
    languages: Sequence[str] = ("en", "it", "ko"),
    path: str | None = None,
    postgres: bool | None = None,
) -> list[Ran]:
    """Run every check; raises SmokeFailure on the first that fails, else returns the runs.
    `path` is the PATH the program gets (default: the system's bin folders). `postgres`:
    whether the program must carry the PostgreSQL driver of a team inbox (True: a team's
    URL reaches the connection; False: it says how to install the driver; None: either)."""
    workdir.mkdir(parents=True, exist_ok=True)
    env = bare_env(workdir, path=path)
    runs: list[Ran] = []

    def expect(ran: Ran, ok: bool, what: str) -> None:
        if not runs or runs[-1] is not ran:
            runs.append(ran)
        if not ok:
            raise SmokeFailure(f"{what}\n{ran.explain()}")

    ran = run(command, ["--version"], env, workdir)
    expect(ran, ran.code == 0 and ran.stdout.strip() == f"inbox-app {expect_version}", "version")
    ran = run(
        command,
        ["check", "--opted-out", "--subject", "Your order", "--body", "Visit www.myshop.com"],
        env,
        workdir,
    )
    expect(ran, ran.code == 1 and "BLOCKED" in ran.stdout, "check must block a link")
    # libmagic and its database are found: a program named .pdf is refused by its content
    fake = workdir / "invoice.pdf"
    fake.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48)
    ran = run(
        command,
        ["check", "--buyer-initiated", "--subject", "Invoice", "--body", "Attached.",
         "--attach", str(fake)],
        env, workdir,
    )  # fmt: skip
    expect(ran, ran.code == 1 and "Windows program" in ran.stdout, "attachment sniffing")
    # a team's URL (nothing listens on port 9): the driver loads, or its absence is said
    ran = run(command, ["db", "info", "--db", TEAM_URL], env, workdir)
    reached = "cannot reach the team database at 127.0.0.1:9/shop" in ran.stderr
    no_driver = "has no PostgreSQL driver" in ran.stderr and "[postgres]" in ran.stderr
    wanted = {True: reached, False: no_driver, None: reached or no_driver}[postgres]
    expect(ran, ran.code == 2 and wanted and "Traceback" not in ran.stderr, "a team's URL")
    db = workdir / "demo.sqlite3"
    ran = run(command, ["demo", "--db", str(db), "--threads", "40"], env, workdir)
    expect(ran, ran.code == 0 and db.is_file(), "demo store")
    for language in languages:
        window_env = dict(bare_env(workdir, language, path), INBOX_APP_EXIT_AFTER_FIRST_PAINT="1")
        ran = run(command, ["--db", str(db)], window_env, workdir)
        painted = [line for line in ran.stdout.splitlines() if line.startswith("FIRST_PAINT")]
        expect(
            ran,
            ran.code == 0 and bool(painted) and "rows=0" not in painted[0],
            f"the window ({language}) must paint its first threads",
        )
        expect(ran, MENU_MARKERS[language] in painted[0], f"the {language} menus")
        expect(ran, "Traceback" not in ran.stderr, f"no traceback ({language})")
    return runs


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program", help="the inbox-app executable to test")
    parser.add_argument("--workdir", default=None, help="scratch folder (default: a temp dir)")
    parser.add_argument("--languages", default="en,it,ko")
    parser.add_argument("--bare", action="store_true", help="run a copy with an empty PATH")
    args = parser.parse_args(argv)
    import shutil
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from inbox_app import __version__

    program = str(Path(args.program).resolve())
    with tempfile.TemporaryDirectory(prefix="inbox-smoke-") as tmp:
        workdir = Path(args.workdir) if args.workdir else Path(tmp)
        path = None
        if args.bare:
            copy = workdir / "bare" / Path(program).parent.name
            shutil.copytree(Path(program).parent, copy, symlinks=True)
            program = str(copy / Path(program).name)
            (workdir / "empty-bin").mkdir()
            path = str(workdir / "empty-bin")
        try:
            # the standalone bundle carries the team inbox's driver
            postgres = True if args.bare else None
            runs = smoke([program], workdir, __version__, args.languages.split(","), path, postgres)
        except SmokeFailure as exc:
            print(f"smoke test FAILED: {exc}", file=sys.stderr)
            return 1
    for ran in runs:
        print(f"ok  {' '.join(Path(a).name if a == program else a for a in ran.args)}")
    print(f"smoke test passed: {program}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
