"""No import circle in inbox_app: every import counts, those under `if TYPE_CHECKING:` and
those deferred into a function body too (a circle hidden behind either is still one).

The graph is read from the source with `ast` (nothing is imported); an edge goes from a
module to the module it names, and to the package `__init__` files Python runs on the way.
"""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

PACKAGE = "inbox_app"
ROOT = Path(__file__).resolve().parents[2] / PACKAGE


def module_names(root: Path = ROOT) -> dict[str, Path]:
    """Dotted name -> file of every module in the package (a package is its __init__)."""
    names: dict[str, Path] = {}
    for path in root.rglob("*.py"):
        parts = path.relative_to(root.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names[".".join(parts)] = path
    return names


def _targets(module: str, is_package: bool, node: ast.AST, known: set[str]) -> set[str]:
    """The package modules one import statement makes Python run."""
    named: set[str] = set()
    if isinstance(node, ast.Import):
        named = {alias.name for alias in node.names}
    elif isinstance(node, ast.ImportFrom):
        if node.level:
            base = module.split(".")
            base = base[: len(base) - node.level + (1 if is_package else 0)]
            prefix = ".".join([*base, *([node.module] if node.module else [])])
        else:
            prefix = node.module or ""
        named = {prefix}
        # `from pkg import name` runs pkg.name when it is a module, not just pkg
        named |= {f"{prefix}.{alias.name}" for alias in node.names} & known
    found: set[str] = set()
    for name in named:
        parts = name.split(".")
        for end in range(1, len(parts) + 1):  # pkg, pkg.sub, pkg.sub.mod: each __init__ runs
            candidate = ".".join(parts[:end])
            if candidate in known:
                found.add(candidate)
    return found


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    """Module -> the package modules it imports, anywhere in its source."""
    modules = module_names(root)
    known = set(modules)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        is_package = path.name == "__init__.py"
        edges: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                edges |= _targets(name, is_package, node, known)
        # a module's own parents run before it: that is not an edge it chose
        graph[name] = {e for e in edges if e != name and not name.startswith(e + ".")}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    try:
        tuple(TopologicalSorter(graph).static_order())
    except CycleError as error:
        return list(error.args[1])
    return None


def test_the_graph_sees_every_kind_of_import(tmp_path: Path) -> None:
    pkg = tmp_path / PACKAGE
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "a.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from inbox_app.sub import b\n"
    )
    (pkg / "sub" / "b.py").write_text("def f():\n    from .. import c\n")
    (pkg / "sub" / "d.py").write_text("from . import b\nimport inbox_app.a\n")
    (pkg / "c.py").write_text("from .sub.d import x\n")
    graph = import_graph(pkg)
    assert graph["inbox_app.a"] == {"inbox_app.sub", "inbox_app.sub.b"}
    assert graph["inbox_app.sub.b"] == {"inbox_app.c"}
    assert graph["inbox_app.sub.d"] == {"inbox_app.sub.b", "inbox_app.a"}
    assert graph["inbox_app.c"] == {"inbox_app.sub", "inbox_app.sub.d"}
    cycle = find_cycle(graph)
    assert cycle is not None and set(cycle) >= {"inbox_app.a", "inbox_app.sub.b"}


def test_the_real_graph_is_the_whole_package() -> None:
    graph = import_graph()
    assert len(graph) > 200
    assert "inbox_app.store.migrate" in graph["inbox_app.services.inbox"]


def test_no_import_circle_in_the_package() -> None:
    cycle = find_cycle(import_graph())
    if cycle is not None:
        pytest.fail("import circle: " + " -> ".join(cycle))
