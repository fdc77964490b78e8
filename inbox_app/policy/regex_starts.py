r"""Where a regex can start, read from its parse tree: scan only there (StartScan).

A pattern that opens with a look-behind, a word boundary or an alternation of words
gives Python's regex engine nothing to skip ahead with, so `finditer` tries a whole
match at every position of the text (`(?<!feel )(?<![\w-])free\s+...` costs ~23 ns a
character). StartScan reads from the pattern's parse tree the strings one of which
every match starts with ("free"; or "$", "€" and a digit), finds their places in one
pass (an Aho-Corasick automaton for the literal starts, a character class for the rest,
both skipping in native code) and runs `pattern.match` only there, in the same leftmost,
non-overlapping order as `finditer`: the very same matches.

Two refinements keep the places few. A start behind `(?<!\w)` or `\b` (before a word
character) is only a place after a character that is no word character. A start that
is a run of a class (`\d+`, or a digit behind a word boundary) is only a place where
such a run begins: a match further into the run means one at its beginning too (the
run's repeat can take more), which `finditer` would have found first.

A pattern it cannot read (a back-reference, a dot, a case-insensitive part, a start
that may be any letter or blank, or one that can match the empty string) keeps plain
`finditer`: slower, never different. The parse tree is the standard library's
`re._parser`, read defensively: anything unknown falls back to the plain path.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from ahocorasick_rs import AhoCorasick

from inbox_app.policy.automata import all_matches, automaton

try:  # the parser the `re` module compiles with (3.11+); private, so read defensively
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - another Python: every pattern scans plainly
    _parser = _c = None

# How long a literal start may grow, and how many a pattern may have, before they are
# cut to shorter ones (a shorter start is weaker, never wrong).
_MAX_LEN = 8
_MAX_STARTS = 256
# A character class of at most this many characters becomes literal starts.
_MAX_CLASS_CHARS = 64
# The class of a start that may be almost any character (a letter, a blank, a dot).
_WIDE = "*"
_DIGIT = r"\d"

# What stands right before a start (`edge`): nothing known, a character that is no word
# character (`(?<!\w)`, `(?<![\w-])`), or a word boundary (`\b`).
_ANY, _NOT_WORD, _BOUNDARY = 0, 1, 2


class _Start(NamedTuple):
    text: str  # a literal start ("" for a class start)
    cls: str  # the class the first character is in (source inside [...]), or ""
    whole: bool  # the node can consume exactly `text` and stop (what follows extends it)
    edge: int = _ANY
    runs: bool = False  # a class start that only a run's first character can be


class _UnreadableError(Exception):
    """The pattern holds a case-insensitive group (its literals are not literal)."""


def _class_source(items: list[tuple[Any, Any]]) -> tuple[frozenset[str] | None, str]:
    """An IN node as (its characters, when few and explicit; else its class source)."""
    chars: set[str] = set()
    parts: list[str] = []
    explicit = True
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
            parts.append(re.escape(chr(av)))
        elif op is _c.RANGE:
            lo, hi = av
            if hi - lo < _MAX_CLASS_CHARS:
                chars.update(chr(c) for c in range(lo, hi + 1))
            else:
                explicit = False
            parts.append(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}")
        elif op is _c.CATEGORY and av in (_c.CATEGORY_DIGIT, _c.CATEGORY_UNI_DIGIT):
            explicit = False
            parts.append(_DIGIT)
        else:
            # NEGATE, \w, \s, \D, ...: most characters of a text; no use as a start.
            return None, _WIDE
    if explicit and len(chars) <= _MAX_CLASS_CHARS:
        return frozenset(chars), ""
    return None, "".join(parts)


def _edge_of(op: Any, av: Any) -> int | None:
    """The edge a zero-width node promises before the next character, or None if it
    is another assertion."""
    if op is _c.AT and av in (_c.AT_BOUNDARY, _c.AT_UNI_BOUNDARY):
        return _BOUNDARY
    if op is _c.ASSERT_NOT and av[0] == -1:
        inner = list(av[1])
        if len(inner) == 1 and inner[0][0] is _c.IN:
            word = (_c.CATEGORY, _c.CATEGORY_WORD)
            uni = (_c.CATEGORY, _c.CATEGORY_UNI_WORD)
            if any(item in (word, uni) for item in inner[0][1]):
                return _NOT_WORD
    return None


def _both(a: int, b: int) -> int:
    """Two promises about the character before one position, held at once."""
    return _NOT_WORD if _NOT_WORD in (a, b) else max(a, b)


def _seq(items: Sequence[tuple[Any, Any]]) -> tuple[set[_Start], bool]:
    """The starts of a sequence of nodes and whether it can match the empty string."""
    done: set[_Start] = set()  # starts nothing further extends
    # What the nodes so far can consume exactly, each with the edge before it ("" while
    # all of them can be empty); the next node's starts extend these.
    grown: dict[str, int] = {"": _ANY}
    asserted = False  # the path that consumed nothing passed another assertion
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            # Zero-width: the starts are what follows.
            if "" in grown:
                found = _edge_of(op, av)
                if found is None:
                    asserted = True
                else:
                    grown[""] = _both(grown[""], found)
            continue
        node, node_empty = _node(op, av)
        after: dict[str, int] = {}
        for text, edge in grown.items():
            for s in node:
                if text and s.cls:
                    done.add(_Start(text, "", False, edge))  # a class after a literal: cut
                elif s.cls:
                    runs = s.runs and not asserted and s.edge == _ANY and edge == _ANY
                    if s.cls == _DIGIT and _both(edge, s.edge) != _ANY:
                        runs = True  # a digit after a non-word character: a run's first
                    done.add(_Start("", s.cls, False, _both(edge, s.edge), runs))
                else:
                    start_edge = edge if text else _both(edge, s.edge)
                    if s.whole:
                        joined = text + s.text
                        after[joined] = min(start_edge, after.get(joined, start_edge))
                    else:
                        done.add(_Start(text + s.text, "", False, start_edge))
            if node_empty:
                after[text] = min(edge, after.get(text, edge))
            elif not node and text:
                done.add(_Start(text, "", False, edge))
        cut = 1 if len(after) > _MAX_STARTS else _MAX_LEN
        for text in [t for t in after if len(t) > cut]:
            done.add(_Start(text[:cut], "", False, after.pop(text)))
        grown = after
        if not grown:
            break
    if len(done) > _MAX_STARTS:
        done = {s._replace(text=s.text[:1]) for s in done}
    ends = {_Start(t, "", True, e) for t, e in grown.items() if t}
    return done | ends, "" in grown


def _node(op: Any, av: Any) -> tuple[set[_Start], bool]:
    """One consuming parse-tree node's starts and whether it can match empty."""
    if op is _c.LITERAL:
        return {_Start(chr(av), "", True)}, False
    if op is _c.IN:
        chars, source = _class_source(av)
        if chars is not None:
            return {_Start(ch, "", True) for ch in chars}, False
        return {_Start("", source, False)}, False
    if op is _c.NOT_LITERAL or op is _c.ANY:
        return {_Start("", _WIDE, False)}, False
    if op is _c.BRANCH:
        out: set[_Start] = set()
        empty = False
        for alternative in av[1]:
            s, e = _seq(alternative)
            out |= s
            empty = empty or e
        return out, empty
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & (re.IGNORECASE | re.LOCALE):
            raise _UnreadableError("case-insensitive group")
        return _seq(sub)
    if op is _c.ATOMIC_GROUP:
        return _seq(av)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        if hi == 0:
            return set(), True
        s, e = _seq(sub)
        if not lo == hi == 1:
            # More of it may follow: cut after one. A class repeated without bound is
            # a run of it (`\d+`).
            run = hi == _c.MAXREPEAT and lo >= 1 and len(sub) == 1 and sub[0][0] is _c.IN
            s = {x._replace(whole=False, runs=run and bool(x.cls)) for x in s}
        return s, e or lo == 0
    # Anything else (a back-reference, a conditional group): it may consume anything
    # or nothing; as the first thing of a pattern it leaves no start to scan for.
    return {_Start("", _WIDE, False)}, True


class Starts(NamedTuple):
    """Where every match of a pattern starts: at one of `literals` (text -> edge), or at
    a character of one of `classes` ((source, edge, runs))."""

    literals: dict[str, int]
    classes: tuple[tuple[str, int, bool], ...]


def _has_backrefs(tree: Any) -> bool:
    """Whether a parse tree refers back to a group (then a match's rest depends on where
    it started, which the run rule assumes it does not)."""
    for op, av in tree:
        if op in (_c.GROUPREF, _c.GROUPREF_EXISTS):
            return True
        for part in av if isinstance(av, tuple | list) else (av,):
            subs = part if isinstance(part, list) else (part,)
            if any(hasattr(x, "data") and _has_backrefs(x) for x in subs):
                return True
    return False


def starts_of(pattern: re.Pattern[str]) -> Starts | None:
    """Where `pattern`'s matches may start; None when it cannot be read or may match
    the empty string."""
    if _parser is None or pattern.flags & (re.IGNORECASE | re.LOCALE | re.VERBOSE):
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        if tree.getwidth()[0] == 0 or _has_backrefs(tree):
            return None  # an empty match: finditer's stepping differs
        found, empty = _seq(tree)
    except (_UnreadableError, re.error, RecursionError, AttributeError, TypeError, ValueError):
        return None
    if empty or not found or any(s.cls == _WIDE for s in found):
        return None
    literals: dict[str, int] = {}
    for s in found:
        if s.cls:
            continue
        if not s.text:
            return None
        edge = s.edge
        if edge == _BOUNDARY:
            # `\b` before a word character: a character that is no word character (or
            # the text's start) stands before it; before a sign it says the opposite.
            edge = _NOT_WORD if _is_word(s.text[0]) else _ANY
        literals[s.text] = min(edge, literals.get(s.text, edge))
    # A start that begins with a shorter start (of no stronger edge) adds no place.
    kept = {
        t: e
        for t, e in literals.items()
        if not any(t != o and t.startswith(o) and literals[o] <= e for o in literals)
    }
    classes: dict[tuple[str, bool], int] = {}
    for s in found:
        if s.cls:
            edge = _NOT_WORD if s.edge == _BOUNDARY and s.cls == _DIGIT else s.edge
            edge = _ANY if edge == _BOUNDARY else edge
            key = (s.cls, s.runs)
            classes[key] = min(edge, classes.get(key, edge))
    return Starts(kept, tuple(sorted((c, e, r) for (c, r), e in classes.items())))


def _is_word(ch: str) -> bool:
    r"""What `\w` matches in a str pattern (Unicode alphanumerics and the underscore)."""
    return ch.isalnum() or ch == "_"


class StartScan:
    """`finditer` of a pattern that never matches the empty string, trying a match only
    where one of its starts is: the same matches in the same order."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        found = starts_of(pattern)
        self.fast = found is not None
        self._literals: AhoCorasick | None = None
        self._edges: tuple[int, ...] = ()
        self._classes: tuple[tuple[re.Pattern[str], int], ...] = ()
        # The classes whose starts are runs: after a match that ends inside a run, the
        # run goes on there (finditer's next search starts there).
        self._runs: re.Pattern[str] | None = None
        self.literal_starts: tuple[str, ...] = ()
        if found is None:
            return
        self.literal_starts = tuple(sorted(found.literals))
        if found.literals:
            texts = sorted(found.literals)
            self._literals = automaton(texts)
            self._edges = tuple(found.literals[t] for t in texts)
        self._classes = tuple(
            (re.compile(f"[{c}][{c}]*" if runs else f"[{c}]"), edge)
            for c, edge, runs in found.classes
        )
        run_classes = "".join(c for c, _, runs in found.classes if runs)
        if run_classes:
            self._runs = re.compile(f"[{run_classes}]")

    def starts(self, text: str) -> list[int]:
        """The positions of `text` where a match may start, in order, each once."""
        out: list[int] = []
        if self._literals is not None:
            edges = self._edges
            out = [
                s
                for i, s, _ in all_matches(self._literals, text)
                if not (edges[i] and s and _is_word(text[s - 1]))
            ]
        for regex, edge in self._classes:
            out += [
                m.start()
                for m in regex.finditer(text)
                if not (edge and m.start() and _is_word(text[m.start() - 1]))
            ]
        return sorted(set(out))

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """What `pattern.finditer(text, pos, endpos)` yields."""
        end = len(text) if endpos is None else max(0, min(endpos, len(text)))
        pos = max(0, pos)
        if not self.fast:
            yield from self.pattern.finditer(text, pos, end)
            return
        if pos == 0 and end == len(text):
            positions = self.starts(text)
        else:
            # A start cut off by `end` cannot begin a match that must end by it; one
            # cut off by `pos` is a start that finditer would not try either (and a run
            # cut by `pos` begins there).
            # (A start at `pos` is kept whatever stands before it: the window does not
            # show that character, and pattern.match decides.)
            positions = [pos + p for p in self.starts(text[pos:end])]
        match = self.pattern.match
        runs = self._runs
        floor = pos
        for at in positions:
            if at < floor:
                continue
            m = match(text, at, end)
            while m is not None:
                yield m
                floor = m.end()
                # A match that ends inside a run: finditer's next search starts there.
                if runs is None or floor >= end or runs.match(text, floor) is None:
                    break
                m = match(text, floor, end)
                if m is None:
                    floor += 1  # tried: the positions after it come from the list
