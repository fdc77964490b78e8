"""The launcher, AppStream metainfo and icons that ship in resources/: valid under the
freedesktop validators (Debian desktop-file-utils and appstream), consistent with the
package, and installable into a user's data folder."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from inbox_app import __version__, desktop
from inbox_app.desktop import APP_ID, ICON_SIZES


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: tools/install-system-deps.sh installs it"
    return path


def _validate_desktop(path: Path | str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [_tool("desktop-file-validate"), str(path)], capture_output=True, text=True, check=False
    )


def test_the_desktop_entry_is_valid() -> None:
    with_path = desktop.desktop_entry()
    out = _validate_desktop(str(with_path))
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout


def test_the_metainfo_is_valid_and_names_this_release() -> None:
    path = str(desktop.metainfo())
    out = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", path],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Validation was successful" in out.stdout
    root = ET.parse(path).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"  # type: ignore[union-attr]
    assert next(r.get("version") for r in root.iter("release")) == __version__
    assert root.find("provides/binary").text == "inbox-app"  # type: ignore[union-attr]


def test_a_broken_entry_is_caught_by_the_validator(tmp_path: Path) -> None:
    """The validator test above can fail: an entry without Name is refused."""
    broken = tmp_path / f"{APP_ID}.desktop"
    text = desktop.desktop_entry().read_text("utf-8")
    broken.write_text("\n".join(x for x in text.splitlines() if not x.startswith("Name=")))
    assert _validate_desktop(broken).returncode != 0


def test_the_entry_names_the_shipped_icon_and_the_installed_program() -> None:
    entry = dict(
        line.split("=", 1) for line in desktop.desktop_entry().read_text("utf-8").splitlines()
        if "=" in line
    )  # fmt: skip
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "inbox-app"
    assert desktop.icon_svg().read_text("utf-8").lstrip().startswith("<?xml")
    for size in ICON_SIZES:
        data = desktop.icon_png(size).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert (width, height) == (size, size)


@pytest.mark.parametrize("program", ["/opt/inbox/bin/inbox-app", "/home/a b/$HOME/inbox-app"])
def test_install_writes_a_valid_launcher_for_this_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, program: str
) -> None:
    monkeypatch.setattr(desktop, "program_command", lambda: program)
    written = desktop.install(tmp_path)
    launcher = tmp_path / "applications" / f"{APP_ID}.desktop"
    assert launcher in written and len(written) == 3 + len(ICON_SIZES)
    assert _validate_desktop(launcher).returncode == 0
    text = launcher.read_text("utf-8")
    assert f"TryExec={program}\n" in text
    exec_line = next(x for x in text.splitlines() if x.startswith("Exec="))
    assert exec_line == (f"Exec={program}" if " " not in program else
                         'Exec="/home/a b/\\\\$HOME/inbox-app"')  # fmt: skip
    png = tmp_path / "icons/hicolor/256x256/apps" / f"{APP_ID}.png"
    assert png.read_bytes() == desktop.icon_png(256).read_bytes()
    assert sorted(desktop.remove(tmp_path)) == sorted(written)
    assert not launcher.exists() and desktop.remove(tmp_path) == []
