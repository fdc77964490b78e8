"""PySide6 no longer keeps the source of every module imported after it (linecache)."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import linecache, pathlib, sys, tempfile
import PySide6.QtCore
if sys.argv[1] == "install":
    from inbox_app import qt_source_scan
    assert qt_source_scan.install()
folder = tempfile.mkdtemp()
pathlib.Path(folder, "uses_qt.py").write_text("from PySide6 import QtCore\\n")
sys.path.insert(0, folder)
assert "tabnanny" not in sys.modules
import tabnanny, uses_qt
kept = [f for f in linecache.cache if f.endswith(("tabnanny.py", "uses_qt.py"))]
uses = sys.modules["shibokensupport.feature"].pyside_feature_dict
print(len(kept), uses.get("tabnanny"), uses.get("uses_qt"))
"""


def _run(mode: str) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", CODE, mode], capture_output=True, text=True, check=True, timeout=120
    )
    return out.stdout.split()


def test_without_the_patch_pyside_keeps_every_later_modules_source() -> None:
    assert _run("plain") == ["2", "-1", "0"]  # what the patch is for: true of this PySide6


def test_with_the_patch_nothing_is_kept_and_the_answer_is_the_same() -> None:
    kept, plain, ours = _run("install")
    assert kept == "0"
    assert plain == "-1"  # a module that does not name PySide6: ignored, as before
    assert ours == "0"  # one that imports PySide6 may switch features, as before
