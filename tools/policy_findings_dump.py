"""Every finding check() gives on the real corpus and the unit tests' texts, one line each.

A speed change to the checker must not change what it finds: dump before, dump after,
compare (same rule data on both sides).

    .venv/bin/python tools/policy_findings_dump.py > /tmp/after.txt
    .venv/bin/python tools/policy_findings_dump.py --root /work/main > /tmp/before.txt
    diff /tmp/before.txt /tmp/after.txt && echo identical

`--root` imports inbox_app (code and rule data) from another checkout, e.g. main, so the
two dumps differ only by the code under test. The last line is a digest of all others.

Texts: each corpus record (tests/data/policy/real/*.jsonl) as body and as subject, in
upper case and decomposed (NFD), under a reply, a seller-initiated and an opted-out
context; 1,000-character windows of each language's corpus (what bench_policy times);
the labelled table (tests/helpers/policy_cases.py) in its own contexts; and every string
literal of the policy unit tests (capped at 20,000 characters) under two contexts; and
the hostile shapes (walls of emoji, links, phrases), smaller.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
MARKET = {"en": "US", "de": "DE", "fr": "FR", "it": "IT", "es": "ES", "ja": "JP", "uk": "UK"}
MAX_LITERAL = 20_000
OID = "111-1234567-1234567"
# The hostile shapes of bench_policy and test_hostile, at a size a dump can afford.
HOSTILE = (
    "a" * 5_000 + "@a.",
    "\U0001f600" * 3_000,
    "\U0001f600 " * 1_000,
    "discount coupon review " * 400,
    "see a.com " * 500,
    "<b>x</b> " * 500,
    "see shop.com and " * 300,
    "write to a@shop.com " * 300,
    "Use the coupon now. " * 300,
    "ok :) " * 300,
    "www. shop .com and shop . com, shop dot com, bob at shop dot com " * 50,
)


def corpus(root: Path) -> list[dict[str, object]]:
    records = []
    for path in sorted((root / "tests" / "data" / "policy" / "real").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append(json.loads(line))
    return records


# the policy tests' helpers (in tests/unit/policy/ until issue 10 moved them)
POLICY_HELPERS = ("policy_cases", "policy_builders", "real_corpus")


def literals(root: Path) -> list[str]:
    """Every string constant in the policy unit tests and their helpers, f-strings
    included as written."""
    found: set[str] = set()
    helpers = [root / "tests" / "helpers" / f"{name}.py" for name in POLICY_HELPERS]
    for path in sorted((root / "tests" / "unit" / "policy").glob("*.py")) + helpers:
        if not path.exists():  # a checkout from before they moved to tests/helpers/
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and 2 <= len(value) <= MAX_LITERAL:
                found.add(value)
    return sorted(found)


def jobs(root: Path) -> Iterator[tuple[str, str, str, dict[str, object]]]:
    """(id, subject, body, context keyword arguments) for every check to run."""
    records = corpus(root)
    for r in records:
        lang = str(r["language"])
        text = str(r["text"])
        market = MARKET.get(lang, "US")
        contexts: dict[str, dict[str, object]] = {
            "reply": {"buyer_initiated": r["kind"] == "reply", "marketplace": market},
            "seller": {"marketplace": market, "buyer_language": lang, "delivered_days_ago": 3},
            "optout": {
                "opted_out": True,
                "marketplace": "DE",
                "buyer_language": "en",
                "order_id": OID,
            },
        }
        variants = {
            "": text,
            ".upper": text.upper(),
            ".nfd": unicodedata.normalize("NFD", text),
        }
        for vname, vtext in variants.items():
            for cname, ctx in contexts.items():
                yield f"{r['id']}{vname}.{cname}", "", vtext, ctx
        yield f"{r['id']}.subject", text[:200], "", contexts["reply"]
    by_lang: dict[str, list[str]] = {}
    for r in records:
        by_lang.setdefault(str(r["language"]), []).append(str(r["text"]))
    for lang, texts in sorted(by_lang.items()):
        whole = "\n".join(texts)
        ctx = {"marketplace": MARKET.get(lang, "US"), "buyer_language": lang}
        for i, at in enumerate(range(0, len(whole), 617)):
            yield f"window.{lang}.{i}", "", whole[at : at + 1000], {**ctx, "delivered_days_ago": 3}
    sys.path.insert(0, str(root))
    try:
        from tests.helpers.policy_cases import CASES
    except ModuleNotFoundError:  # a checkout from before the helpers moved
        from tests.unit.policy.cases import CASES

    for case in CASES:
        ctx = {"marketplace": MARKET.get(case.lang, "US"), **case.context}
        yield f"case.{case.id}", case.subject, case.body, ctx
    for i, text in enumerate(HOSTILE):
        yield f"hostile.{i}", "", text, {"buyer_initiated": True}
    # Named by their text, so a new test's literals add lines and move no other line.
    for text in sorted(literals(root), key=_name):
        name = _name(text)
        yield f"literal.{name}.reply", "", text, {"buyer_initiated": True}
        seller = {"marketplace": "DE", "buyer_language": "de"}
        yield f"literal.{name}.seller", text[:300], text, seller


def _name(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def _resources_from(root: Path) -> None:
    """`inbox_app.resources` from `root`'s top-level resources/ folder: the package maps it
    there (setup.py), and an editable install's finder would otherwise hand out the
    running checkout's rule data whichever checkout the code comes from."""
    import importlib.util

    folder = root / "resources"
    spec = importlib.util.spec_from_file_location(
        "inbox_app.resources", folder / "__init__.py", submodule_search_locations=[str(folder)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["inbox_app.resources"] = module
    spec.loader.exec_module(module)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=HERE, help="checkout to import from")
    args = parser.parse_args()
    root = args.root.resolve()
    sys.path.insert(0, str(root))
    _resources_from(root)
    import inbox_app
    from inbox_app.policy import Context, Draft, check

    print(f"# inbox_app from {Path(inbox_app.__file__).parent}", file=sys.stderr)
    rules = Path(str(sys.modules["inbox_app.resources"].__file__)).parent / "policy"
    print(f"# rule data from {rules}", file=sys.stderr)
    digest = hashlib.sha256()
    checks = 0
    for job_id, subject, body, ctx in jobs(root):
        report = check(Draft(subject, body), Context(**ctx))  # type: ignore[arg-type]
        checks += 1
        head = f"{job_id}\t{report.content_class}\t{report.content_trigger}"
        lines = [head]
        for f in report.findings:
            params = ",".join(f"{k}={v}" for k, v in f.params)
            lines.append(
                f"{job_id}\t{f.rule}\t{f.severity}\t{f.field}\t{f.start}\t{f.end}\t"
                f"{f.message_id}\t{f.trigger!r}\t{params!r}\t{f.message!r}"
            )
        for line in lines:
            print(line)
            digest.update(line.encode("utf-8", "surrogatepass") + b"\n")
    print(f"# {checks} checks, sha256 {digest.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
