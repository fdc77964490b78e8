"""The application's desktop identity: its id, icon files, .desktop entry and AppStream
metainfo (all under resources/), and installing them into a user's XDG data folders so a
`pip`/`pipx` install appears in the applications menu. No Qt."""

from __future__ import annotations

import os
import shutil
import sys
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

APP_ID = "app.sellerinbox.SellerInbox"
# PNG sizes shipped beside the SVG (hicolor theme sizes; 512 for AppStream and bundles)
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def resource(*parts: str) -> Traversable:
    """A file under the packaged resources/ folder."""
    node = resources.files("inbox_app.resources")
    for part in parts:
        node = node / part
    return node


def desktop_entry() -> Traversable:
    return resource("desktop", f"{APP_ID}.desktop")


def metainfo() -> Traversable:
    return resource("desktop", f"{APP_ID}.metainfo.xml")


def icon_svg() -> Traversable:
    return resource("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg")


def icon_png(size: int) -> Traversable:
    return resource("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")


def program_command() -> str:
    """How a launcher starts this installation: the frozen bundle's executable, or the
    `inbox-app` script beside the running interpreter (a venv's or pipx's bin folder)."""
    if getattr(sys, "frozen", False):
        return str(Path(sys.executable).resolve())
    script = Path(sys.executable).with_name("inbox-app")
    if script.is_file():
        return str(script)
    found = shutil.which("inbox-app")
    return found if found else "inbox-app"


def _quote_exec(path: str) -> str:
    """A path as one argument of a desktop entry's Exec key (quoted when it needs it):
    the spec's quoting rule, then its string escape of every backslash."""
    if all(c.isalnum() or c in "/._-+" for c in path):
        return path
    quoted = "".join("\\" + c if c in '"`$\\' else c for c in path)
    return '"' + quoted.replace("\\", "\\\\") + '"'


def entry_for(command: str) -> str:
    """The shipped desktop entry with Exec/TryExec pointing at `command`."""
    lines = []
    for line in desktop_entry().read_text("utf-8").splitlines():
        if line.startswith("Exec="):
            lines.append(f"Exec={_quote_exec(command)}")
        elif line.startswith("TryExec="):
            lines.append(f"TryExec={command}")
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


def data_home() -> Path:
    """$XDG_DATA_HOME, else ~/.local/share (where per-user launchers and icons go)."""
    value = os.environ.get("XDG_DATA_HOME")
    return Path(value) if value else Path.home() / ".local" / "share"


def integration_files(base: Path) -> dict[Path, Traversable | str]:
    """Every file `install` writes under `base`, with its content (a resource or text)."""
    files: dict[Path, Traversable | str] = {
        base / "applications" / f"{APP_ID}.desktop": entry_for(program_command()),
        base / "metainfo" / f"{APP_ID}.metainfo.xml": metainfo(),
        base / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": icon_svg(),
    }
    for size in ICON_SIZES:
        folder = base / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        files[folder / f"{APP_ID}.png"] = icon_png(size)
    return files


def install(base: Path | None = None) -> list[Path]:
    """Write the launcher, metainfo and icons under `base` (default: data_home())."""
    written = []
    for path, content in integration_files(base or data_home()).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, "utf-8")
        else:
            path.write_bytes(content.read_bytes())
        written.append(path)
    return written


def remove(base: Path | None = None) -> list[Path]:
    """Delete what `install` wrote; returns the files that were there."""
    removed = []
    for path in integration_files(base or data_home()):
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed
