"""The tests' own house rules (issue 10, item 7): what tests share lives in
tests/helpers/, so no test module imports another test module or a conftest, and
helpers import no test module either."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def _is_test_module(name: str) -> bool:
    last = name.rsplit(".", 1)[-1]
    return name.startswith("tests.") and (last.startswith("test_") or last == "conftest")


def test_no_test_module_imports_another_or_a_conftest() -> None:
    offenders = {
        f"{path.relative_to(TESTS)} imports {name}"
        for path in TESTS.rglob("*.py")
        for name in _imported_modules(path)
        if _is_test_module(name)
    }
    assert not offenders, sorted(offenders)


def test_the_shared_helpers_are_in_one_place() -> None:
    stray = sorted(
        p.name for p in TESTS.glob("*.py") if p.name not in {"__init__.py", "conftest.py"}
    )
    assert not stray, f"shared test helpers belong in tests/helpers/: {stray}"


def _dotted(path: Path) -> str:
    return ".".join(path.relative_to(TESTS.parent).with_suffix("").parts)


def test_no_module_in_a_test_folder_is_imported_as_a_helper() -> None:
    """Beside test_*.py a test folder holds only scripts a test runs as a child process
    (by path): a module other modules import is a helper, and helpers live in tests/helpers/
    (the benchmarks' own modules in tests/bench/)."""
    kept = {"__init__.py", "conftest.py"}
    outside = {
        _dotted(p): p
        for p in TESTS.rglob("*.py")
        if not p.name.startswith("test_")
        and p.name not in kept
        and p.relative_to(TESTS).parts[0] not in {"helpers", "bench", "data"}
    }
    imported = {name for path in TESTS.rglob("*.py") for name in _imported_modules(path)}
    tools = TESTS.parent / "tools"
    imported |= {name for path in tools.rglob("*.py") for name in _imported_modules(path)}
    shared = sorted(str(outside[name].relative_to(TESTS)) for name in outside if name in imported)
    assert not shared, f"helpers imported from a test folder belong in tests/helpers/: {shared}"
