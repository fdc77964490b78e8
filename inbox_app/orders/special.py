"""Which orders are special (handmade / custom / wine), from the seller's SKU rules.

A rule is an exact SKU or a glob pattern (`HM-*`, `WINE-??`, `[AB]-1`), matched
without regard to letter case. For one SKU an exact rule beats a pattern. An
order takes the strongest type among its items: custom > handmade > wine >
standard. Custom and handmade orders are exempt from buyer opt-out on Amazon's
own pages, wine only by a setting (POLICY.md), so one custom item makes the whole
order custom, and a handmade item outranks a wine one.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable

from inbox_app.orders.sentences import say

SPECIAL_TYPES = ("custom", "handmade", "wine")  # strongest first
STANDARD = "standard"
_RANK = {t: i for i, t in enumerate(SPECIAL_TYPES)}
_GLOB_CHARS = frozenset("*?[")
MAX_PATTERN_LEN = 120


def is_glob(pattern: str) -> bool:
    return not _GLOB_CHARS.isdisjoint(pattern)


def clean_pattern(pattern: str) -> str:
    """The pattern as stored (trimmed); ValueError if it is empty or too long."""
    text = pattern.strip()
    if not text:
        raise ValueError(say("sku_empty"))
    if len(text) > MAX_PATTERN_LEN:
        raise ValueError(say("sku_too_long", count=MAX_PATTERN_LEN))
    return text


def check_type(order_type: str) -> str:
    if order_type not in SPECIAL_TYPES:
        types = ", ".join(SPECIAL_TYPES)
        raise ValueError(say("unknown_order_type", value=repr(order_type), types=types))
    return order_type


def strongest(types: Iterable[str]) -> str:
    """The winning order type among `types` (standard when none is special)."""
    best: str | None = None
    for t in types:
        if t in _RANK and (best is None or _RANK[t] < _RANK[best]):
            best = t
    return best or STANDARD


class SkuClassifier:
    """Matches SKUs against (pattern, order_type) rules."""

    def __init__(self, rules: Iterable[tuple[str, str]]) -> None:
        self._exact: dict[str, str] = {}
        globs: dict[str, list[str]] = {}
        for pattern, order_type in rules:
            key = pattern.strip().casefold()
            if is_glob(key):
                globs.setdefault(order_type, []).append(fnmatch.translate(key))
            else:
                self._exact[key] = order_type
        # one regex per type, strongest type first
        self._globs = [
            (t, re.compile("|".join(f"(?:{g})" for g in globs[t])))
            for t in sorted(globs, key=lambda t: _RANK.get(t, len(_RANK)))
        ]
        self._cache: dict[str, str | None] = {}

    def __bool__(self) -> bool:
        return bool(self._exact or self._globs)

    def type_of_sku(self, sku: str) -> str | None:
        """The rule's type for this SKU, or None when no rule matches."""
        key = sku.strip().casefold()
        if key in self._cache:
            return self._cache[key]
        found = self._exact.get(key)
        if found is None:
            found = next((t for t, rx in self._globs if rx.match(key)), None)
        self._cache[key] = found
        return found

    def order_type(self, skus: Iterable[str]) -> str:
        return strongest(t for t in map(self.type_of_sku, skus) if t is not None)
