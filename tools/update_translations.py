"""`make translations`: refresh the .ts files from the code and the policy messages, fill
them from the reviewed glossaries in tools/translations/, and compile the .qm files.

    pyside6-lupdate (tr()/translate() in inbox_app/**.py + the policy message templates)
      -> inbox_app/resources/translations/inbox_app_<lang>.ts
      -> entries found in tools/translations/<lang>.json are filled in (others stay
         "unfinished" for a translator with Qt Linguist)
      -> pyside6-lrelease -> inbox_app_<lang>.qm (loaded by app.load_translations)
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "inbox_app"
OUT = PACKAGE / "resources" / "translations"
GLOSSARIES = Path(__file__).resolve().parent / "translations"
LANGUAGES = ("it", "ko")
BIN = Path(sys.executable).parent


def policy_strings_file(folder: Path) -> Path:
    """A scratch .py file that names every policy message for lupdate (never imported)."""
    rules = json.loads((PACKAGE / "resources" / "policy" / "ruleset.json").read_text("utf-8"))
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for spec in rules["rules"].values():
        for template in spec.get("messages", {}).values():
            lines.append(f"QCoreApplication.translate('policy', {template!r})")
    path = folder / "policy_strings.py"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _wrapper_context(tree: ast.Module) -> str | None:
    """The context of a module's `_tr(text)` helper, if it wraps
    `QCoreApplication.translate("Context", text)`."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                    and isinstance(call.args[0].value, str)
                ):
                    return call.args[0].value
    return None


def wrapper_strings_file(folder: Path) -> Path:
    """lupdate knows tr() and translate(), not our `_tr()` helpers: spell those calls out."""
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        context = _wrapper_context(tree)
        if context is None:
            continue
        for call in ast.walk(tree):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Name)
                and call.func.id == "_tr"
                and call.args
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str)
            ):
                lines.append(f"QCoreApplication.translate({context!r}, {call.args[0].value!r})")
    out = folder / "wrapper_strings.py"
    out.write_text("\n".join(lines) + "\n", "utf-8")
    return out


def fill(ts_path: Path, glossary: dict[str, str]) -> tuple[int, int]:
    """Put glossary translations into unfinished entries; returns (filled, total)."""
    tree = ET.parse(ts_path)
    total = filled = 0
    for message in tree.iter("message"):
        total += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if translation.get("type") == "unfinished" and source in glossary:
            translation.text = glossary[source]
            del translation.attrib["type"]
        if translation.get("type") is None and (translation.text or "").strip():
            filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled, total


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        sources.append(str(policy_strings_file(Path(tmp))))
        sources.append(str(wrapper_strings_file(Path(tmp))))
        for lang in LANGUAGES:
            ts = OUT / f"inbox_app_{lang}.ts"
            subprocess.run(
                [
                    str(BIN / "pyside6-lupdate"),
                    *sources,
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-target-language",
                    lang,
                    "-ts",
                    str(ts),
                ],
                check=True,
                capture_output=True,
            )
            glossary_path = GLOSSARIES / f"{lang}.json"
            glossary = (
                json.loads(glossary_path.read_text("utf-8")) if glossary_path.exists() else {}
            )
            filled, total = fill(ts, glossary)
            subprocess.run(
                [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                check=True,
                capture_output=True,
            )
            print(f"{lang}: {filled}/{total} strings translated -> {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
