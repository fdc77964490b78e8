"""The built wheel, installed into a fresh venv, is a working Seller Inbox: its version,
the policy checker with its data, a demo store and the window painting offscreen in two
languages, and a desktop launcher that validates. Dependencies come from pip's cache or
PyPI; nothing of the project's tree is on the installed program's path."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from inbox_app import __version__
from inbox_app.desktop import APP_ID, ICON_SIZES
from tests.helpers.smoke_installed import bare_env, run, smoke

ROOT = Path(__file__).resolve().parents[3]
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.pyc", ".*_cache",
    ".hypothesis", ".benchmarks", "bench-results", "shots", "*.sqlite3*",
)  # fmt: skip


def _build_wheel(tmp_path: Path) -> Path:
    """Build from a clean copy of the tree, so no stale build/ or cache reaches the wheel."""
    src = tmp_path / "src"
    shutil.copytree(ROOT, src, ignore=NOT_SOURCE)
    out = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(src)],
        check=True, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    (wheel,) = out.glob("inbox_app-*.whl")
    return wheel


def _fresh_venv(tmp_path: Path, wheel: Path) -> Path:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    # this venv's pip installs into the new one (no pip bootstrap); no bytecode compile
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install",
         "-q", "--no-compile", "--disable-pip-version-check", str(wheel)],
        check=True, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    return venv


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build_wheel(tmp_path_factory.mktemp("wheel"))


def test_the_wheel_carries_the_resources_and_nothing_else(wheel: Path) -> None:
    assert wheel.name == f"inbox_app-{__version__}-py3-none-any.whl"
    names = set(zipfile.ZipFile(wheel).namelist())
    res = "inbox_app/resources/"
    for needed in (
        "policy/ruleset.json", "policy/tlds.txt", "templates/starter.json", "demo/conversations.json",
        "translations/inbox_app_it.qm", "translations/inbox_app_ko.qm",
        f"desktop/{APP_ID}.desktop", f"desktop/{APP_ID}.metainfo.xml",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg",
        *(f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in ICON_SIZES),
    ):  # fmt: skip
        assert res + needed in names, needed
    assert "inbox_app/store/migrations/versions/0001_initial_schema.py" in names
    assert not [n for n in names if n.endswith(".pyc") or n.startswith("tests/")]
    assert not [n for n in names if n.startswith("inbox_app/resources/") and "__pycache__" in n]


def test_the_wheel_in_a_fresh_venv_runs(wheel: Path, tmp_path: Path) -> None:
    venv = _fresh_venv(tmp_path, wheel)
    program = venv / "bin" / "inbox-app"
    # without the [postgres] extra a team's URL says how to install the driver
    runs = smoke(
        [str(program)], tmp_path / "work", __version__, languages=("en", "ko"), postgres=False
    )
    assert [r.code for r in runs][:2] == [0, 1]

    # the launcher it installs starts this venv's program and is a valid desktop entry
    env = bare_env(tmp_path / "work")
    ran = run([str(program)], ["desktop", "install"], env, tmp_path)
    assert ran.code == 0, ran.explain()
    launcher = Path(env["XDG_DATA_HOME"]) / "applications" / f"{APP_ID}.desktop"
    assert f"Exec={program}\n" in launcher.read_text("utf-8")
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(launcher)], capture_output=True, check=False
        )
        assert check.returncode == 0, check.stdout
    icon = Path(env["XDG_DATA_HOME"]) / "icons/hicolor/48x48/apps" / f"{APP_ID}.png"
    assert icon.read_bytes().startswith(b"\x89PNG")
