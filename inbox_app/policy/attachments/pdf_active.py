"""Where a PDF can run something or carry a file, and what it holds there.

Actions live in the catalogue (/OpenAction, /AA), in /Names (JavaScript), in each
page's /AA, in annotations (/A, /PA, /AA), in outline items and in form fields (/A,
/AA, and XFA forms, which carry scripts); each action may chain more through /Next.
Embedded files live in /Names EmbeddedFiles and in FileAttachment annotations.
The walk is iterative, visits each object once and stops at a budget, so a hostile
file cannot make it loop or recurse.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

# actions that run code or open something outside the viewer
ACTIVE_ACTIONS = {
    "/Launch": "a Launch action",
    "/JavaScript": "JavaScript",
    "/GoToE": "a jump into an embedded file",
    "/Rendition": "a media rendition action",
    "/RichMediaExecute": "a rich-media command",
    "/Movie": "a movie action",
    "/Sound": "a sound action",
}
ACTIVE_ANNOTATIONS = {
    "/FileAttachment": "an attached file",
    "/RichMedia": "rich media (Flash or video)",
    "/Screen": "a media screen",
    "/Movie": "a movie",
    "/Sound": "a sound",
    "/3D": "3D content",
}
LINK_ACTIONS = ("/URI", "/GoToR", "/SubmitForm", "/ImportData")


@dataclass
class ActiveContent:
    """What the walk found: active things (described) and link targets."""

    active: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    exhausted: bool = False


def resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


class _Walker:
    def __init__(self, budget: int) -> None:
        self.found = ActiveContent()
        self.budget = budget
        self.seen: set[int] = set()

    def _visit(self, obj: Any) -> Any:
        """The object behind `obj`, or None when seen before or the budget is spent."""
        self.budget -= 1
        if self.budget < 0:
            self.found.exhausted = True
            return None
        if isinstance(obj, IndirectObject):
            key = hash((obj.idnum, obj.generation))
            if key in self.seen:
                return None
            self.seen.add(key)
        return resolve(obj)

    def action(self, obj: Any, where: str) -> None:
        """One action and everything chained after it through /Next."""
        pending = [obj]
        while pending:
            act = self._visit(pending.pop())
            if isinstance(act, ArrayObject):
                pending.extend(act)  # an OpenAction destination array holds no action
                continue
            if not isinstance(act, DictionaryObject):
                continue
            kind = str(act.get("/S", ""))
            if kind in ACTIVE_ACTIONS:
                self.found.active.append(f"{ACTIVE_ACTIONS[kind]} in {where}")
            if kind == "/URI":
                uri = resolve(act.get("/URI"))
                if uri is not None:
                    self.found.links.append(str(uri).strip())
            elif kind in LINK_ACTIONS:
                target = resolve(act.get("/F"))
                if isinstance(target, DictionaryObject):
                    target = resolve(target.get("/F"))
                self.found.links.append(str(target or kind).strip())
            nxt = act.get("/Next")
            if nxt is not None:
                pending.append(nxt)

    def additional(self, obj: Any, where: str) -> None:
        """An /AA dictionary: trigger -> action."""
        aa = self._visit(obj)
        if isinstance(aa, DictionaryObject):
            for value in aa.values():
                self.action(value, where)

    def name_tree(self, obj: Any) -> Iterator[tuple[str, Any]]:
        pending = [obj]
        while pending:
            node = self._visit(pending.pop())
            if not isinstance(node, DictionaryObject):
                continue
            names = resolve(node.get("/Names"))
            if isinstance(names, ArrayObject):
                for i in range(0, len(names) - 1, 2):
                    yield str(resolve(names[i])), names[i + 1]
            kids = resolve(node.get("/Kids"))
            if isinstance(kids, ArrayObject):
                pending.extend(kids)

    def annotation(self, obj: Any) -> None:
        annot = self._visit(obj)
        if not isinstance(annot, DictionaryObject):
            return
        subtype = str(annot.get("/Subtype", ""))
        if subtype in ACTIVE_ANNOTATIONS:
            self.found.active.append(f"{ACTIVE_ANNOTATIONS[subtype]} in an annotation")
        for key in ("/A", "/PA"):
            if key in annot:
                self.action(annot.get(key), "an annotation")
        if "/AA" in annot:
            self.additional(annot.get("/AA"), "an annotation")

    def outlines(self, obj: Any) -> None:
        pending = [obj]
        while pending:
            item = self._visit(pending.pop())
            if not isinstance(item, DictionaryObject):
                continue
            if "/A" in item:
                self.action(item.get("/A"), "a bookmark")
            pending.extend(item[k] for k in ("/First", "/Next") if k in item)

    def form(self, obj: Any) -> None:
        acro = self._visit(obj)
        if not isinstance(acro, DictionaryObject):
            return
        if "/XFA" in acro:
            self.found.active.append("an XFA form (which can run scripts)")
        fields = resolve(acro.get("/Fields"))
        pending = list(fields) if isinstance(fields, ArrayObject) else []
        while pending:
            fld = self._visit(pending.pop())
            if not isinstance(fld, DictionaryObject):
                continue
            if "/A" in fld:
                self.action(fld.get("/A"), "a form field")
            if "/AA" in fld:
                self.additional(fld.get("/AA"), "a form field")
            kids = resolve(fld.get("/Kids"))
            if isinstance(kids, ArrayObject):
                pending.extend(kids)


def find_active(root: Any, pages: Any, budget: int) -> ActiveContent:
    """Walk the catalogue `root` and the `pages` (their /AA and annotations)."""
    walker = _Walker(budget)
    root = resolve(root)
    if not isinstance(root, DictionaryObject):
        return walker.found
    if "/OpenAction" in root:
        walker.action(root.get("/OpenAction"), "the document's open action")
    if "/AA" in root:
        walker.additional(root.get("/AA"), "the document's actions")
    names = resolve(root.get("/Names"))
    if isinstance(names, DictionaryObject):
        if "/JavaScript" in names:
            for _ in walker.name_tree(names.get("/JavaScript")):
                walker.found.active.append("JavaScript in the document's scripts")
                break
        if "/EmbeddedFiles" in names:
            for name, _ in walker.name_tree(names.get("/EmbeddedFiles")):
                walker.found.active.append(f"an embedded file ({name[:80]})")
    if "/Outlines" in root:
        outlines = resolve(root.get("/Outlines"))
        if isinstance(outlines, DictionaryObject) and "/First" in outlines:
            walker.outlines(outlines.get("/First"))
    if "/AcroForm" in root:
        walker.form(root.get("/AcroForm"))
    for page in pages:
        if "/AA" in page:
            walker.additional(page.get("/AA"), "a page's actions")
        annots = resolve(page.get("/Annots"))
        if isinstance(annots, ArrayObject):
            for ref in annots:
                walker.annotation(ref)
        if walker.found.exhausted:
            break
    return walker.found
