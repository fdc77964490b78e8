"""`make translations`: refresh the .ts files from the code and the policy messages, fill
them from the reviewed glossaries in tools/translations/, and compile the .qm files.

    pyside6-lupdate (tr()/translate() in inbox_app/**.py + the policy message templates)
      -> resources/translations/inbox_app_<lang>.ts
      -> entries found in tools/translations/<lang>.json are filled in (others stay
         "unfinished" for a translator with Qt Linguist)
      -> pyside6-lrelease -> inbox_app_<lang>.qm (loaded by app.load_translations)

A glossary is a flat JSON object, English source text -> translation, for every context.
The glossary wins: an entry it has is (re)written on every run, so a fix to the glossary
reaches the .ts and the .qm. Plural messages (`tr("... %n ...", "", n)`, numerus="yes")
take a list of forms: Italian [singular, plural], Korean [one form]; a plain string fills
every form.

lupdate only sees literal tr()/translate() calls; the ast pass below spells out for it
the module-level `_tr(text)` helpers, local aliases (`tr = QCoreApplication.translate`,
which lupdate would misread as tr(source, comment)) and `translate("Ctx", TABLE[key])`
over a module-level table of string constants (column headers).
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
RESOURCES = ROOT / "resources"
OUT = RESOURCES / "translations"
GLOSSARIES = Path(__file__).resolve().parent / "translations"
LANGUAGES = ("it", "ko")
# English needs only its plural forms ("1 thread matches", "2 threads match"): a catalogue
# of the numerus messages (lupdate -pluralonly), loaded under every language
PLURAL_ONLY = ("en",)
BIN = Path(sys.executable).parent
# tables of the checker's words that its messages name ({reason}, {kind}), in "policy"
POLICY_WORDS = (
    ("policy/attachments/reasons.py", "REASONS"),
    ("policy/attachments/__init__.py", "KIND_NAMES"),
)
# the store's and the mail side's sentences (those layers have no Qt), in their contexts
SENTENCE_TABLES = (
    ("StoreErrors", "store/sentences.py", "SENTENCES"),
    ("StoreErrors", "store/sentences.py", "WORDS"),
    ("MailErrors", "mail/sentences.py", "SENTENCES"),
    ("OrderReportErrors", "orders/sentences.py", "SENTENCES"),
    ("OrderReportErrors", "orders/sentences.py", "WORDS"),
    ("ServiceErrors", "services/sentences.py", "SENTENCES"),
    ("ServiceErrors", "services/sentences.py", "WORDS"),
)


def policy_strings_file(folder: Path) -> Path:
    """A scratch .py file that names every policy message and store sentence for lupdate
    (never imported)."""
    rules = json.loads((RESOURCES / "policy" / "ruleset.json").read_text("utf-8"))
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for spec in rules["rules"].values():
        for template in spec.get("messages", {}).values():
            lines.append(f"QCoreApplication.translate('policy', {template!r})")
    # the checker's words inside those messages: why a file cannot be read, its kind
    for module, table in POLICY_WORDS:
        tree = ast.parse((PACKAGE / module).read_text("utf-8"))
        for words in _string_tables(tree)[table]:
            lines.append(f"QCoreApplication.translate('policy', {words!r})")
    for context, module, table in SENTENCE_TABLES:
        tree = ast.parse((PACKAGE / module).read_text("utf-8"))
        for words in _string_tables(tree)[table]:
            lines.append(f"QCoreApplication.translate({context!r}, {words!r})")
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


def _is_translate(node: ast.expr) -> bool:
    """`QCoreApplication.translate` (or the same on QGuiApplication/QApplication)."""
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "translate"
        and isinstance(node.value, ast.Name)
        and node.value.id in {"QCoreApplication", "QGuiApplication", "QApplication"}
    )


def _text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _string_tables(tree: ast.Module) -> dict[str, list[str]]:
    """Module-level `NAME = {...}` / `[...]` / `(...)` whose values are all string literals."""
    tables: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if not isinstance(target, ast.Name):
            continue
        items = value.values if isinstance(value, ast.Dict) else getattr(value, "elts", None)
        if not isinstance(value, ast.Dict | ast.List | ast.Tuple) or not items:
            continue
        texts = [_text(item) for item in items]
        if all(t is not None for t in texts):
            tables[target.id] = [t for t in texts if t is not None]
    return tables


def _aliases(tree: ast.Module) -> set[str]:
    """Names bound to QCoreApplication.translate anywhere in the module (`tr = ...`)."""
    return {
        target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and _is_translate(node.value)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def extra_calls(tree: ast.Module) -> tuple[list[tuple[str, str]], set[tuple[str, str]]]:
    """(context, text) pairs lupdate cannot see in one module, and the (source, comment)
    pairs it misreads from alias calls (to drop from the empty context)."""
    found: list[tuple[str, str]] = []
    misread: set[tuple[str, str]] = set()
    wrapper = _wrapper_context(tree)
    aliases = _aliases(tree)
    tables = _string_tables(tree)
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call) or not call.args:
            continue
        func, args = call.func, call.args
        if isinstance(func, ast.Name) and func.id == "_tr" and wrapper is not None:
            text = _text(args[0])
            if text is not None:
                found.append((wrapper, text))
        elif len(args) >= 2 and (
            _is_translate(func) or (isinstance(func, ast.Name) and func.id in aliases)
        ):
            context, text = _text(args[0]), _text(args[1])
            if context is None:
                continue
            if text is not None and isinstance(func, ast.Name):
                found.append((context, text))
                misread.add((context, text))
            elif (
                isinstance(args[1], ast.Subscript)
                and isinstance(args[1].value, ast.Name)
                and args[1].value.id in tables
            ):
                found += [(context, t) for t in tables[args[1].value.id]]
    return found, misread


def wrapper_strings_file(folder: Path) -> tuple[Path, set[tuple[str, str]]]:
    """lupdate knows literal tr() and translate(), not our `_tr()` helpers, aliases or
    tables: spell those calls out. Also returns the pairs lupdate misreads."""
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    misread: set[tuple[str, str]] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        found, wrong = extra_calls(ast.parse(path.read_text("utf-8")))
        misread |= wrong
        lines += [f"QCoreApplication.translate({c!r}, {t!r})" for c, t in found]
    out = folder / "wrapper_strings.py"
    out.write_text("\n".join(lines) + "\n", "utf-8")
    return out, misread


def drop_misread(root: ET.Element, misread: set[tuple[str, str]]) -> None:
    """Remove what lupdate made of `alias("Ctx", "text")`: source "Ctx", comment "text",
    in the empty context (the real entries come from the spelled-out calls)."""
    for context in list(root.iter("context")):
        if context.findtext("name"):
            continue
        for message in list(context.iter("message")):
            pair = (message.findtext("source") or "", message.findtext("comment") or "")
            if pair in misread:
                context.remove(message)
        if context.find("message") is None:
            root.remove(context)


Glossary = dict[str, str | list[str]]


def _set_translation(message: ET.Element, translation: ET.Element, value: str | list[str]) -> bool:
    """Write a glossary value into one message; False if it does not fit (left as is)."""
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        wanted = len(forms) or 1
        values = [value] * wanted if isinstance(value, str) else value
        if len(values) != wanted or not all(v.strip() for v in values):
            return False
        for form in forms:
            translation.remove(form)
        translation.text = None
        for v in values:
            ET.SubElement(translation, "numerusform").text = v
    else:
        if not isinstance(value, str) or not value.strip():
            return False
        translation.text = value
    translation.attrib.pop("type", None)
    old = message.find("oldsource")
    if old is not None:
        message.remove(old)
    return True


def _done(message: ET.Element, translation: ET.Element) -> bool:
    if translation.get("type") is not None:
        return False
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def fill(ts_path: Path, glossary: Glossary, misread: set[tuple[str, str]]) -> tuple[int, int]:
    """Put glossary translations into the entries; returns (translated, total)."""
    tree = ET.parse(ts_path)
    drop_misread(tree.getroot(), misread)
    total = filled = 0
    for message in tree.iter("message"):
        total += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if source in glossary and not _set_translation(message, translation, glossary[source]):
            print(f"{ts_path.name}: glossary entry does not fit {source!r}", file=sys.stderr)
        if _done(message, translation):
            filled += 1
    ET.indent(tree, space="    ")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled, total


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        sources.append(str(policy_strings_file(Path(tmp))))
        wrappers, misread = wrapper_strings_file(Path(tmp))
        sources.append(str(wrappers))
        for lang in LANGUAGES + PLURAL_ONLY:
            ts = OUT / f"inbox_app_{lang}.ts"
            subprocess.run(
                [
                    str(BIN / "pyside6-lupdate"),
                    *sources,
                    *(["-pluralonly"] if lang in PLURAL_ONLY else []),
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
            glossary: Glossary = (
                json.loads(glossary_path.read_text("utf-8")) if glossary_path.exists() else {}
            )
            filled, total = fill(ts, glossary, misread)
            subprocess.run(
                [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                check=True,
                capture_output=True,
            )
            print(f"{lang}: {filled}/{total} strings translated -> {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
