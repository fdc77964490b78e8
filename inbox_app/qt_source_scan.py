"""Keep PySide6 from holding the source of every imported module in memory.

After PySide6 is imported, shiboken reads the source of each module imported later
(PYSIDE-2029: a module whose text names PySide6 may switch `__feature__`s) with
`inspect.getsource`, and linecache keeps every file's lines: about 600 files and
23 MB for this app. `install()` swaps in the same test over the file's bytes, kept
nowhere (the app uses no `__feature__`, so the answer matters little anyway).
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType


def _mod_uses_pyside(module: ModuleType) -> bool:
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as fh:
            return b"PySide6" in fh.read()
    except OSError:
        return False


def install() -> bool:
    """Patch shiboken's check (once PySide6 is imported); False if it is not there."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        return False
    vars(feature)["_mod_uses_pyside"] = _mod_uses_pyside
    linecache.clearcache()  # what it kept so far (tracebacks read lines again on demand)
    return True
